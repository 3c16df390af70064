package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "citation-form", Severity: diag.Warning, Ref: diag.Practice, Run: citationForm,
		Title: diag.Msg("lời viện dẫn viết liền: không dấu phẩy giữa số và ngày, giữa khoản và Điều, không dấu hai chấm sau chữ \"số\", viết \"về việc\" chứ không viết \"V/v\"",
			"a citation runs on: no comma between its number and its date or between a khoản and its Điều, no colon after \"số\", \"về việc\" and not \"V/v\""),
		Help: diag.Msg("viết lời viện dẫn theo thứ tự liền mạch: \"Quyết định số 26/QĐ-UBND ngày 23/4/2026 của ... về việc ...\", \"điểm a khoản 2 Điều 103 của Bộ luật Hình sự\"",
			"write the citation as one run: \"Quyết định số 26/QĐ-UBND ngày 23/4/2026 của ... về việc ...\", \"điểm a khoản 2 Điều 103 của Bộ luật Hình sự\"")})
}

// A citation names a document in one run, "<tên loại> số <số, ký hiệu>
// ngày <ngày> của <cơ quan> về <trích yếu>": Phụ lục I, Mục II, khoản 6,
// điểm b lists what it gives, and every citation in the decree's own text
// and in the real notices of testdata runs so, with no mark inside
// (practice); a part of a document is cited from the smallest up with no
// mark between, "điểm a khoản 2 Điều 103 ... của Bộ luật Hình sự" (Phụ
// lục II's example), and "V/v" is the Công văn's, before its trích yếu
// (Phụ lục I, Mục II, khoản 5). Offices slip a comma between the
// number and its date ("số 4434/ĐHĐN, ngày 28 tháng 7 năm 2014") or
// between a khoản and its Điều ("khoản 1, Điều 49 Nghị định số ..."), a
// colon after "số" as on the number line of their own header
// ("Quyết định số: 20/QĐ-TH"), and the "V/v" of a Công văn's trích yếu
// into a sentence ("... của UBND tỉnh Quảng Ninh V/v tiếp tục ...").
var (
	// partCommaRe matches, at a part of a document, a comma between it
	// and the larger part or the document it belongs to: "khoản 3, Điều
	// 53", "điểm a, khoản 2", "Điều 107, Luật Tổ chức ...", "Điều 21,
	// Văn bản hợp nhất Luật ...", "Điều 15, Quy chế về tổ chức ...": the
	// kinds a part is cited of, a Quy chế and an Điều lệ as a law. A comma
	// between parts of one level is a list ("khoản 1, khoản 3 Điều 4",
	// "Điều 27, Điều 28").
	partCommaRe = lazyre.Build(func() string {
		docs := `(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Hiến pháp|Văn bản hợp nhất|Quy chế|Điều lệ)\s`
		return `\A(?:[Đđ]iểm\s+(?:[a-z]\b|đ)(\s*,\s*)(?:[Kk]hoản\s+\d{1,3}|[Đđ]iều\s+\d{1,3}|` + docs + `)` +
			`|[Kk]hoản\s+\d{1,3}[a-z]?(\s*,\s*)(?:[Đđ]iều\s+\d{1,3}|Chương\s+(?:[IVXLC]+|\d+)|` + docs + `)` +
			`|[Đđ]iều\s+\d{1,3}[a-z]?(\s*,\s*)(?:Chương\s+(?:[IVXLC]+|\d+)|` + docs + `))`
	})
)

// formSlip is a slip of a citation's form found in a paragraph, before
// the paragraph is known to stand outside a quotation.
type formSlip struct {
	off      int
	ref      string // "" for the rule's own
	msg, fix diag.Text
}

