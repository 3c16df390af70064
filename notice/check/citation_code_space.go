package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "citation-code-space", Severity: diag.Warning, Ref: diag.RefNumber, Run: citationCodeSpace,
		Title: diag.Msg("số, ký hiệu của văn bản được viện dẫn viết liền, không có dấu cách", "a cited document's number and code are written without spaces"),
		Help:  diag.Msg("viết liền số và ký hiệu: \"1498-CV/HU\", \"906/KT-KĐ\"", "write the number and code without spaces: \"1498-CV/HU\", \"906/KT-KĐ\"")})
}

// citationCodeSpace reports a space typed inside the number and code of
// a document the body cites ("công văn số 1498- CV/ HU", "văn bản số
// 906/KT- KĐ", "Chỉ thị số 02/2020/CT – CA", an en dash spaced for the
// hyphen): a số, ký hiệu joins its parts with "/" and "-" alone.
// A space typed for the "/" before the kind is said too ("Quyết định số
// 12 QĐ-UBND", "Thông tư số 22/2021 TT-BGDĐT"). Only a code that holds a
// "/", or a document kind's code and a "-" after the space, and whose
// parts are codes (capitals and digits, "TTg") is read, so "số 3 - Tổ
// dân phố", "số 22/2021 trong đó" and a blank left to fill are no code.
func citationCodeSpace(p *Pass) {
	for _, seg := range p.View.textSegs() {
		for _, c := range spacedCodes(p.View, seg) {
			if c.wrapped {
				continue // "15/KH-" at a line's end, "UBND" at the next one's start: a line wrapped, no space typed
			}
			p.Report(seg, c.at, diag.Msg("số, ký hiệu %q có dấu cách", "the number and code %q hold a space", c.code),
				diag.Msg("viết %q", "write %q", c.joined))
		}
	}
}

// spacedCodeAt is a number and code after "số" with a space beside its
// "/" or "-": where it starts, where the space is, as written and joined.
type spacedCodeAt struct {
	start, at    int
	code, joined string
	kind         string // the tên loại right before the number, "số" left out ("Chỉ thị 06/CT- TTg"); "" after "số"
	// wrapped: every space in the code is where the source's line breaks
	// ("15/KH-" ending a line, "UBND" opening the next, as a hand-wrapped
	// text or pdftotext writes it): the reader joined the lines with a
	// space no one typed. Still a code, which other rules leave alone.
	wrapped bool
}

// spacedCodes returns the spaced codes citationCodeSpace reports in seg.
// They are read once a text (rules ask for them in eight places, some at
// each word) and shared: callers must not change the slice.
func spacedCodes(v *View, seg *Seg) []spacedCodeAt {
	if seg.Role == RoleArchive || !strings.Contains(seg.Text, "/") && !strings.Contains(seg.Text, "-") {
		return nil
	}
	x := v.index(seg.Text)
	if !x.codesRead {
		x.codes, x.codesRead = readSpacedCodes(v, seg), true
	}
	return x.codes
}

// readSpacedCodes is spacedCodes' reading of seg, whose text holds a "/"
// or a "-".
func readSpacedCodes(v *View, seg *Seg) []spacedCodeAt {
	var out []spacedCodeAt
	so := v.holds(seg.Text, litSo) // a line in capitals ("QUYẾT ĐỊNH SỐ 68/2010/QĐ-UBND NGÀY") is left
	for _, w := range v.words(seg.Text) {
		kind := ""
		if c := w.text[0]; !so || c != 's' && c != 'S' && c != 0xC5 || !strings.EqualFold(w.text, "số") { // only "s", "S" and "ſ" (0xC5 0xBF) fold to "s"
			if kind = typeNameBeforeNumber(seg.Text, w.end); kind == "" {
				continue
			}
		}
		start := w.end
		for start < len(seg.Text) && seg.Text[start] == ' ' {
			start++
		}
		named := kind != "" || typeNameEnding(strings.TrimRight(seg.Text[:w.off], " ")) != ""
		code, joined, at := spacedCode(seg.Text[start:], named)
		if at >= 0 {
			out = append(out, spacedCodeAt{start: start, at: start + at, code: code, joined: joined, kind: kind, wrapped: wrappedOnly(seg, start, code)})
		}
	}
	return out
}

