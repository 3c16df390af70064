package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// signerPair reports a signer's name written with one word's marks
// changed from a person's name the text writes after a title ("đồng chí
// Phạm Tuấn Vinh, Bí thư Tỉnh đoàn" in the opening, "Phạm Tuấn Vĩnh" under
// the signature): one who chaired or is named signs, and the two
// spellings are one name. It is said at the signer's name, asking for the
// name to be checked. The body's names of that shape must all be written
// one way and none as the signer writes his: a body that writes the
// signer's name as he does, or two names near it, tells two people.
func signerPair(p *Pass, segs []*Seg, reported map[string]bool) {
	signers := signerNames(p.View)
	if len(signers) == 0 {
		return
	}
	var named []personName
	for _, s := range segs {
		if s.Role != RoleRecipient && !signerLine(s, signers) {
			named = append(named, personNames(p.View, s)...)
		}
	}
	for _, n := range signers {
		words := wordsWithOffsets(n.Text)
		if b, at, ok := slipOfSigner(named, words); ok && !otherHolder(p.View, n, b.form()) {
			off := words[len(words)-len(b.words)+at].off
			if k := posKey(n, off); reported[k] {
				continue
			} else {
				reported[k] = true
			}
			signed := n.Text[words[len(words)-len(b.words)].off:words[len(words)-1].end]
			reportNamePair(p, n, off, signed, b) // spelling_person_pair.go
		}
	}
}

// slipOfSigner returns the one name of named that the last words of a
// signer's name line write with one word's marks changed, and that word's
// index in it; false when none does, when one is written as the signer
// writes it, or when two are written two ways.
func slipOfSigner(named []personName, words []wordAt) (personName, int, bool) {
	var found personName
	at, forms := 0, map[string]bool{}
	for _, b := range named {
		if len(b.words) > len(words) {
			continue
		}
		tail := words[len(words)-len(b.words):]
		if sameWords(b.words, tail) {
			return personName{}, 0, false // the signer's name as he writes it
		}
		if k, ok := oneMarkSlip(b.words, tail); ok {
			found, at, forms[b.form()] = b, k, true
		}
	}
	return found, at, len(forms) == 1
}

// sameWords reports whether two runs of words are written alike.
func sameWords(a, b []wordAt) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].text != b[i].text {
			return false
		}
	}
	return true
}

// signerNames are the name lines of the signatures, the first and those
// side by side with it.
func signerNames(v *View) []*Seg {
	var out []*Seg
	if v.Name != nil {
		out = append(out, v.Name)
	}
	for i := range v.Cosigns {
		if v.Cosigns[i].Name != nil {
			out = append(out, v.Cosigns[i].Name)
		}
	}
	return out
}

// signerLine reports whether s is one of the signers' name lines: a
// name's line with a signer's text (its position is not asked: a TOML
// source's costs a walk of the source each time).
func signerLine(s *Seg, signers []*Seg) bool {
	if s.Role != RoleName {
		return false
	}
	for _, n := range signers {
		if s.Text == n.Text {
			return true
		}
	}
	return false
}

// otherHolder reports whether the body gives the name near the signer's a
// post of the other rank than the one he signs with ("đồng chí Trịnh Minh
// Tuân, Phó Chánh Văn phòng" beside "CHÁNH VĂN PHÒNG / Trịnh Minh Tuấn"):
// the chief and his deputy are two people, not one name written two ways.
func otherHolder(v *View, signer *Seg, name string) bool {
	if signer != v.Name || len(v.Signer) == 0 {
		return false
	}
	title := strings.Join(strings.Fields(v.Signer[len(v.Signer)-1].Text), " ")
	inBody := titleAfter(v, name) // chair.go
	if inBody == "" {
		inBody = titleBefore(v, name)
	}
	if title == "" || inBody == "" {
		return false
	}
	_, other := signerOtherRank(cite.Fold(title), inBody) // signer_body_title.go
	return other
}