func citationForm(p *Pass) {
	segs := p.View.textSegs()
	var inQuote map[diag.Pos]bool // worked out at the first slip: most notices have none
	var slips []formSlip
	for _, seg := range segs {
		switch seg.Role {
		case RoleHeader, RoleTitle, RoleArchive, RoleSigner, RoleName:
			continue
		}
		slips = partCommas(seg, slips[:0])
		slips = soForms(seg, slips, p.View.Party)
		slips = lawCodeHyphens(seg, slips)      // citation_law_code_hyphen.go
		slips = codeSlashes(p.View, seg, slips) // citation_code_slash.go
		if seg.Role != RoleSubject && seg.Role != RoleRecipient {
			slips = vvInSentence(seg, slips)
		}
		if len(slips) == 0 {
			continue
		}
		if inQuote == nil && !p.View.FromTOML {
			inQuote = p.View.quotationsIn(segs).inside
		}
		if inQuote[seg.PosAt(0)] {
			continue // a paragraph inside a quotation that runs over paragraphs
		}
		for _, f := range slips {
			if f.ref != "" {
				p.ReportAtRef(seg.PosAt(f.off), f.ref, f.msg, f.fix)
			} else {
				p.Report(seg, f.off, f.msg, f.fix)
			}
		}
	}
}

// partCommas finds a comma between a part of a document and what it
// belongs to, once for each run of parts.
func partCommas(seg *Seg, out []formSlip) []formSlip {
	s := seg.Text
	end := -1 // the end of the last run reported
	for c := strings.IndexByte(s, ','); c >= 0; c = nextByte(s, ',', c) {
		j := partBefore(s, c)
		if j < end || j < 0 {
			continue
		}
		m := partCommaRe().FindStringSubmatchIndex(s[j:])
		if m == nil || quoted(s, j) {
			continue
		}
		end = j + m[1]
		run := strings.TrimRight(s[j:end], " \u00a0")
		fixed := strings.Join(strings.Fields(strings.Replace(run, ",", " ", 1)), " ")
		out = append(out, formSlip{c, diag.RefCapitals, diag.Msg("%q: không đặt dấu phẩy giữa các phần của một lời viện dẫn", "%q: no comma between the parts of one citation", run),
			diag.Msg("viết %q, từ phần nhỏ đến phần lớn, không có dấu phẩy", "write %q, from the smallest part up, with no comma", fixed)})
	}
	return out
}

// partBefore is where the part of a document whose number ends right
// before the comma at c starts ("khoản 3" of "khoản 3, Điều 18"); -1 when
// no part stands there.
func partBefore(s string, c int) int {
	head := strings.TrimRight(s[:c], " ")
	i := strings.LastIndexByte(head, ' ')
	if i < 0 || len(head)-i > 5 {
		return -1 // the number or letter of a part is short
	}
	word := strings.TrimRight(head[:i], " ")
	for _, w := range [...]string{"khoản", "Khoản", "điểm", "Điểm", "Điều", "điều"} {
		if strings.HasSuffix(word, w) {
			return len(word) - len(w)
		}
	}
	return -1
}

// nextByte is the offset of the next b in s after i; -1 when none.
func nextByte(s string, b byte, i int) int {
	k := strings.IndexByte(s[i+1:], b)
	if k < 0 {
		return -1
	}
	return i + 1 + k
}

// soRunRe matches, at "số", "số" before a document's number, with a colon after it
// (group 1) and a comma between the number and "ngày" (group 2). The
// number is read as cite reads one, and also bare ("4434/ĐHĐN"). soRun
// reads it without compiling it: the expression stays for the tests.
var soRunRe = lazyre.New(`\Asố(\s*:)?[ \x{00A0}]*(?:\d{1,6}(?:/\d{4})?/[&\p{L}][\d&.\p{L}]*(?:-[\d&.\p{L}]+)*|\d{1,6}-[\p{L}]+/[\p{L}][\d\p{L}]*)(\s*,\s*)?(?:ngày\s+\d)?`)

