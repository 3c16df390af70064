package check

import (
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// swapKnownCodes are codes so common that two of their letters swapped
// is no other body's code but a slip: "QĐ-UBDN" for "QĐ-UBND".
var swapKnownCodes = []string{"UBND", "HĐND", "VPCP", "TTg", "BHXH", "BGDĐT", "BTNMT", "BNNMT", "BLĐTBXH", "BVHTTDL"}

// citationCodeSwapped reports, for citation-code-typo, a cited document's
// issuer code that is a common code with two letters next to each other
// swapped ("1520/QĐ-UBDN"): the rule's comparison of codes reads a letter
// changed, and only against codes the notice itself writes more often.
func citationCodeSwapped(p *Pass) {
	own, _ := ownNumber(p.View)
	for _, c := range citations(p.View) {
		g := c.Number.Issuer
		if k, ok := swappedKnownCode(g); ok {
			p.Report(c.seg, c.Off, diag.Msg("ký hiệu %q đảo chỗ hai chữ của %q", "code %q swaps two letters of %q", g, k),
				diag.Msg("đối chiếu với văn bản được trích; nếu gõ nhầm, viết %q", "check it against the document cited; if it is mistyped, write %q", k))
		} else if ownSwapped(g, own.Issuer) {
			p.Report(c.seg, c.Off, diag.Msg("ký hiệu %q đảo chỗ hai chữ của %q, ký hiệu của chính cơ quan ban hành thông báo này", "code %q swaps two letters of %q, the code of the body issuing this notice", g, own.Issuer),
				diag.Msg("đối chiếu với văn bản được trích; nếu gõ nhầm, viết %q", "check it against the document cited; if it is mistyped, write %q", own.Issuer))
		}
	}
}

// ownSwapped reports whether a cited code g is the notice's own issuer
// code with two letters next to each other swapped ("HCCSM" cited where
// the number line writes "HCSCM"): the office citing its own earlier
// document. A code of five letters or more only: a short one may be
// another body's ("TTYT" of a Trung tâm Y tế, "TYTT" of a Trạm).
func ownSwapped(g, own string) bool {
	return utf8.RuneCountInString(own) >= 5 && adjacentSwap(g, own)
}

// swappedKnownCode is the common code g is with two letters swapped, if
// any: "UBDN" for "UBND". The notice's own number is read by
// number-format (checkCode), a citation's by citation-code-typo.
func swappedKnownCode(g string) (string, bool) {
	for _, k := range swapKnownCodes {
		if adjacentSwap(g, k) {
			return k, true
		}
	}
	return "", false
}

// adjacentSwap reports whether a is b with two letters next to each other
// swapped, and not b itself. It compares the runes in place, as
// []rune(a) and []rune(b) would be compared (an ill-formed byte is one
// utf8.RuneError in both), without making them: it runs for every word
// of the Nơi nhận against each of swapKnownCodes. TestAdjacentSwapAsRunes
// holds it to the comparison of the runes.
func adjacentSwap(a, b string) bool {
	if a == b {
		return false
	}
	i, j := 0, 0 // the first rune that differs, in a and in b
	for i < len(a) && j < len(b) {
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, nb := utf8.DecodeRuneInString(b[j:])
		if ra != rb {
			break
		}
		i, j = i+na, j+nb
	}
	if i == len(a) || j == len(b) {
		return false // one is the other's beginning, or both the same runes
	}
	a0, na0 := utf8.DecodeRuneInString(a[i:])
	b0, nb0 := utf8.DecodeRuneInString(b[j:])
	if i+na0 == len(a) || j+nb0 == len(b) {
		return false // no second rune to swap with
	}
	a1, na1 := utf8.DecodeRuneInString(a[i+na0:])
	b1, nb1 := utf8.DecodeRuneInString(b[j+nb0:])
	if a0 != b1 || a1 != b0 {
		return false
	}
	return sameRunes(a[i+na0+na1:], b[j+nb0+nb1:])
}

// sameRunes reports whether a and b decode to the same runes.
func sameRunes(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, nb := utf8.DecodeRuneInString(b[j:])
		if ra != rb {
			return false
		}
		i, j = i+na, j+nb
	}
	return i == len(a) && j == len(b)
}
