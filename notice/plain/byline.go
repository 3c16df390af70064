package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// bylineRe is a newspaper's signature under a notice it reposts: the
// paper's initials alone on the line ("TNĐT", "TTXVN", "PV"), letters
// without a vowel's marks, which no signer's title is.
var bylineRe = lazyre.New(`^[A-ZĐ]{2,6}$`)

// byline reports whether l, in the body, is the text's last line and a
// newspaper's signature (bylineRe): the paper's, not the letter's.
func (r *reader) byline(l line) bool {
	if !bylineRe().MatchString(l.text) || r.lastBody() < 0 || r.lastBody() != len(r.paras)-1 {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if n.text != "" || n.cells != nil {
			return false
		}
	}
	return true
}
