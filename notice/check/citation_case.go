package check

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "citation-case", Severity: diag.Warning, Ref: diag.RefCapitals, Run: citationCase,
		Title: diag.Msg("lời viện dẫn viết hoa, viết thường đúng quy định", "citations are capitalised as the decree says"),
		Help: diag.Msg("viết hoa Phần, Chương, Mục, Tiểu mục, Điều; viết thường khoản, điểm và trích yếu của văn bản được viện dẫn (\"Nghị định số ... của Chính phủ quy định ...\")",
			"capitalise Phần, Chương, Mục, Tiểu mục, Điều; write khoản, điểm and the cited document's subject in lower case (\"Nghị định số ... của Chính phủ quy định ...\")")})
}

// A citation of a part of a document writes "khoản" and "điểm" in lower
// case and "Điều" with a capital: "điểm a khoản 2 Điều 103 của Bộ luật
// Hình sự" (Phụ lục II); a phụ lục is "Phụ lục II"; the subject of a
// document cited after its number, date and issuer is in lower case:
// "Nghị định số 178/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi
// tiết ...".
var (
	// partUpperRe finds "Khoản 3" or "Điểm a" followed by the part or the
	// document it belongs to: "Khoản 3, Điều 40", "Điểm 4, Mục 2".
	partUpperStarts = newLitStarts("Khoản", "Điểm")
	partUpperRe     = sync.OnceValue(func() *startExpr {
		return partUpperStarts.expr(`(Khoản|Điểm)\s+(\d{1,3}|[a-zđ])(?:\s*[,\-–]\s*|\s+)(?:khoản|Khoản|Điều|điều|Mục|mục|Chương|Phần|Phụ lục|Phụ Lục|của|này)\b`)
	})
	// articleLowerRe finds "điều 5" cited: after a khoản or điểm, after
	// "tại", "theo", or before its khoản or điểm ("điều 7 khoản 1") or the
	// document it belongs to.
	articleLowerStarts = newLitStarts("khoản", "điểm", "tại", "theo", "điều")
	articleLowerRe     = sync.OnceValue(func() *startExpr {
		return articleLowerStarts.expr(`(?:(?:khoản|điểm)\s+\S{1,4}\s*,?\s+|(?:tại|theo)\s+)(điều\s+\d{1,3}[a-zđ]?)\b|(điều\s+\d{1,3}[a-zđ]?)\s*,?\s+(?:của|này|khoản\s+\d|điểm\s+[a-zđ]\b|Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh|Chương|Mục)\b`)
	})
	appendixCaseRe = lazyre.New(`Phụ Lục`)
	// subjectUpperRe finds, in what follows a citation, a word that may
	// start the cited document's subject written with a capital, after its
	// date, its issuer or "về việc": "... của Chính phủ Quy định chi tiết".
	// After "về", a word of subjectOpeners counts when a word in small
	// letters follows it: "về Phát triển du lịch", "về việc Tổ chức đại
	// hội", "về việc: Phát động toàn dân" (a colon typed after "về việc");
	// before a capital it may start a name ("Tổ chức Y tế Thế giới").
	subjectUpperRe = lazyre.Build(subjectUpperExpr)
	// subjectUpperAt is subjectUpperRe anchored with \A: subjectMatches
	// tries it only where a match can start.
	subjectUpperAt = lazyre.Build(func() string { return `\A(?:` + subjectUpperExpr() + `)` })
)

// subjectVerbs may start the subject of a cited document, written with a
// capital: every match of subjectUpperRe holds one.
var subjectVerbs = []string{"Quy định", "Sửa đổi", "Ban hành", "Phê duyệt", "Hướng dẫn", "Bãi bỏ", "Kiện toàn", "Chấp thuận", "Phân công", "Thành lập", "Điều chỉnh", "Công bố"}

