package check

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// lastOpenSemicolon reports the last point of a list whose points all end
// with ";", two or more, the last one too, where the list ends there
// (outerPointAfter: "a) ...;", "b) ...;", "c) ...;", then "2. Thời gian:
// ..."). Two points are judged so only where a numbered or lettered
// point ("6.", "b)") or a sentence of its own follows, not a dashed point
// of a list above, which may itself run on with ";". A list run on with
// ";" is closed by its last point's ".". A list
// followed by a point of its own kind that leads into others ("d) Các ủy
// viên:"), by a paragraph in small letters or in capitals (the rest of
// a point the page broke), by a table or by nothing (a copy may be cut)
// is not judged so: the reading cannot tell that its last point closes
// it. It returns whether the run was judged so.
func lastOpenSemicolon(p *Pass, segs []Seg, run, judged []*Seg, count map[string]int) bool {
	last := judged[len(judged)-1]
	if count[";"] != len(judged) || last != run[len(run)-1] || !outerPointAfter(segs, last) {
		return false
	}
	if outerRunsOn(segs, last) {
		return false // "a) ...:", "- ...;", "- ...;", "b) ...;": the ";" closes point a) of a list run on with ";"
	}
	if len(judged) == 2 && bulletAfter(segs, last) {
		return false // "+ ...;", "+ ...;", then "- ...": the dashed list above may run on with ";"
	}
	msg := diag.Text{
		VI: fmt.Sprintf("điểm cuối của danh sách kết thúc bằng dấu \";\" như %d điểm trước; điểm cuối kết thúc bằng dấu \".\"", len(judged)-1),
		EN: fmt.Sprintf("the last point of the list ends with \";\" as the %d before it do; the last point ends with \".\"", len(judged)-1),
	}
	if len(judged) == 2 {
		msg = diag.Msg("điểm cuối của danh sách kết thúc bằng dấu \";\" như điểm trước; điểm cuối kết thúc bằng dấu \".\"", "the last point of the list ends with \";\" as the point before it does; the last point ends with \".\"")
	}
	p.Report(last, max(0, len(last.Text)-1), msg, diag.Msg("kết thúc điểm cuối bằng dấu \".\"", "end the last point with \".\""))
	return true
}

// outerPointAfter reports whether the paragraph after last ends its list:
// a point of another kind that stands above the list, its marker's kind
// seen on a point before the list began with no paragraph between ("2."
// after "1. ...:", "a)", "b)"), or a paragraph with no marker that opens
// a sentence of its own (pointAfterOpens).
func outerPointAfter(segs []Seg, last *Seg) bool {
	i := -1
	for k := range segs {
		if &segs[k] == last {
			i = k
			break
		}
	}
	if i < 0 || i+1 >= len(segs) {
		return false
	}
	next := pointKind(&segs[i+1])
	own := pointKind(last)
	if next == "" && segs[i+1].Role != RoleCell {
		return pointAfterOpens(segs[i+1].Text)
	}
	if next == own || segs[i+1].Role == RoleCell {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		kind := pointKind(&segs[k])
		if kind == next {
			return true
		}
		if kind == "" {
			return false // a paragraph between: the list above is not known
		}
	}
	return false
}

// pointAfterOpens reports whether a paragraph opens with a capital, a note's
// "*" before it allowed ("*Học sinh ..."): a sentence of its own, not the
// rest of a point the page broke ("... ở bậc" / "THPT ...").
func pointAfterOpens(t string) bool {
	t = strings.TrimLeft(t, " \t*")
	r, _ := utf8.DecodeRuneInString(t)
	return isUpperRune(r) && !allCaps(firstWord(t))
}

// bulletAfter reports whether the paragraph after last is a point marked
// by a dash, a plus or a bullet: no figure and no letter in its mark.
func bulletAfter(segs []Seg, last *Seg) bool {
	for k := range segs {
		if &segs[k] != last {
			continue
		}
		if k+1 >= len(segs) {
			return false
		}
		kind := pointKind(&segs[k+1])
		return kind != "" && !strings.ContainsFunc(kind, func(r rune) bool { return isLetter(r) || r >= '0' && r <= '9' })
	}
	return false
}
