package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// dateStraySign reports, for date-style, a short date with a stray sign
// beside one of its slashes ("27/-7/2025", "15./8/2025", "3/9/,2024"): a
// slip of the keys, the date is "27/7/2025". Read only a whole date, a
// day of 1 to 31, a month of 1 to 12 and a year of four figures, the sign
// the only one, no figure or "/" before or after it: a list's "2/-" and a
// number's "12/-" hold no date.
func dateStraySign(p *Pass, seg *Seg) {
	t := seg.Text
	if !straySignNear(t) {
		return
	}
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) || i > 0 && strings.IndexByte("0123456789/.,-", t[i-1]) >= 0 {
			continue
		}
		end, date, ok := straySignDate(t[i:])
		if !ok {
			continue
		}
		written := t[i : i+end]
		p.Report(seg, i, diag.Msg("ngày %q có dấu thừa bên dấu \"/\"", "the date %q has a stray mark beside a \"/\"", written),
			diag.Msg("viết %q", "write %q", date))
		i += end
	}
}

// straySignNear reports whether t holds a "/" with a hyphen, a full stop
// or a comma on one side and a figure on each ("27/-7", "15./8"): the
// look before a paragraph's figures are read for a date. A closing
// "./." and a list's "2/-" hold no such pair.
func straySignNear(t string) bool {
	for from := 0; ; {
		i := strings.IndexByte(t[from:], '/')
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		if i+2 < len(t) && isStraySign(t[i+1]) && isDigit(t[i+2]) && i > 0 && isDigit(t[i-1]) {
			return true
		}
		if i >= 2 && isStraySign(t[i-1]) && isDigit(t[i-2]) && i+1 < len(t) && isDigit(t[i+1]) {
			return true
		}
	}
}

func isStraySign(b byte) bool { return b == '-' || b == '.' || b == ',' }

// straySignDate reads the date s opens with, its parts parted by "/" and
// one sign beside a "/" ("27/-7/2025"): it returns the length read, the
// date without the sign, and false when s opens with no such date.
func straySignDate(s string) (int, string, bool) {
	var parts [3]string
	signs, i := 0, 0
	for k, width := range [3][2]int{{1, 2}, {1, 2}, {4, 4}} {
		if k > 0 {
			if i < len(s) && isStraySign(s[i]) {
				signs, i = signs+1, i+1
			}
			if i >= len(s) || s[i] != '/' {
				return 0, "", false
			}
			i++
			if i < len(s) && isStraySign(s[i]) {
				signs, i = signs+1, i+1
			}
		}
		n := 0
		for i+n < len(s) && isDigit(s[i+n]) {
			n++
		}
		if n < width[0] || n > width[1] {
			return 0, "", false
		}
		parts[k], i = s[i:i+n], i+n
	}
	if signs != 1 || i < len(s) && (isDigit(s[i]) || s[i] == '/') {
		return 0, "", false
	}
	d, _ := strconv.Atoi(parts[0])
	m, _ := strconv.Atoi(parts[1])
	y, _ := strconv.Atoi(parts[2])
	if d < 1 || d > 31 || m < 1 || m > 12 || y < 1900 || y > 2099 {
		return 0, "", false
	}
	return i, parts[0] + "/" + parts[1] + "/" + parts[2], true
}