// subjectOpeners are other words a cited document's subject opens with
// after "về" or "về việc", verbs and nouns of an action that start no
// name: "Kế hoạch ... về việc Tổ chức đại hội đoàn các cấp", "Công văn
// ... về việc Tuyển sinh lớp 10", "Chương trình ... về Phát triển du
// lịch".
var subjectOpeners = []string{"Phát triển", "Tổ chức", "Tuyển sinh", "Tuyển dụng", "Triển khai", "Tăng cường", "Thực hiện", "Đẩy mạnh", "Nâng cao", "Xây dựng", "Tuyên truyền", "Tiếp tục", "Hỗ trợ", "Cử", "Triệu tập", "Đăng ký", "Khen thưởng", "Kỷ luật", "Lấy ý kiến", "Phát động", "Kiểm soát", "Giám sát", "Ý kiến", "Giao", "Phân bổ", "Bổ nhiệm", "Điều động", "Công nhận", "Cho phép", "Thu hồi", "Gia hạn", "Bổ sung", "Thông qua", "Giải thể", "Sáp nhập", "Tạm dừng", "Rà soát", "Kiểm tra", "Tổng kết", "Sơ kết", "Chuẩn bị", "Bố trí"}

// subjectUpperExpr is subjectUpperRe written out.
func subjectUpperExpr() string {
	verbs := `(` + strings.Join(subjectVerbs, "|") + `)`
	openers := `(` + strings.Join(subjectOpeners, "|") + `)`
	return `về(?: việc:?)?\s+` + verbs + `\b|\S\s+` + verbs + `,?\s+\p{Ll}|về(?: việc:?)?\s+` + openers + `\s+\p{Ll}`
}

// subjectMatches is subjectUpperRe().FindAllStringSubmatchIndex(s, -1),
// the expression tried, anchored, only where a match can start. Every
// match holds one of subjectVerbs or subjectOpeners right after spaces,
// and starts at "về", "về việc" or "về việc:" right before those spaces
// or at the one character before them (subjectStarts). The places of one
// word all lie before the word, and those of a later word after it (the
// words start with a capital, which "về việc:" and spaces are not, and
// none is one character): so the places are tried in the order of the
// text, from the end of the last match on, as the expression's own
// search does.
func subjectMatches(s string) [][]int {
	var out [][]int
	from := 0
	for w := firstSubjectWord(s); w >= 0; {
		for _, j := range subjectStarts(s, w) {
			if j < from {
				continue
			}
			if m := subjectUpperAt().FindStringSubmatchIndex(s[j:]); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += j
					}
				}
				out = append(out, m)
				from = m[1]
				break
			}
		}
		n := firstSubjectWord(s[w+1:])
		if n < 0 {
			break
		}
		w += 1 + n
	}
	return out
}

// subjectStarts are the places, in order, where a match of
// subjectUpperRe holding the word at s[w] may start: "về việc:", "về
// việc" or "về" right before the spaces before the word, and the
// character before those spaces. None when no space stands before it.
func subjectStarts(s string, w int) []int {
	sp := len(strings.TrimRight(s[:w], " \t\n\f\r")) // \s: the spaces before the word
	if sp == w || sp == 0 {
		return nil
	}
	var at [4]int
	n := 0
	for _, v := range [...]string{"về việc:", "về việc", "về"} {
		if strings.HasSuffix(s[:sp], v) {
			at[n] = sp - len(v)
			n++
		}
	}
	_, size := utf8.DecodeLastRuneInString(s[:sp])
	at[n] = sp - size
	return at[:n+1]
}

// firstSubjectWord is where the first of subjectVerbs and subjectOpeners
// in s starts, -1 when none does: one walk over s that stops at the bytes
// the words start with (capitals, few in a text), rather than a search
// of s for each of the 35 words.
func firstSubjectWord(s string) int {
	by := subjectWordsByByte()
	for i := 0; i < len(s); i++ {
		for _, w := range by[s[i]] {
			if strings.HasPrefix(s[i:], w) {
				return i
			}
		}
	}
	return -1
}

// subjectWordsByByte files subjectVerbs and subjectOpeners under their
// first byte.
var subjectWordsByByte = sync.OnceValue(func() *[256][]string {
	var by [256][]string
	for _, vs := range [][]string{subjectVerbs, subjectOpeners} {
		for _, v := range vs {
			by[v[0]] = append(by[v[0]], v)
		}
	}
	return &by
})

