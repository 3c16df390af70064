package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// typeLowerRe is a cited document's tên loại in small letters before its
// number and ký hiệu: "công văn số 1498-CV/HU", "thông báo số 654/TB-SGDĐT".
var typeLowerRe = lazyre.New(`(?:^|[^\p{L}])((?:công văn|thông báo|quyết định|kế hoạch|nghị định|nghị quyết|thông tư|chỉ thị|tờ trình|hướng dẫn|báo cáo)\s+số\s+\d+\s*[-/])`)

// lowerTypeNames are the tên loại typeLowerRe finds in small letters;
// none is the end of another.
var lowerTypeNames = []string{"công văn", "thông báo", "quyết định", "kế hoạch", "nghị định", "nghị quyết", "thông tư", "chỉ thị", "tờ trình", "hướng dẫn", "báo cáo"}

// lowerTypes finds what typeLowerRe().FindAllStringSubmatchIndex(s, -1)
// finds, the start and end of group 1 of each match, without running the
// expression at every byte: it looks only where "số" is written and reads
// back to the tên loại before it.
func lowerTypes(s string) [][2]int {
	var out [][2]int
	prevEnd := 0 // where the expression would look for its next match
	eachSpacedSo(s, func(j, after int) int {
		n := lowerTypeBefore(s[:j])
		if n == 0 {
			return after
		}
		k := j - n
		if k > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:k])
			if isLetter(r) || k-w < prevEnd {
				return after
			}
		} else if prevEnd > 0 {
			return after
		}
		e := numberAndMark(s, after)
		if e < 0 {
			return after
		}
		out = append(out, [2]int{k, e})
		prevEnd = e
		return e
	})
	return out
}

// eachSpacedSo calls at for each "số" of s that white space parts from
// the word before it ("công văn số", "Kế Hoạch  số"): j is where that
// white space starts, after where "số" ends; at returns where the scan
// goes on. lowerTypes and titleTypes read back from j to a tên loại.
func eachSpacedSo(s string, at func(j, after int) int) {
	for from := 0; ; {
		i := indexLit(s[from:], "số")
		if i < 0 {
			return
		}
		i += from
		from = i + len("số")
		j := i
		for j > 0 && isReSpace(s[j-1]) {
			j--
		}
		if j < i {
			from = at(j, from)
		}
	}
}

// lowerTypeBefore is the length of the name of lowerTypeNames h ends
// with, 0 when none.
func lowerTypeBefore(h string) int {
	for _, t := range lowerTypeNames {
		if strings.HasSuffix(h, t) {
			return len(t)
		}
	}
	return 0
}

// numberAndMark matches `\s+\d+\s*[-/]` at byte i of s: where the match
// ends, -1 when it fails.
func numberAndMark(s string, i int) int {
	j := i
	for j < len(s) && isReSpace(s[j]) {
		j++
	}
	if j == i {
		return -1
	}
	d := j
	for j < len(s) && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == d {
		return -1
	}
	for j < len(s) && isReSpace(s[j]) {
		j++
	}
	if j < len(s) && (s[j] == '-' || s[j] == '/') {
		return j + 1
	}
	return -1
}

// isReSpace reports whether b is in \s of an expression: [\t\n\f\r ].
func isReSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// typeCase reports the tên loại of a cited document written in small
// letters (Phụ lục II: the tên loại of a specific document takes its
// capital, "Công văn số 1498-CV/HU").
func typeCase(p *Pass, seg *Seg) {
	s := seg.Text
	for _, m := range lowerTypeSpansOf(p.View, s) {
		if quoted(s, m[0]) {
			continue
		}
		name := s[m[0]:m[1]]
		r, w := utf8.DecodeRuneInString(name)
		upper := string(unicode.ToUpper(r)) + name[w:]
		if unicode.IsUpper(r) {
			upper = string(r) + strings.ToLower(name[w:])
			p.Report(seg, m[0], diag.Msg("tên loại của văn bản được viện dẫn chỉ viết hoa chữ cái đầu: %q, không phải %q", "the tên loại of a cited document takes only its first capital: %q, not %q", upper, name),
				diag.Msg("viết %q", "write %q", upper))
			continue
		}
		p.Report(seg, m[0], diag.Msg("tên loại của văn bản được viện dẫn viết hoa chữ cái đầu: %q, không phải %q", "the tên loại of a cited document takes its capital: %q, not %q", upper, name),
			diag.Msg("viết %q", "write %q", upper))
	}
}

