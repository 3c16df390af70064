package cite

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// Citation is a reference to an earlier document found in text:
//
//	Quyết định số 26/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND huyện về ...
//	<Type>     <So> <Number>  ngày <Date>    của <Issuer>            về <Subject>
type Citation struct {
	Type    string // the type name as written, "" when none stands before the number
	TypeOff int    // byte offset of Type, -1 when Type is ""
	HasSo   bool   // "số" is written before the number
	Number  Number
	Off     int    // byte offset of the number
	End     int    // byte offset after the number
	Date    Date   // zero when no date follows (or is shared with the next number)
	DateOff int    // byte offset of the date, -1 when none
	Issuer  string // after "của", "" when none
	Subject string // after "về", "" when none
	Shared  bool   // the date and issuer were taken from the next number of a list
}

// Start returns where the citation begins: its type name, else its number.
func (c Citation) Start() int {
	if c.TypeOff >= 0 {
		return c.TypeOff
	}
	return c.Off
}

var (
	// numberRe matches a document number: "26/QĐ-UBND", "30/2020/NĐ-CP",
	// "13-NQ/TU", "01-KH/TBTT-PV" (a Party body's unit after its own
	// code). A code needs a letter, so dates ("09/01/2023") and scores
	// ("24/30") do not match.
	numberRe = lazyre.New(numberPattern)
	// typeRe matches the type names, longest first.
	typeRe = lazyre.New(`(?i)(?:` + strings.Join(quoteAll(TypeNames()), "|") + `)`)
	// a list joiner between two numbers: " và số ", ", số ", "; số ".
	joinRe = lazyre.New(`(?i)^[\s\x{00A0}]*(?:và|,|;)[\s\x{00A0}]*(?:số[\s\x{00A0}]+)?$`)
	soRe   = lazyre.New(`(?i)(?:^|[\s\x{00A0}(:;,])số:?[\s\x{00A0}]*$`)
	// nextSoRe is what follows the ";" before the next number of a list:
	// "số" alone; "; Văn bản số" names a document of its own.
	nextSoRe = lazyre.New(`(?i)^[\s\x{00A0}]*(?:và[\s\x{00A0}]+)?số[\s\x{00A0}]*$`)
)

// numberPattern is numberRe's pattern.
const numberPattern = `\d{1,6}[a-zA-Z]?(?:/\d{4})?/[&\p{L}][\d&\p{L}]*(?:-[\d&\p{L}]+)*|\d{1,6}-[\p{L}]+/[\p{L}][\d\p{L}]*(?:-[\d\p{L}]+)*`

// slashLetter reports whether s has a "/" followed by a letter or "&":
// every match of numberRe has one ("26/QĐ-UBND", "13-NQ/TU"), and dates
// ("28/02/2023") have none, so most texts need not be searched.
func slashLetter(s string) bool {
	for i := strings.IndexByte(s, '/'); i >= 0; {
		r, _ := utf8.DecodeRuneInString(s[i+1:])
		if r == '&' || unicode.IsLetter(r) {
			return true
		}
		k := strings.IndexByte(s[i+1:], '/')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = regexp.QuoteMeta(x)
	}
	return out
}

// issuerStops end an issuer name: a following clause, a list, the end of
// a sentence; the words that open a sentence's predicate after the
// citation ends its subject ("Các nhiệm vụ giao tại Thông báo số ... của
// Văn phòng Ủy ban nhân dân tỉnh cơ bản được thực hiện", "... của Sở Tài
// chính trước ngày 20/12/2026"): a passive's "được", the adverb "cơ
// bản", a deadline's "trước".
var issuerStops = []string{" về ", " ban hành", " phê duyệt", " quy định", " hướng dẫn", " tại ", " để ", " đã ", " trên ", " theo ", " đến ", " và ", " thực hiện", " được ", " cơ bản ", " trước ", " (", ",", ";", ":", ")", "."}

