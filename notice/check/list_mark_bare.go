package check

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// bareNumber reads a point's number written without its period at the
// start of t ("1 Trong tháng 11", "2.5 Văn phòng Sở"): the number, one
// space or tab, a capital letter. It returns the number as written and
// its parts.
func bareNumber(t string) (string, []int, bool) {
	i := 0
	var parts []int
	for {
		j := i
		for j < len(t) && j-i < 3 && isDigitByte(t[j]) {
			j++
		}
		if j == i || j-i > 2 {
			return "", nil, false
		}
		n, _ := strconv.Atoi(t[i:j])
		parts = append(parts, n)
		if j < len(t) && t[j] == '.' && j+1 < len(t) && isDigitByte(t[j+1]) {
			i = j + 1
			continue
		}
		i = j
		break
	}
	if i >= len(t) || t[i] != ' ' && t[i] != '\t' {
		return "", nil, false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[i:], " \t"))
	if !unicode.IsUpper(r) {
		return "", nil, false
	}
	return t[:i], parts, true
}

// markerParts reads a point's marker written with its period ("2.", "2.4.")
// into its parts.
func markerParts(m string) ([]int, bool) {
	if !strings.HasSuffix(m, ".") {
		return nil, false
	}
	var parts []int
	for _, f := range strings.Split(strings.TrimSuffix(m, "."), ".") {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, false
		}
		parts = append(parts, n)
	}
	return parts, true
}

// bareMarker is the marker segs[i] is numbered with when its number lacks
// its period ("1 Trong tháng 11" before "2. Nhiệm vụ ..."): "1.", when the
// nearest point before it is the number before at the same level, or the
// nearest after it the number after. "" when segs[i] is no such point: a
// figure opening a sentence ("3 Công ty đã ...") has no numbered
// neighbour that goes on from it, and one whose number a neighbour
// carries ("2 Công ty đã ..." after "1." and before "2.") is that
// point's prose, as is one right under a heading that goes on from it
// ("3. Về công tác cán bộ", then "4 phòng chưa nộp báo cáo").
func bareMarker(segs []Seg, i int) string {
	if m := segs[i].Marker; m != "" && (strings.HasSuffix(m, ".") || !strings.Contains(m, ".")) {
		return "" // a marker with its period, or no number: "2.5" is read as a marker without one
	}
	num, parts, ok := bareNumber(segs[i].Text)
	if !ok || !fitsNeighbours(segs, i, parts) {
		return ""
	}
	return num + "."
}

// fitsNeighbours reports whether a point numbered parts at segs[i] goes on
// from the nearest marker before it or leads to the nearest after it, and
// neither carries its number.
func fitsNeighbours(segs []Seg, i int, parts []int) bool {
	p, hasPrev := neighbourMarker(segs, i, -1)
	n, hasNext := neighbourMarker(segs, i, +1)
	if hasPrev && slices.Equal(p, parts) || hasNext && slices.Equal(n, parts) {
		return false // "2 Công ty đã ..." before "2.": a figure, the point is the other
	}
	return hasNext && followsParts(parts, n) || hasPrev && followsParts(p, parts) && !underHeading(segs, i)
}

// underHeading reports whether the paragraph right before segs[i] is a
// numbered heading with no sentence of its own ("3. Về công tác cán bộ"):
// what follows it is its content, not the next point.
func underHeading(segs []Seg, i int) bool {
	if i == 0 || segs[i-1].Marker == "" {
		return false
	}
	t := strings.TrimRight(segs[i-1].Text, " \t")
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".;!?")
}

// neighbourMarker is the parts of the nearest marker before (dir -1) or
// after (dir +1) segs[i], within a few paragraphs.
func neighbourMarker(segs []Seg, i, dir int) ([]int, bool) {
	for j, n := i+dir, 0; j >= 0 && j < len(segs) && n < 8; j, n = j+dir, n+1 {
		if m := segs[j].Marker; m != "" {
			return markerParts(m)
		}
	}
	return nil, false
}

// followsParts reports whether b is the point after a at the same level:
// "1." then "2.", "2.4." then "2.5.".
func followsParts(a, b []int) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for k := 0; k < len(a)-1; k++ {
		if a[k] != b[k] {
			return false
		}
	}
	return b[len(b)-1] == a[len(a)-1]+1
}

// bareMarks reports, for list-mark, each point whose number lacks its
// period among points that have it.
func bareMarks(p *Pass) {
	body := p.View.Body
	for i := range body {
		if m := bareMarker(body, i); m != "" {
			w := strings.TrimSuffix(m, ".")
			p.Report(&body[i], 0, diag.Msg("số thứ tự %q thiếu dấu chấm sau số, như các khoản cùng cấp đều có", "the number %q has no period after it, as the other points of its level have", w),
				diag.Msg("viết %q", "write %q", m))
		}
	}
}
