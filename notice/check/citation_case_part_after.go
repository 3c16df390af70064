package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// partAfterPlace reports, for citation-case, "Khoản 1" or "Điểm a"
// capitalised after "tại" or "theo" with nothing after it that
// partUpperRe reads ("các sai phạm nêu tại Khoản 1; báo cáo ...", a
// notice's own item): a part cited inside a sentence is in lower case
// whatever follows it (Phụ lục II). done holds where partUpperRe
// reported already.
func partAfterPlace(p *Pass, seg *Seg, done map[int]bool) {
	s := seg.Text
	for _, w := range [...]string{"Khoản ", "Điểm "} {
		for at := 0; ; {
			k := strings.Index(s[at:], w)
			if k < 0 {
				break
			}
			i := at + k
			at = i + len(w)
			if done[i] || !placeWordBefore(s, i) || quoted(s, i) {
				continue
			}
			n := partNumberLen(s[at:], w == "Khoản ")
			if n == 0 {
				continue
			}
			part := s[i : at+n]
			lower := strings.ToLower(w[:len(w)-1]) + " " + s[at:at+n]
			p.Report(seg, i, diag.Msg("%q trong lời viện dẫn viết thường: %q", "%q in a citation is written in lower case: %q", part, lower),
				diag.Msg("viết %q", "write %q", lower))
		}
	}
}

// placeWordBefore reports whether "tại " or "theo " stands right before
// s[i], as a word of its own.
func placeWordBefore(s string, i int) bool {
	for _, w := range [...]string{"tại ", "theo "} {
		if strings.HasSuffix(s[:i], w) && !isLetterBefore(s, i-len(w)) {
			return true
		}
	}
	return false
}

// partNumberLen is the length of a khoản's number (one to three digits)
// or a điểm's letter at the start of rest, with no letter or digit after
// it; 0 when there is none: "Điểm thi số 3" is a place, no part.
func partNumberLen(rest string, digits bool) int {
	n := 0
	if digits {
		for n < len(rest) && n < 4 && isDigitByte(rest[n]) {
			n++
		}
		if n == 0 || n > 3 {
			return 0
		}
	} else {
		switch {
		case strings.HasPrefix(rest, "đ"): // before the test of one byte: "đ" is two
			n = len("đ")
		case rest != "" && rest[0] >= 'a' && rest[0] <= 'z':
			n = 1
		default:
			return 0
		}
	}
	if n < len(rest) && (isDigitByte(rest[n]) || letterAt(rest, n)) {
		return 0
	}
	return n
}