// FindCitations returns the citations of documents in s, in order.
func FindCitations(s string) []Citation {
	if !slashLetter(s) {
		return nil // every document number has a slash and a letter after it
	}
	locs := findNumbers(s) // numberRe().FindAllStringIndex(s, -1)
	var out []Citation
	for _, m := range locs {
		n, e, whole := slashCode(s, m[0], m[1]) // "318/UBND/KT" (slash_code.go)
		if whole {
			m = []int{m[0], e}
		} else if !numberBoundary(s, m[0], m[1]) {
			continue
		}
		var err error
		if !whole {
			n, err = ParseNumber(s[m[0]:m[1]])
		}
		if err != nil {
			var ok bool
			if n, ok = letteredNumber(s[m[0]:m[1]]); ok {
			} else if n, ok = singleCode(s, m[0], m[1], out); !ok {
				continue
			}
		}
		c := Citation{Number: n, Off: m[0], End: m[1], TypeOff: -1, DateOff: -1}
		c.HasSo = soRe().MatchString(s[max(0, m[0]-12):m[0]])
		c.Type, c.TypeOff = typeBefore(s, m[0], out)
		if c.Type == "" || strayType(c.Type, n) { // type_words_gap.go
			if t, off := wordsTypeBefore(s, m[0], n); t != "" {
				c.Type, c.TypeOff = t, off
			}
		}
		rest := s[m[1]:]
		lead := hourBefore(rest) // "Công điện số 07/CĐ-PCTT hồi 14h00 ngày 15/6/2022"
		if lead == 0 && straySlash(rest) {
			lead = 1 // "103/2017/NĐ-CP/ ngày 12 tháng 9 năm 2017"
		}
		rest = rest[lead:]
		if dm := dateAfter(rest); dm != nil {
			c.Date = dateFromGroups(submatches(rest, dm[2:]))
			c.DateOff = m[1] + lead + dm[2]
			if dm[2] < 0 {
				c.DateOff = m[1] + lead + dm[8]
			}
			rest = rest[dm[1]:]
		} else if n.Family == Party {
			if pm := partyDateRe().FindStringSubmatchIndex(rest); pm != nil {
				g := submatches(rest, pm[2:])
				c.Date = dateFromGroups([]string{g[0], g[1], g[2], "", "", ""})
				c.DateOff = m[1] + pm[2]
				rest = rest[pm[1]:]
			}
		}
		c.Issuer, c.Subject = tail(rest)
		out = append(out, c)
	}
	shareAcrossLists(s, out)
	for i := range out {
		if i+1 < len(out) {
			next := out[i+1].Start()
			if next < out[i].End {
				next = out[i+1].Off // a list member: its type is the list's
			}
			out[i].Subject = before(out[i].Subject, s[out[i].End:], next-out[i].End)
		}
	}
	return out
}

// before shortens a subject that runs into the next citation: rest is the
// text after the number, and next the offset in rest of the next citation.
func before(subject, rest string, next int) string {
	i := strings.Index(rest, subject)
	if i < 0 || i+len(subject) <= next {
		return subject
	}
	if next <= i {
		return ""
	}
	return trimConnectors(rest[i:next])
}

// trimConnectors removes the words that join a subject to the next
// citation: "... năm 2023 và", "...; số".
func trimConnectors(s string) string {
	for {
		t := strings.TrimRight(s, " \u00a0;,:")
		for _, w := range []string{" và", " số", " Số", " các", " tại"} {
			t = strings.TrimSuffix(t, w)
		}
		if t == s {
			return s
		}
		s = t
	}
}