// wrappedOnly reports whether each run of spaces in code, which stands at
// byte start of seg's text, parts two lines of the source: the character
// before it on one line, the character after it on a later one.
func wrappedOnly(seg *Seg, start int, code string) bool {
	if seg.oneLine {
		return false
	}
	runs := 0
	for i := 0; i < len(code); i++ {
		if code[i] != ' ' {
			continue
		}
		j := i
		for j < len(code) && code[j] == ' ' {
			j++
		}
		if i == 0 || j == len(code) || seg.LineAt(start+i-1) == seg.LineAt(start+j) {
			return false
		}
		runs++
		i = j
	}
	return runs > 0
}

// typeNameBeforeNumber reports whether text, up to end (a word's end),
// ends with a document's tên loại ("Chỉ thị", "chỉ thị") and a number
// follows it after one space with no "số" between ("Chỉ thị 06/CT- TTg"):
// the number and code cited there are read as after "số". It returns the
// tên loại as written, "" when there is none.
func typeNameBeforeNumber(text string, end int) string {
	if end+1 >= len(text) || text[end] != ' ' || !isDigit(text[end+1]) {
		return ""
	}
	return typeNameEnding(text[:end])
}

// typeNameEnding returns the document's tên loại that head ends with, as
// written ("Quyết định", "quyết định"), a word of its own; "" for none.
// Only the forms that end with head's last two bytes are compared, in
// cite.TypeNames' order (rules ask it at each "số" and each number).
func typeNameEnding(head string) string {
	if len(head) < 2 {
		return "" // every tên loại is longer
	}
	t := typeNameForms()
	for _, i := range t.byEnd[endKey(head)] {
		f := t.forms[i]
		n := f[0]
		if len(head) < len(n) {
			continue
		}
		tail := head[len(head)-len(n):]
		if tail != n && tail != f[1] {
			continue
		}
		if k := len(head) - len(n); k == 0 || !isLetter(lastRuneOf(head[:k])) {
			return tail
		}
	}
	return ""
}

// typeNameTable holds each of cite.TypeNames, in its order, as listed
// and with its first letter lowered ("Chỉ thị", "chỉ thị"), and the
// forms' indexes by their last two bytes.
type typeNameTable struct {
	forms [][2]string
	byEnd map[uint16][]int
}

// endKey is the last two bytes of s, which holds two at least.
func endKey(s string) uint16 { return uint16(s[len(s)-2])<<8 | uint16(s[len(s)-1]) }

// typeNameForms is the table of the tên loại, made once a process.
var typeNameForms = sync.OnceValue(func() *typeNameTable {
	t := &typeNameTable{byEnd: map[uint16][]int{}}
	for i, n := range cite.TypeNames() {
		r, w := utf8.DecodeRuneInString(n)
		f := [2]string{n, string(unicode.ToLower(r)) + n[w:]}
		t.forms = append(t.forms, f)
		if len(f[0]) < 2 {
			panic("typeNameForms: a tên loại of one byte: " + n)
		}
		k := endKey(f[0])
		t.byEnd[k] = append(t.byEnd[k], i)
		if len(f[1]) == len(f[0]) && endKey(f[1]) != k {
			t.byEnd[endKey(f[1])] = append(t.byEnd[endKey(f[1])], i) // a name of one short word, its letter lowered
		}
	}
	return t
})

// inSpacedCode reports whether off falls in a spaced code of seg, which
// citation-code-space reports: another rule leaves it alone.
func inSpacedCode(v *View, seg *Seg, off int) bool {
	for _, c := range spacedCodes(v, seg) {
		if off >= c.start && off <= c.start+len(c.code) {
			return true
		}
	}
	return false
}