// soRun is soRunRe().FindStringSubmatchIndex(s). Each part of the
// expression reads one way only: the optional colon, when there, is the
// only way on (the number starts with a digit); the spaces and the
// digits, one to six, end where a digit and "/" or "-" must stand; the
// code's runs, greedy, are the match whatever follows, as what follows is
// optional; the comma, then "ngày", a space and a digit, are each taken
// when they are there.
func soRun(s string) []int {
	if !strings.HasPrefix(s, "số") {
		return nil
	}
	m := []int{0, 0, -1, -1, -1, -1}
	i := len("số")
	if k := reSpaces(s, i); k < len(s) && s[k] == ':' {
		m[2], m[3] = i, k+1
		i = k + 1
	}
	for i < len(s) {
		if s[i] == ' ' {
			i++
		} else if strings.HasPrefix(s[i:], "\u00a0") {
			i += len("\u00a0")
		} else {
			break
		}
	}
	j := i
	for j < len(s) && j-i < 6 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i || j >= len(s) {
		return nil
	}
	switch s[j] {
	case '/':
		i = j + 1
		if k := i + 4; k < len(s) && s[k] == '/' && allDigits(s[i:k]) {
			i = k + 1
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); i >= len(s) || r != '&' && !isLetter(r) {
			return nil
		}
		for {
			i = soCodeRun(s, i)
			if i+1 >= len(s) || s[i] != '-' || soCodeRun(s, i+1) == i+1 {
				break
			}
			i++
		}
	case '-':
		k := soLetters(s, j+1, false)
		if k == j+1 || k >= len(s) || s[k] != '/' {
			return nil
		}
		if r, _ := utf8.DecodeRuneInString(s[k+1:]); k+1 >= len(s) || !isLetter(r) {
			return nil
		}
		i = soLetters(s, k+1, true)
	default:
		return nil
	}
	if k := reSpaces(s, i); k < len(s) && s[k] == ',' {
		m[4], m[5] = i, reSpaces(s, k+1)
		i = m[5]
	}
	if strings.HasPrefix(s[i:], "ngày") {
		k := reSpaces(s, i+len("ngày"))
		if k > i+len("ngày") && k < len(s) && s[k] >= '0' && s[k] <= '9' {
			i = k + 1
		}
	}
	m[1] = i
	return m
}

// reSpaces returns the end of the run of \s ([\t\n\f\r ]) at i.
func reSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// allDigits reports whether s is ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// soCodeRun returns the end of the run of [\p{L}\d&.] at i.
func soCodeRun(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= '0' && c <= '9' || c == '&' || c == '.' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) {
			return i
		}
		i += n
	}
	return i
}

// soLetters returns the end of the run of \p{L} (and \d, with digits) at i.
func soLetters(s string, i int, digits bool) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) && !(digits && r >= '0' && r <= '9') {
			return i
		}
		i += n
	}
	return i
}

