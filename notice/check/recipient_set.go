package check

import (
	"strings"
)

// recipientSet are recipient lines in their normal form (normalAll),
// each with what coveredBy reads of it, worked out once for all the
// bodies a rule asks about.
type recipientSet struct {
	lines    []string
	words    [][]string // strings.Fields of each line
	roleless []string   // withoutRole of each line
	longPost []bool     // the roleless line differs and has two words or more
	group    []groupLook
	roleGrp  []groupLook // the group of the roleless line
	members  bool        // a line sends to those who attended (membersLine)
}

func readRecipients(recipients []string) recipientSet {
	n := len(recipients)
	rl := recipientSet{lines: recipients, words: make([][]string, n), roleless: make([]string, n),
		longPost: make([]bool, n), group: make([]groupLook, n), roleGrp: make([]groupLook, n)}
	for i, rn := range recipients {
		rl.read(i, rn)
	}
	return rl
}

// read fills in what coveredBy reads of line i, rn.
func (rl *recipientSet) read(i int, rn string) {
	rl.words[i] = strings.Fields(rn)
	r := withoutRole(rn)
	rl.roleless[i] = r
	rl.longPost[i] = r != rn && len(strings.Fields(r)) >= 2
	rl.group[i] = lookGroup(rn)
	rl.roleGrp[i] = lookGroup(r)
	rl.members = rl.members || membersLine(rn)
}

// with is readRecipients(append(rl.lines, rn)), from rl read already: a
// line's reading is its own, so the lines read are kept and rn read
// alone. rl is left as it is (each slice is copied).
func (rl recipientSet) with(rn string) recipientSet {
	n := len(rl.lines)
	out := recipientSet{lines: append(rl.lines[:n:n], rn), words: append(rl.words[:n:n], nil),
		roleless: append(rl.roleless[:n:n], ""), longPost: append(rl.longPost[:n:n], false),
		group: append(rl.group[:n:n], groupLook{}), roleGrp: append(rl.roleGrp[:n:n], groupLook{}), members: rl.members}
	out.read(n, rn)
	return out
}

// bodyForm is one form of a body's name coveredBy compares: the name,
// without its role, without its place.
type bodyForm struct {
	text  string
	words []string // strings.Fields of text
	// level is the level word the name was cut at (withoutPlace): a line
	// naming another level does not reach it.
	level string
	// meaning are the words of text that are not stop words: a line
	// holding three quarters of them names the body (two at least).
	meaning []string
}

// coveredBy is covered of the lines read by readRecipients.
func coveredBy(body string, recipients recipientSet) bool {
	return coveredAs(body, recipients, false)
}

// coveredAs is coveredBy of a body the notice asks to act when asked
// ("Đề nghị Trung tâm ..."): a group of the issuer's own units does not
// reach it (group_own_units.go).
func coveredAs(body string, recipients recipientSet, asked bool) bool {
	b := normal(body)
	roleless := withoutRole(b)
	placeless, level := withoutPlace(roleless)
	words := bodyFormWords(b, roleless, placeless)
	var forms []bodyForm
	for k, f := range [3]string{b, roleless, placeless} {
		if strings.TrimSpace(f) == "" || len(forms) > 0 && forms[len(forms)-1].text == f {
			continue // a form the same as the last finds what it found
		}
		forms = append(forms, readFormOf(f, words[k]))
	}
	for i := range forms {
		forms[i].level = level // "UBND tỉnh" reaches neither the phường's "Ủy ban nhân dân" nor its "Chủ tịch Ủy ban nhân dân phường"
	}
	kinds := kindsOfBody(roleless)
	for i, rn := range recipients.lines {
		rw := recipients.words[i]
		r := recipients.roleless[i]
		for _, f := range forms {
			if otherLevel(rn, f.level) {
				continue // "UBND tỉnh" does not reach the phường's "Ủy ban nhân dân"
			}
			if strings.Contains(rn, f.text) || strings.Contains(f.text, rn) && len(rw) >= 2 {
				return true
			}
			if recipients.longPost[i] && strings.Contains(f.text, r) {
				return true // the posts of a body reach it: "CVP, PCVP", "Lãnh đạo Văn phòng"
			}
			if f.holdsMeaning(rw) || f.initialsLine(rw) {
				return true
			}
		}
		if (recipients.group[i].reaches(kinds) || recipients.roleGrp[i].reaches(kinds)) && !(ownUnitsOnly(rn) && peerBody(b, rn, asked)) { // group_own_units.go
			return true // "Các phòng, ban", "Lãnh đạo các Ban HĐND"
		}
	}
	return false
}

func readForm(f string) bodyForm { return readFormOf(f, strings.Fields(f)) }

// readFormOf is readForm(f) with f's words, strings.Fields(f), given.
func readFormOf(f string, words []string) bodyForm {
	return bodyForm{text: f, words: words, meaning: meaningWords(words)} // party_committee.go
}

// holdsMeaning reports whether the words of a line (have) hold three
// quarters of the meaningful words of the form, of which it has two at
// least, and its Party committee if it names one (meaningWords).
func (f *bodyForm) holdsMeaning(have []string) bool {
	n := len(f.meaning)
	if n < 2 {
		return false
	}
	hit := 0
	for i, w := range f.meaning {
		if holdsWordOf(have, w) { // a few words: looked through, not put in a map
			hit++
		} else if strings.HasSuffix(w, " ủy") {
			return false // the committee is the body: "Văn phòng Huyện ủy" is no other Văn phòng of the huyện
		} else if 4*(hit+n-1-i) < 3*n {
			return false // the words left, all held, would not make three quarters
		}
	}
	return float64(hit)/float64(n) >= 0.75
}
