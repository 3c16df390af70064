package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// digitDateWord reports where s holds a figure glued to the date word
// after it ("tháng 4năm 2026", "ngày 22 tháng 5năm 2008"): the byte
// offset of the word, and the word; -1 when none. The word must end
// there, and a code in capitals ("4NAM") is not it.
func digitDateWord(s string) (int, string) {
	for _, w := range [...]string{"năm", "tháng", "ngày"} {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			j += i
			i = j + len(w)
			if j == 0 || s[j-1] < '0' || s[j-1] > '9' {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[i:]); i < len(s) && isLetter(r) {
				continue
			}
			return j, w
		}
	}
	return -1, ""
}

// unglueDates puts a space between each figure and the date word glued to
// it.
func unglueDates(s string) string {
	for {
		at, _ := digitDateWord(s)
		if at < 0 {
			return s
		}
		s = s[:at] + " " + s[at:]
	}
}

// gluedDateLine reads a date line whose figure is glued to its date word
// ("Lào Cai, ngày        tháng 4năm 2026") with the space put back, says
// the missing space, and returns the line's parts as dateLine gives them;
// nil when the line has no such glue or does not read even so.
func gluedDateLine(p *Pass, s *Seg, text string) []string {
	at, w := digitDateWord(s.Text)
	if at < 0 {
		return nil
	}
	m := dateLine().FindStringSubmatch(unglueDates(text))
	if m == nil {
		return nil
	}
	from := figureStart(s.Text, at)
	glued := s.Text[from : at+len(w)]
	p.Report(s, at, diag.Msg("thiếu dấu cách giữa số và chữ %q trong %q", "a space is missing between the figure and %q in %q", w, glued),
		diag.Msg("viết %q", "write %q", s.Text[from:at]+" "+w))
	return m
}

// figureBefore reports whether the end of a date word found at byte j of
// s ("ăm" of "năm", "háng" of "tháng", "gày" of "ngày") follows the
// word's first letter and a figure: "5năm".
func figureBefore(s string, j int) bool {
	return j >= 2 && strings.IndexByte("nNtT", s[j-1]) >= 0 && s[j-2] >= '0' && s[j-2] <= '9'
}

// gluedFigure reports a figure glued to the date word after it in the
// prose ("ngày 22 tháng 5năm 2008"), which dateWordBeforeDigit let pass.
func gluedFigure(p *Pass, seg *Seg) {
	text := seg.Text
	for off := 0; off < len(text); {
		at, w := digitDateWord(text[off:])
		if at < 0 {
			return
		}
		at += off
		from := figureStart(text, at)
		reportGlued(p, seg, at, text[from:at], w)
		off = at + len(w)
	}
}

// figureStart is where the run of figures that ends at byte at of s
// starts.
func figureStart(s string, at int) int {
	for at > 0 && s[at-1] >= '0' && s[at-1] <= '9' {
		at--
	}
	return at
}