// lawNumberLine reports whether "số:" stands in a law's own number line,
// where the colon belongs: "Luật số: 64/2025/QH15" alone on its line or
// its cell (Luật Ban hành văn bản quy phạm pháp luật 2025, Điều 7; the
// same for a Bộ luật and a Pháp lệnh). head is what stands before "số",
// rest what follows the number.
func lawNumberLine(head, rest string) bool {
	switch head {
	case "Luật", "Bộ luật", "Pháp lệnh":
	default:
		return false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	return rest == "" || strings.HasPrefix(rest, "|")
}

// soForms finds, in a citation, a colon after "số" ("Quyết định số:
// 20/QĐ-TH") or between the tên loại and "số" ("Công văn: số 3335/..."),
// the colon of the number line ("Số: 05/TB-UBND") and not of a sentence,
// and a comma between the number and its date ("số 4434/ĐHĐN, ngày 28
// tháng 7 năm 2014"), but not in a Party document (party), whose
// citations write that comma (Hướng dẫn 36-HD/VPTW: "Nghị quyết số
// 18-NQ/TW, ngày 25-10-2017 của ...").
func soForms(seg *Seg, out []formSlip, party bool) []formSlip {
	s := seg.Text
	if strings.IndexByte(s, '/') < 0 {
		return out // every number this reads has a slash
	}
	var found [][]int
	for i := indexLit(s, "số"); i >= 0; i = nextSo(s, i) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i+len("số"):], " \u00a0")); r != ':' && !unicode.IsDigit(r) {
			continue // no number after "số"
		}
		if m := soRun(s[i:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			found = append(found, m)
		}
	}
	prevEnd := -1
	for _, m := range found {
		// "Công văn số 12/UBND ngày ... và Công văn số 15/UBND ..., về
		// việc ...": the trích yếu the two share may stand after a comma
		shared := prevEnd >= 0 && prevEnd <= m[0] && strings.Contains(s[prevEnd:m[0]], " và ") && !strings.ContainsAny(s[prevEnd:m[0]], ",;.:")
		prevEnd = m[1]
		if m[0] > 0 && s[m[0]-1] != ' ' && s[m[0]-1] != '(' || quoted(s, m[0]) {
			continue // "số" inside a word, or quoted
		}
		head := strings.TrimRight(s[:m[0]], " \u00a0")
		number := strings.TrimLeft(s[m[0]+len("số"):m[1]], ": \u00a0")
		if k := strings.IndexAny(number, ", "); k >= 0 {
			number = number[:k]
		}
		switch {
		case m[2] >= 0 && head != "" && !plural(head) && !strings.HasSuffix(head, "(") && endsInLetter(head) && !lawNumberLine(head, s[m[1]:]):
			out = append(out, formSlip{m[2] + strings.IndexByte(s[m[2]:], ':'), "", diag.Msg("dấu hai chấm sau chữ \"số\" trong lời viện dẫn %s", "a colon after \"số\" in the citation of %s", number),
				diag.Msg("xóa dấu hai chấm: \"số %s\"; dấu hai chấm sau chữ \"Số\" chỉ có ở dòng số, ký hiệu của chính văn bản", "delete the colon: \"số %s\"; \"Số:\" belongs on the document's own number line", number)})
		case m[2] < 0 && strings.HasSuffix(head, ":") && endsWithType(strings.TrimRight(head[:len(head)-1], " \u00a0")) && !plural(head):
			out = append(out, formSlip{len(head) - 1, "", diag.Msg("dấu hai chấm giữa tên loại và chữ \"số\" trong lời viện dẫn %s", "a colon between the tên loại and \"số\" in the citation of %s", number),
				diag.Msg("xóa dấu hai chấm: \"... số %s\"", "delete the colon: \"... số %s\"", number)})
		}
		if m[4] >= 0 && strings.HasPrefix(s[m[5]:m[1]], "ngày") && !party {
			out = append(out, formSlip{m[4] + strings.IndexByte(s[m[4]:], ','), "", diag.Msg("dấu phẩy giữa số %s và ngày ban hành", "a comma between the number %s and its date", number),
				diag.Msg("xóa dấu phẩy: \"số %s ngày ...\"", "delete the comma: \"số %s ngày ...\"", number)})
		}
		from := m[1]
		if m[4] >= 0 && !strings.HasPrefix(s[m[5]:m[1]], "ngày") {
			from = m[4] // soRun took the comma right after the number
		}
		if c := subjectComma(s, from); c >= 0 && !party && !shared {
			out = append(out, formSlip{c, "", diag.Msg("dấu phẩy giữa lời viện dẫn văn bản số %s và trích yếu \"về việc ...\"", "a comma between the citation of %s and its trích yếu \"về việc ...\"", number),
				diag.Msg("xóa dấu phẩy: \"số %s ... về việc ...\"", "delete the comma: \"số %s ... về việc ...\"", number)})
		}
	}
	return out
}

// nextSo is the offset of the next "số" in s after the one at i; -1
// when none.
func nextSo(s string, i int) int {
	k := strings.Index(s[i+len("số"):], "số")
	if k < 0 {
		return -1
	}
	return i + len("số") + k
}

// endsInLetter reports whether head ends with a word: "số" stands inside a
// sentence, not at the head of a line.
func endsInLetter(head string) bool {
	r, _ := utf8.DecodeLastRuneInString(head)
	return isLetter(r)
}