// typeName is the tên loại at the start of a match of typeLowerRe ("công
// văn số 12/"): the words before "số", without the white space between
// them and it, which may be a tab or a line break as well as spaces.
func typeName(match string) string {
	return strings.TrimRight(match[:indexLit(match, "số")], " \t\n\f\r")
}

// inLowerType reports whether off falls on the tên loại of a cited
// document written in small letters ("công văn số 1142/UBND") in prose:
// citation-case says it, even where the notice writes "Công văn số"
// elsewhere, and name-spelling leaves it.
func inLowerType(v *View, seg *Seg, off int) bool {
	if seg.Role == RoleRecipient || seg.Role == RoleArchive {
		return false // typeCase does not read these
	}
	for _, m := range lowerTypeSpansOf(v, seg.Text) {
		if off >= m[0] && off < m[1] && !quoted(seg.Text, m[0]) {
			return true
		}
	}
	return false
}

// lowerTypeSpansOf is lowerTypeSpans(s), read once a text from the
// index of s and shared by citation-case and name-spelling: callers must
// not change the slice.
func lowerTypeSpansOf(v *View, s string) [][2]int {
	x := v.index(s)
	if !x.lowerTypesRead {
		x.lowerTypes, x.lowerTypesRead = typeSpans(s, x.mayHold(litSo)), true
	}
	return x.lowerTypes
}

// lowerTypeSpans is where each tên loại in small letters that lowerTypes
// and lowerTypesLoose find starts and ends, the name alone.
func lowerTypeSpans(s string) [][2]int {
	return typeSpans(s, true)
}

// typeSpans is lowerTypeSpans(s) of a text that holds "số" unless so is
// false: lowerTypes, which looks only where "số" is written, is not asked.
func typeSpans(s string, so bool) [][2]int {
	var out [][2]int
	if so {
		for _, m := range lowerTypes(s) { // typeLowerRe().FindAllStringSubmatchIndex(s, -1), group 1
			out = append(out, [2]int{m[0], m[0] + len(typeName(s[m[0]:m[1]]))})
		}
	}
	out = subjectSpans(s, letterSpans(s, append(out, lowerTypesLoose(s)...)))
	if so {
		out = append(out, titleTypes(s)...) // citation_type_title.go: "Kế Hoạch số 215/KH-QLTT"
	}
	return out
}

// subjectSpans puts, for a tên loại in small letters that is the subject's
// words of another document ("quyết định phê duyệt kế hoạch số
// 15/QĐ-UBND": the number's code is a Quyết định's), the cited
// document's tên loại in its place when that too is in small letters; the
// span is dropped when it has its capital ("Quyết định phê duyệt kế
// hoạch số 15/QĐ-UBND" is written right).
func subjectSpans(s string, spans [][2]int) [][2]int {
	out := spans[:0]
	for _, m := range spans {
		a, b := cite.SubjectTypeBefore(s, m[0], m[1])
		switch {
		case a < 0:
			out = append(out, m)
		case strings.ToLower(s[a:b]) == s[a:b]:
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// letterSpans puts, for a tên loại that says what a Công văn does ("công
// văn hướng dẫn số 237/SGD&ĐT-GDMN"), the "công văn" before it in its
// place: the cited document is the Công văn, whose small letters are the
// slip; written "Công văn hướng dẫn số ...", nothing is.
func letterSpans(s string, spans [][2]int) [][2]int {
	out := spans[:0]
	for _, m := range spans {
		k := cite.LetterBefore(s, m[0], m[1])
		switch {
		case k < 0:
			out = append(out, m)
		case strings.HasPrefix(s[k:], "công văn"):
			out = append(out, [2]int{k, k + len("công văn")})
		}
	}
	return out
}