// spacedCode reads a number and code at the start of s ("1498- CV/ HU")
// and, when a space stands beside one of its "/" or "-", returns it as
// written, joined, and the offset of the first such space; at is -1
// otherwise. A number with no "/" is read as a space typed for the "/"
// before its kind ("12 QĐ-UBND") only when named, its document's tên
// loại written before it: "phòng số 2 TC-KH", "đội số 5 CT-XH" name a
// room and a team, no document.
func spacedCode(s string, named bool) (code, joined string, at int) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return "", "", -1
	}
	if code, joined, ok := spacedBeforeCode(s, i); ok {
		return code, joined, i
	}
	if code, joined, ok := spacedForSlash(s, i, s[:i]); ok && named {
		return code, joined, i // "12 QĐ-UBND" for "12/QĐ-UBND"
	}
	at, end, slash := -1, i, false
	var b strings.Builder
	b.WriteString(s[:i])
	for {
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) || s[j] != '/' && s[j] != '-' && !strings.HasPrefix(s[j:], "–") {
			break
		}
		sep, w := s[j], 1
		if sep != '/' && sep != '-' {
			sep, w = '-', len("–") // an en dash typed for the code's hyphen: "CT – CA"
		}
		k := j + w
		for k < len(s) && s[k] == ' ' {
			k++
		}
		n := codePart(s[k:])
		if n == 0 {
			break
		}
		if (j > i || k > j+w) && at < 0 {
			at = i
		}
		slash = slash || sep == '/'
		b.WriteByte(sep)
		b.WriteString(s[k : k+n])
		i, end = k+n, k+n
	}
	if at < 0 && slash {
		if code, joined, ok := spacedForSlash(s, end, b.String()); ok {
			return code, joined, end // "22/2021 TT-BGDĐT" for "22/2021/TT-BGDĐT"
		}
		if n := legislatureApart(s[end:], b.String()); n > 0 {
			return s[:end+n], b.String() + s[end+1:end+n], end // "46/2024/QH 15" for "46/2024/QH15"
		}
		if m := codeRunOnRe().FindStringIndex(s[end:]); m != nil {
			part := strings.TrimSpace(s[end+1 : end+1+strings.IndexByte(s[end+1:], ' ')])
			return s[:end+1+len(part)], b.String() + part, end // "396/CĐ-BVHTT DL ngày ...": the code's last part typed apart
		}
	}
	if at < 0 || !slash {
		return "", "", -1
	}
	return s[:end], b.String(), at
}