// endsWithType reports whether s ends with the tên loại of a document.
func endsWithType(s string) bool {
	for _, t := range cite.TypeNames() {
		if len(s) >= len(t) && strings.EqualFold(s[len(s)-len(t):], t) && (len(s) == len(t) || s[len(s)-len(t)-1] == ' ' || s[len(s)-len(t)-1] == '(') {
			return true
		}
	}
	return false
}

// plural reports whether the words before a colon name documents in the
// plural ("các Quyết định:", "các Thông tư liên tịch:"), whose colon
// opens a list of numbers. The window spans the longest tên loại, four
// words, and the "các" before it.
func plural(s string) bool {
	words := strings.Fields(s)
	for i := len(words) - 1; i >= 0 && i >= len(words)-5; i-- {
		if w := strings.ToLower(words[i]); w == "các" || w == "những" {
			return true
		}
	}
	return false
}

// vvInSentence finds "V/v" inside a sentence: the abbreviation is the
// Công văn's before its trích yếu (Phụ lục I, Mục II, khoản 5, điểm b);
// a sentence citing a document writes "về việc".
func vvInSentence(seg *Seg, out []formSlip) []formSlip {
	s := seg.Text
	for from := 0; ; {
		i := indexLit(s[from:], "/v ")
		if i < 0 {
			return out
		}
		at := from + i - 1
		from += i + 3
		if at < 1 || s[at] != 'V' && s[at] != 'v' || s[at-1] != ' ' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:at], " "))
		if !isLetter(prev) && !unicode.IsDigit(prev) || quoted(s, at) {
			continue // "V/v" opens the text, a bracket or a line of its own
		}
		out = append(out, formSlip{at, diag.RefSubject, diag.Msg("\"%s\" trong câu: viết \"về việc\"", "\"%s\" inside a sentence: write \"về việc\"", s[at:at+3]),
			diag.Msg("viết \"về việc\"; \"V/v\" chỉ đứng đầu trích yếu của công văn", "write \"về việc\"; \"V/v\" only opens a Công văn's trích yếu")})
	}
}

// dateAndIssuer reports whether between, the words between a cited
// number and a comma, are the citation's date and issuer only: "ngày
// 29/11/2021 của Thanh tra tỉnh". A verb ("gửi Phòng Tài chính") or
// another document ("và Công văn số 15/UBND") between makes the "về
// việc" after the comma the sentence's, or the documents', and the comma
// may stand (rv60).
func dateAndIssuer(between string) bool {
	t := strings.TrimLeft(between, " \u00a0")
	for {
		t = strings.TrimLeft(t, "0123456789/.- \u00a0")
		w, _, _ := strings.Cut(t, " ")
		if w != "ngày" && w != "tháng" && w != "năm" {
			break
		}
		t = t[len(w):]
	}
	return t == "" || strings.HasPrefix(t, "của ") && !strings.Contains(t, " số ")
}

// subjectComma is where a comma parts a cited document from its trích
// yếu, from at, the end of its number (or of "ngày" and the date's first
// figure) on: "Kết luận số 17/KL-TTr ngày 29/11/2021 của Thanh tra tỉnh,
// về việc quản lý ...", "Công văn số 396/KTNN-TH, về việc gửi ...". The
// date and the issuer between hold no mark of their own (an issuer
// whose name holds a comma, "Sở Văn hóa, Thể thao và Du lịch", is left),
// and "về việc" opens the trích yếu, not "về việc này". -1 when none.
func subjectComma(s string, at int) int {
	rest := s[at:]
	k := strings.IndexAny(rest, ",;:.()“”\"")
	if k < 0 || rest[k] != ',' || k > 240 || !dateAndIssuer(rest[:k]) {
		return -1
	}
	after := strings.TrimLeft(rest[k+1:], " \u00a0")
	if !strings.HasPrefix(after, "về việc ") {
		return -1
	}
	next := strings.Fields(after[len("về việc "):])
	if len(next) == 0 || next[0] == "này" || next[0] == "đó" || next[0] == "trên" {
		return -1
	}
	return at + k
}