func citationCase(p *Pass) {
	segs := p.View.textSegs()
	inQuote := p.View.quotationsIn(segs).inside
	bySeg := map[*Seg][]cited{}
	for _, c := range citations(p.View) {
		bySeg[c.seg] = append(bySeg[c.seg], c)
	}
	var prose []*Seg
	for _, seg := range segs {
		if seg.Role == RoleRecipient {
			recipientArticleCase(p, seg)
		}
		if seg.Role == RoleArchive || seg.Role == RoleRecipient || !p.View.FromTOML && inQuote[seg.PosAt(0)] {
			continue
		}
		prose = append(prose, seg)
		partCase(p, seg)
		subjectCase(p, seg, bySeg[seg])
		spacedSubjectCase(p, seg, bySeg[seg])
		uncitedSubjectCase(p, seg, bySeg[seg]) // citation_subject_uncited.go
		typeCase(p, seg)
		ownNameCase(p, seg)
		if p.View.holds(seg.Text, litLuat) {
			countedLawCase(p, seg) // citation_law_count.go
		}
	}
	lawNameCase(p, prose) // citation_law_name.go
}

// The literals citation-case looks for before its expressions.
var (
	litLuat        = newLiteral(" Luật ")
	litKhoan       = newLiteral("Khoản")
	litDiem        = newLiteral("Điểm")
	litDieuLower   = newLiteral("điều ")
	litPhuLucUpper = newLiteral("Phụ Lục")
)

// partCase reports "Khoản 3" and "Điểm a" capitalised inside a sentence,
// "điều 5" in lower case and "Phụ Lục".
func partCase(p *Pass, seg *Seg) {
	s, v := seg.Text, p.View
	if v.holds(s, litKhoan) || v.holds(s, litDiem) {
		done := map[int]bool{}
		for _, m := range partUpperRe().findAllIn(v, s) {
			if sentenceStart(s, m[2]) || quoted(s, m[2]) {
				continue
			}
			done[m[2]] = true
			part := s[m[2]:m[5]]
			lower := strings.ToLower(s[m[2]:m[3]]) + s[m[3]:m[5]]
			p.Report(seg, m[2], diag.Msg("%q trong lời viện dẫn viết thường: %q", "%q in a citation is written in lower case: %q", part, lower),
				diag.Msg("viết %q", "write %q", lower))
		}
		partAfterPlace(p, seg, done) // citation_case_part_after.go
	}
	if v.holds(s, litDieuLower) {
		for _, m := range articleLowerRe().findAllIn(v, s) {
			a, b := m[2], m[3]
			if a < 0 {
				a, b = m[4], m[5]
			}
			if sentenceStart(s, a) || quoted(s, a) {
				continue
			}
			upper := "Đ" + s[a+len("đ"):b]
			p.Report(seg, a, diag.Msg("%q trong lời viện dẫn viết hoa: %q", "%q in a citation takes a capital: %q", s[a:b], upper),
				diag.Msg("viết %q", "write %q", upper))
		}
	}
	articlesUpper(p, seg) // citation_case_articles.go
	if v.holds(s, litPhuLucUpper) && !appendixHeadRe().MatchString(strings.TrimSpace(s)) {
		for _, m := range appendixCaseRe().FindAllStringIndex(s, -1) {
			if !quoted(s, m[0]) {
				p.Report(seg, m[0], diag.Msg("\"Phụ Lục\" viết là \"Phụ lục\"", "\"Phụ Lục\" is written \"Phụ lục\""), diag.Msg("viết \"Phụ lục\"", "write \"Phụ lục\""))
			}
		}
	}
}

// subjectCase reports the subject of a cited document that starts with a
// capital after the number, date or issuer: "... ngày 01/7/2025 của
// Chính phủ Quy định chi tiết ...", "... về việc Phê duyệt ...".
func subjectCase(p *Pass, seg *Seg, cs []cited) {
	for k, c := range cs {
		if quoted(seg.Text, c.Off) {
			continue
		}
		tail := seg.Text[c.End:]
		if i := citationClauseEnd(tail); i >= 0 {
			tail = tail[:i]
		}
		if k+1 < len(cs) && cs[k+1].Start() >= c.End && cs[k+1].Start()-c.End < len(tail) {
			tail = tail[:cs[k+1].Start()-c.End] // the next citation has its own subject
		}
		at, word, ok := subjectStart(tail)
		if !ok {
			continue
		}
		r, n := utf8.DecodeRuneInString(word)
		lower := string(unicode.ToLower(r)) + word[n:]
		p.Report(seg, c.End+at, diag.Msg("trích yếu của %s %s viết thường: %q, không viết hoa %q", "the subject of %s %s is in lower case: %q, not %q", c.Type, c.Number.Raw, lower, word),
			diag.Msg("viết %q", "write %q", lower))
	}
}