// spacedBeforeCode reads a number whose code stands after a space, with
// no mark between them ("298 KH/TWĐTN" for "298-KH/TWĐTN", "1320 TM/XNK"
// for "1320/TM-XNK"), and returns it as written and joined: the number
// ends at i, and the code after the space starts with a capital and
// holds a "/" between two code parts.
func spacedBeforeCode(s string, i int) (code, joined string, ok bool) {
	k := i
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k == i || k >= len(s) {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(s[k:]); !isUpperRune(r) {
		return "", "", false
	}
	n := codePart(s[k:])
	if n == 0 || k+n >= len(s) || s[k+n] != '/' {
		return "", "", false
	}
	m := codePart(s[k+n+1:])
	if m == 0 {
		return "", "", false
	}
	end := k + n + 1 + m
	kind, body := s[k:k+n], s[k+n+1:end]
	if partyBody(body) {
		return s[:end], s[:i] + "-" + kind + "/" + body, true // the Đảng's and the Đoàn's "298-KH/TWĐTN"
	}
	return s[:end], s[:i] + "/" + kind + "-" + body, true // the state's "1320/TM-XNK"
}

// spacedForSlash reads a space typed for the "/" before a code's kind
// and issuer ("12 QĐ-UBND", "22/2021 TT-BGDĐT"): the number, joined so
// far as head, ends at i, and one space parts it from a document kind's
// code (QĐ, TT, NĐ, KH: Phụ lục III, Mục I, and the laws' and the Đảng's
// tables), a hyphen and the issuer's code. It returns the code as written
// and joined; a word after the number ("số 22/2021 trong đó", "Nghị định
// 30 năm 2020") or capitals that are no kind's code are none.
func spacedForSlash(s string, i int, head string) (code, joined string, ok bool) {
	k := i + 1
	if k >= len(s) || s[i] != ' ' {
		return "", "", false
	}
	n := codePart(s[k:])
	if n == 0 || k+n+1 >= len(s) || s[k+n] != '-' || !isKindCode(s[k:k+n]) {
		return "", "", false
	}
	m := codePart(s[k+n+1:])
	if m == 0 {
		return "", "", false
	}
	end := k + n + 1 + m
	if body := s[k+n+1 : end]; partyBody(body) && !strings.Contains(head, "/") {
		return s[:end], head + "-" + s[k:k+n] + "/" + body, true // the Đảng's "15-NQ/TU" typed "15 NQ-TU"
	}
	return s[:end], head + "/" + s[k:end], true
}

// isKindCode reports whether c is the code of a document kind in any of
// the three tables ("QĐ", "TT", "NĐ", "KH", "CTr").
func isKindCode(c string) bool {
	return cite.IsTypeCode(c, cite.Admin) || cite.IsTypeCode(c, cite.Legal) || cite.IsTypeCode(c, cite.Party)
}

// partyBody reports whether a code's issuer part names a body of the
// Đảng or the Đoàn ("TU", "HU", "TWĐTN"), whose numbers join the kind
// after a hyphen and the issuer after "/".
func partyBody(b string) bool {
	for _, s := range []string{"TW", "TU", "HU", "QU", "ĐU", "ĐTN", "ĐUK"} {
		if strings.HasSuffix(b, s) {
			return true
		}
	}
	return false
}

// codePart is the length of the code part at the start of s: digits and
// capitals ("CV", "KT&KĐCL", "2024", "NĐ"), with at most one small letter
// at its end ("TTg") or one run of small letters between capitals after
// two capitals or more ("GDTrH", the Giáo dục Trung học's), or one small
// letter between two capitals ("TrH", r71); 0 when s
// starts with none, or with a word ("Tổ", "Nghị").
func codePart(s string) int {
	n, caps, small, inner := 0, 0, false, false
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		switch {
		case small && unicode.IsDigit(r): // a unit's number after its letters: "TTr3"
		case small && unicode.IsUpper(r) && !inner:
			small, inner = false, true // "GDTrH": the capitals go on after "r"
		case small:
			if isLetter(r) {
				return 0
			}
			return n
		case isUpperRune(r) || unicode.IsDigit(r) || r == '&':
			if isUpperRune(r) {
				caps++
			}
		case isLowerRune(r) && caps >= 2:
			small = true
		case isLowerRune(r) && caps == 1 && !inner && upperAfter(s[n+size:]):
			small = true // "TrH" (Trung học, r71): one small letter between two capitals
		case isLetter(r):
			return 0
		default:
			return n
		}
		n += size
	}
	return n
}

// upperAfter reports whether s starts with a capital.
func upperAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isUpperRune(r)
}

// litSo: "số", before a document's number.
var litSo = newLiteral("số")

// legislatureApart reads the Quốc hội's term typed apart from its code
// ("46/2024/QH 15 ngày", x101's probes): joined so far ends with "/QH",
// and rest, after it, is one space and two digits ending the word. It
// returns the length of the space and digits, 0 for none.
func legislatureApart(rest, joined string) int {
	if !strings.HasSuffix(joined, "/QH") || len(rest) < 3 || rest[0] != ' ' || !isDigit(rest[1]) || !isDigit(rest[2]) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(rest[3:]); len(rest) > 3 && (isDigit(rest[3]) || isLetter(r)) {
		return 0
	}
	return 3
}
