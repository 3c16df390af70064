package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "coordinate-minutes", Severity: diag.Warning, Ref: diag.Practice, Run: coordinateMinutes,
		Title: diag.Msg("tọa độ, góc ghi số phút, số giây dưới 60", "a coordinate's or an angle's minutes and seconds are under 60"),
		Help:  diag.Msg("kiểm tra lại số phút, số giây đã ghi", "check the minutes and seconds written")})
}

// coordinateMinutes reports the minutes or the seconds of a coordinate
// or an angle written in degrees ("21°75'", "105°19'75\"") that are 60 or
// more: a minute is a sixtieth of a degree and a second of a minute, so a
// figure is mistyped (a decimal minute, "21°15,5'", is read as 15).
// Only a text holding "°" is read.
func coordinateMinutes(p *Pass) {
	for _, seg := range p.View.textSegs() {
		t := seg.Text
		for off := 0; ; {
			i := strings.Index(t[off:], "°")
			if i < 0 {
				break
			}
			i += off
			off = i + len("°")
			if i == 0 || !isDigitByte(t[i-1]) {
				continue // "°C" after a word, a lone mark
			}
			for _, f := range sexagesimalParts(t, off) {
				if f.value >= 60 {
					p.Report(seg, f.off, sexagesimalMsg(f.seconds, t[f.off:f.end]), diag.Msg("kiểm tra lại số %d", "check the figure %d", f.value))
				}
			}
		}
	}
}

// sexagesimalPart is a coordinate's minutes or seconds: their figure,
// where it is written and what it counts.
type sexagesimalPart struct {
	value, off, end int
	seconds         bool
}

// sexagesimalMsg says minutes or seconds written 60 or more.
func sexagesimalMsg(seconds bool, written string) diag.Text {
	if seconds {
		return diag.Msg("%q: số giây của tọa độ không thể từ 60 trở lên", "%q: a coordinate's seconds cannot be 60 or more", written)
	}
	return diag.Msg("%q: số phút của tọa độ không thể từ 60 trở lên", "%q: a coordinate's minutes cannot be 60 or more", written)
}

// minuteMarks and secondMarks end a coordinate's minutes and seconds as
// notices type them.
var (
	minuteMarks = []string{"'", "’", "′"}
	secondMarks = []string{"\"", "”", "″", "''", "’’"}
)

// sexagesimalParts reads the minutes after a degree's mark ending at off
// and the seconds after them, each a figure of one to three digits (a
// fraction after "," or "." dropped) and its mark, spaces allowed before
// the figure.
func sexagesimalParts(t string, off int) []sexagesimalPart {
	var out []sexagesimalPart
	for k, marks := range [2][]string{minuteMarks, secondMarks} {
		at := off
		for at < len(t) && t[at] == ' ' {
			at++
		}
		end := at
		for end < len(t) && isDigitByte(t[end]) && end-at < 4 {
			end++
		}
		if end == at || end-at > 3 {
			break
		}
		after := end
		if after+1 < len(t) && (t[after] == ',' || t[after] == '.') && isDigitByte(t[after+1]) {
			for after++; after < len(t) && isDigitByte(t[after]); after++ {
			}
		}
		mark := markAt(t, after, marks)
		if mark == 0 || k == 0 && markAt(t, after, secondMarks) > mark {
			break // no mark, or a second's mark where a minute's is due
		}
		v, _ := strconv.Atoi(t[at:end])
		out = append(out, sexagesimalPart{value: v, off: at, end: after + mark, seconds: k == 1})
		off = after + mark
	}
	return out
}

// markAt returns the length of the longest of marks at i of t, 0 when
// none is there.
func markAt(t string, i int, marks []string) int {
	n := 0
	for _, m := range marks {
		if strings.HasPrefix(t[i:], m) && len(m) > n {
			n = len(m)
		}
	}
	return n
}
