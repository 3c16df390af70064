package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// A document's subject after "về việc" in the middle of a sentence starts
// in small letters (Phụ lục II: only a name takes capitals), whether the
// document is cited by its number or named without one: "dự thảo Nghị
// quyết ... về việc Điều chỉnh quy hoạch sử dụng đất", "Quyết định thành
// lập Hội đồng ... về việc Cử thành viên". subjectCase reads the subject
// after a citation; this reads the rest.

// uncitedSubjectRe finds "về việc" in small letters, then a verb of
// subjectVerbs, or a word of subjectOpeners (and "Quy định", "Hướng dẫn",
// which also name documents) before a word in small letters other than
// "số" (checked by the caller): "về việc Ban hành Nội quy", "về việc Tổ
// chức đại hội".
//
// It is tried only where "về việc" starts after the start of the text or
// a character that is no letter (a leadExpr): run over a whole text, the
// regexp package tried its lead class from every byte.
var uncitedSubjectRe = sync.OnceValue(func() *leadExpr {
	var strict, open []string
	for _, v := range subjectVerbs {
		if v == "Quy định" || v == "Hướng dẫn" {
			open = append(open, v)
			continue
		}
		strict = append(strict, v)
	}
	open = append(open, subjectOpeners...)
	x := newLeadExpr(``, `[^\p{L}]`, `về việc:?\s+(?:(`+strings.Join(strict, "|")+`)\b|(`+strings.Join(open, "|")+`)\s+(\p{Ll}\pL*))`, "về việc")
	x.then = subjectWordAfter
	return x
})

// subjectWordAfter reports whether rest, the text after "về việc", goes
// on as every match of uncitedSubjectRe does: a colon or none, white
// space, then one of subjectVerbs or subjectOpeners as written. Most
// "về việc" go on with a word in small letters, and are then left before
// the expression is tried, or compiled.
func subjectWordAfter(rest string) bool {
	rest = strings.TrimPrefix(rest, ":")
	n := 0
	for n < len(rest) && isRESpace(rest[n]) {
		n++
	}
	if n == 0 {
		return false
	}
	rest = rest[n:]
	for _, w := range subjectVerbs {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	for _, w := range subjectOpeners {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// uncitedSubjectCase reports such a subject where no citation, read or
// written with a space in its code, stands before it in its clause: those
// are subjectCase's and spacedSubjectCase's, which leave some alone on
// purpose ("ban hành Quy định ...").
func uncitedSubjectCase(p *Pass, seg *Seg, cs []cited) {
	if !containsLit(seg.Text, "về việc") {
		return
	}
	var spans [][2]int
	for _, c := range cs {
		spans = append(spans, [2]int{c.Off, c.End + clauseLen(seg.Text[c.End:])})
	}
	for _, c := range spacedCodes(p.View, seg) {
		end := c.start + len(c.code)
		spans = append(spans, [2]int{c.start, end + clauseLen(seg.Text[end:])})
	}
	for _, m := range uncitedSubjectRe().findAllIn(p.View, seg.Text) {
		at, end := m[2], m[3]
		if at < 0 {
			at, end = m[4], m[5]
		}
		if m[6] >= 0 && seg.Text[m[6]:m[7]] == "số" || inSpans(spans, at) || quoted(seg.Text, at) {
			continue // "về việc Quy định số 12-QĐ/TW" names a document
		}
		word := seg.Text[at:end]
		r, n := utf8.DecodeRuneInString(word)
		lower := string(unicode.ToLower(r)) + word[n:]
		p.Report(seg, at, diag.Msg("trích yếu sau \"về việc\" viết thường: %q, không viết hoa %q", "the subject after \"về việc\" is in lower case: %q, not %q", lower, word),
			diag.Msg("viết %q", "write %q", lower))
	}
}

// clauseLen is how far the clause of a citation runs in what follows it.
func clauseLen(tail string) int {
	if i := citationClauseEnd(tail); i >= 0 {
		return i
	}
	return len(tail)
}

func inSpans(spans [][2]int, at int) bool {
	for _, s := range spans {
		if at >= s[0] && at < s[1] {
			return true
		}
	}
	return false
}