// spacedSubjectCase is subjectCase for a document cited with a space in
// its number and code ("Kế hoạch số 298 KH/TWĐTN ... về việc Tổ chức đại
// hội"), which the citation reader does not read: citation-code-space
// says the space, and this the subject's capital.
func spacedSubjectCase(p *Pass, seg *Seg, cs []cited) {
	for _, c := range spacedCodes(p.View, seg) {
		end := c.start + len(c.code)
		if slices.ContainsFunc(cs, func(o cited) bool { return o.Off < end && o.End > c.start }) {
			continue // read as a citation too: subjectCase's
		}
		tail := seg.Text[end:]
		if i := citationClauseEnd(tail); i >= 0 {
			tail = tail[:i]
		}
		at, word, ok := subjectStart(tail)
		if !ok {
			continue
		}
		r, n := utf8.DecodeRuneInString(word)
		lower := string(unicode.ToLower(r)) + word[n:]
		p.Report(seg, end+at, diag.Msg("trích yếu của văn bản số %s viết thường: %q, không viết hoa %q", "the subject of the document %s is in lower case: %q, not %q", c.code, lower, word),
			diag.Msg("viết %q", "write %q", lower))
	}
}

// subjectStart finds in what follows a citation the first word of its
// subject written with a capital: the first match of subjectUpperRe that
// is not part of a document's name ("Luật Ban hành văn bản quy phạm
// pháp luật"), before any subject in lower case has begun.
func subjectStart(tail string) (at int, word string, ok bool) {
	for _, m := range subjectMatches(tail) {
		for k := 4; m[2] < 0 && k+1 < len(m); k += 2 {
			m[2], m[3] = m[k], m[k+1]
		}
		head := tail[:m[2]]
		// "ban hành Quy định ...": the subject began in lower case, and the
		// word after its verb names the document it issues, a tên loại
		// that takes its capital
		if lowerSubjectRe().MatchString(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(head, " "), "về việc:"), "về việc"), "về") + " ") {
			return 0, "", false // the subject began in lower case: what follows is inside it
		}
		if docNameBefore(head) {
			continue
		}
		return m[2], tail[m[2]:m[3]], true
	}
	return 0, "", false
}

// lowerSubjectRe finds a subject begun in lower case.
var lowerSubjectRe = lazyre.New(`\s(?:về|quy định|sửa đổi|ban hành|phê duyệt|hướng dẫn|bãi bỏ|kiện toàn|chấp thuận|phân công|thành lập|điều chỉnh|công bố)\s`)

// docNameBefore reports whether head ends with the type name of a
// document, whose name the next capitalised word starts: "Luật".
func docNameBefore(head string) bool {
	head = strings.TrimRight(head, " ")
	for _, t := range cite.TypeNames() {
		if strings.HasSuffix(head, " "+t) || head == t {
			return true
		}
	}
	return false
}

// citationClauseEnd is where the clause of a citation ends in what follows it: a
// semicolon, or a period that ends a sentence; -1 when it runs on.
func citationClauseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';':
			return i
		case '.':
			if i+1 == len(s) || s[i+1] == ' ' {
				return i
			}
		}
	}
	return -1
}

// sentenceStart reports whether byte off of s starts a sentence: nothing
// but a list marker before it, or a stop, a colon, a bracket or a quote.
func sentenceStart(s string, off int) bool {
	head := strings.TrimRight(s[:off], " ")
	if head == "" || cite.HasMarker(s) && strings.TrimSpace(s[:off]) == strings.TrimSpace(markerOf(s)) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return strings.ContainsRune(".:;!?(“\"", r)
}

// markerOf is the numbering marker a text starts with, as written.
func markerOf(s string) string {
	m, _ := cite.ParseMarker(s)
	return m
}
