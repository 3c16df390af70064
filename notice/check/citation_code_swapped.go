package check

import (
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
	for _, c := range citations(p.View) {
		g := c.Number.Issuer
		if k, ok := swappedKnownCode(g); ok {
			p.Report(c.seg, c.Off, diag.Msg("ký hiệu %q đảo chỗ hai chữ của %q", "code %q swaps two letters of %q", g, k),
				diag.Msg("đối chiếu với văn bản được trích; nếu gõ nhầm, viết %q", "check it against the document cited; if it is mistyped, write %q", k))
		}
	}
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
// swapped, and not b itself.
func adjacentSwap(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || a == b {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if i+1 >= len(ra) || ra[i] != rb[i+1] || ra[i+1] != rb[i] {
		return false
	}
	return string(ra[i+2:]) == string(rb[i+2:])
}
