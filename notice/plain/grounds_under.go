package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// groundsRe starts a căn cứ.
	groundsRe = lazyre.New(`^Căn cứ\s`)
	// articleRe starts an article: "Điều 1.", "Điều 2:".
	articleRe = lazyre.New(`^Điều\s+\d{1,3}\s*[.:]`)
)

// groundsUnder reports whether l, under a line of the trích yếu with no
// blank line between, starts a Quyết định's grounds or its authority
// line: a line starting "Căn cứ", or a line in capitals with one starting
// "Căn cứ" under it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" / "Căn cứ Luật ...");
// or, under a trích yếu in capitals, a line in small letters that opens
// the body ("Thực hiện Chỉ" / "thị số 8008/CT-TCTL ...", a Kế hoạch's
// opening) or a sentence's line (sentenceCase: "Năm 2014, theo nhận định
// của Đài Khí tượng Thủy văn", a Chỉ thị's first paragraph). A trích yếu never holds either, nor goes on in small letters
// after its capitals, so the text's blank lines stop at the
// trích yếu, as a legal library's rendering breaks the rest at its width
// inside sentences (the UBND tỉnh Sơn La's 2862/QĐ-UBND). Read as Blank
// text it would be one trích yếu from there to the body's last line.
func (r *reader) groundsUnder(l line, newPara bool) bool {
	if newPara || r.unbroken {
		return false
	}
	t := strings.TrimSpace(l.text)
	if groundsRe().MatchString(t) {
		return true
	}
	if prev := r.paras[len(r.paras)-1].Text; isUpper(prev) && !isUpper(t) && (openingRe().MatchString(t) || sentenceCase(t)) {
		return true // "Thực hiện Chỉ", "Năm 2014, theo nhận định của ..." under a trích yếu in capitals: the body's opening
	}
	if !isUpper(t) || finished(t) || !r.decision() {
		return false // only a Quyết định has an authority line
	}
	for _, n := range r.lines[r.at+1:] {
		if n.text == "" && n.cells == nil || isDecor(n.text) {
			continue
		}
		return groundsRe().MatchString(strings.TrimSpace(n.text))
	}
	return false
}

// decision reports whether the tên loại read is "QUYẾT ĐỊNH".
func (r *reader) decision() bool {
	for i := len(r.paras) - 1; i >= 0; i-- {
		if r.paras[i].Kind == Title {
			return strings.TrimSpace(r.paras[i].Text) == "QUYẾT ĐỊNH"
		}
	}
	return false
}

// sentenceCase reports whether a line is written as a sentence is: its
// first word from a capital, then small letters, and most of its words in
// small letters (six words or more), as no line of a trích yếu in
// capitals goes on.
func sentenceCase(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 6 {
		return false
	}
	first := []rune(ws[0])
	if len(first) < 2 || !unicode.IsUpper(first[0]) || !unicode.IsLower(first[1]) {
		return false
	}
	lower := 0
	for _, w := range ws[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return 2*lower > len(ws)
}