// numberBoundary rejects numbers glued into longer tokens.
func numberBoundary(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '-' {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func submatches(s string, idx []int) []string {
	out := make([]string, len(idx)/2)
	for i := range out {
		if idx[2*i] >= 0 {
			out[i] = s[idx[2*i]:idx[2*i+1]]
		}
	}
	return out
}

// typeBefore finds the type name a number belongs to: right before it
// ("Quyết định số 26/..."), before a list it is part of ("các Nghị quyết:
// số 01/NQ-CP và số 02/NQ-CP"), or before "của ...:" ("Nghị quyết của
// Chính phủ: Số 01/NQ-CP ...; số 02/NQ-CP ...").
func typeBefore(s string, at int, prev []Citation) (string, int) {
	if start, end := lastType(s, at); start >= 0 && typeGap(s[end:at]) {
		if k := LetterBefore(s, start, end); k >= 0 {
			return s[k : start-1], k // "công văn hướng dẫn số ...": a Công văn
		}
		return s[start:end], start
	}
	// A later number of a list takes the type of the list's first number.
	if k := len(prev) - 1; k >= 0 && prev[k].Type != "" {
		between := s[prev[k].End:at]
		if listContinues(between) {
			return prev[k].Type, prev[k].TypeOff
		}
	}
	return "", -1
}

// typeWindow is how far before a number its type name is looked for.
const typeWindow = 120

// lastType finds the last type name that ends before at, within
// typeWindow bytes: the longest where several end at the same place.
func lastType(s string, at int) (start, end int) {
	from := max(0, at-typeWindow)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	window := s[from:at]
	var buf [2 * typeWindow]byte // the window in lower case, without allocating
	lower := lowerInto(buf[:0], window)
	if len(lower) != len(window) {
		lower = append(lower[:0], window...) // a case change moved bytes: search as written
	}
	start, end = -1, -1
	names := lowerTypeNames()
	var lastBuf [64]int
	last := lastIndexes(lower, names, lastBuf[:0])
	for k, name := range names {
		i := last[k] // strings.LastIndex(lower, name)
		if i < 0 || i > 0 && letterBefore(lower, i) || letterAt(lower, i+len(name)) {
			continue
		}
		if e := i + len(name); e > end || e == end && i < start {
			start, end = i, e
		}
	}
	if start < 0 {
		return -1, -1
	}
	return from + start, from + end
}

// lowerInto appends strings.ToLower(s) to dst: each character lowered by
// unicode.ToLower, a byte that is not UTF-8 written as U+FFFD.
func lowerInto(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// lastIndexes is strings.LastIndex(s, name) of each name, from one pass
// over s that tries at each byte only the names starting with it,
// appended to dst.
func lastIndexes(s []byte, names []string, dst []int) []int {
	last := dst
	for range names {
		last = append(last, -1)
	}
	byFirst := typeNamesByFirst()
	for i := 0; i < len(s); i++ {
		for _, k := range byFirst[s[i]] {
			if n := names[k]; len(s)-i >= len(n) && string(s[i:i+len(n)]) == n {
				last[k] = i
			}
		}
	}
	return last
}

// typeNamesByFirst lists, for each byte, the indexes in lowerTypeNames of
// the names that start with it.
var typeNamesByFirst = sync.OnceValue(func() *[256][]int {
	var t [256][]int
	for k, n := range lowerTypeNames() {
		t[n[0]] = append(t[n[0]], k)
	}
	return &t
})

// lowerTypeNames are the type names in lower case, longest first.
var lowerTypeNames = sync.OnceValue(func() []string {
	var out []string
	for _, n := range TypeNames() {
		out = append(out, strings.ToLower(n))
	}
	return out
})

// letterBefore reports whether a letter ends s[:i].
func letterBefore(s []byte, i int) bool {
	r, _ := utf8.DecodeLastRune(s[:i])
	return unicode.IsLetter(r)
}

// letterAt reports whether a letter starts s[i:].
func letterAt(s []byte, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRune(s[i:])
	return unicode.IsLetter(r)
}

// listContinues reports whether the text between two numbers keeps them
// in one list: "và số", ", số", or a date and subject then "; số".
func listContinues(between string) bool {
	if joinRe().MatchString(between) {
		return true
	}
	i := strings.LastIndex(between, ";")
	return i >= 0 && !strings.ContainsAny(between[:i], ".") && nextSoRe().MatchString(between[i+1:]) && len(between) < 400
}

// tail reads " của <issuer>" and " về <subject>" after a number or date.
func tail(rest string) (issuer, subject string) {
	t := strings.TrimLeft(rest, " \u00a0")
	if strings.HasPrefix(t, "của ") {
		t = t[len("của "):]
		// cut(t, issuerStops, 80) in one walk (issuer_cut.go)
		issuer = cutIssuer(t, 80)
		if m := typeNameAt(issuer); m > 0 && unicode.IsUpper(firstRune(issuer[m:])) { // typeRe().FindStringIndex(issuer)
			issuer = issuer[:m]
		}
		t = strings.TrimLeft(t[len(issuer):], " ")
		issuer = strings.TrimSpace(issuer)
	}
	if strings.HasPrefix(t, "về ") {
		subject = strings.TrimSpace(cut(t[len("về "):], []string{";", ". ", "\n"}, 300))
		subject = strings.TrimRight(subject, ".")
	}
	return issuer, subject
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// cut returns s up to the first stop, and at most limit bytes. It looks
// no further than a stop starting before limit can reach: a text of
// thousands of citations must not be searched to its end for each.
func cut(s string, stops []string, limit int) string {
	w := limit
	for _, st := range stops {
		w = max(w, limit+len(st))
	}
	window := s[:min(len(s), w)]
	end := len(s)
	for _, st := range stops {
		if i := strings.Index(window, st); i >= 0 && i < end {
			end = i
		}
	}
	return limitCut(s, end, limit)
}

// limitCut returns s up to end, and at most limit bytes, not parting a
// letter.
func limitCut(s string, end, limit int) string {
	if end > limit {
		end = limit
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
	}
	return s[:end]
}

// shareAcrossLists gives a number with no date of its own the date and
// issuer of the next number in its list: "số 01/NQ-CP và số 02/NQ-CP ngày
// 05/01/2024 của Chính phủ".
func shareAcrossLists(s string, cs []Citation) {
	for i := len(cs) - 2; i >= 0; i-- {
		c, next := &cs[i], cs[i+1]
		if c.DateOff >= 0 || next.DateOff < 0 {
			continue
		}
		if joinRe().MatchString(s[c.End:next.Off]) {
			c.Date, c.Issuer, c.Shared = next.Date, next.Issuer, true
			if c.Subject == "" {
				c.Subject = next.Subject
			}
		}
	}
}
