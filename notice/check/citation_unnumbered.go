package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A document is cited by its tên loại, its number and ký hiệu, its date
// and its issuer (Phụ lục I, Mục II, khoản 6, điểm b). Two first mentions
// the citation reader cannot read, having no number to read, lack them
// all the same: a ground naming a document by its kind alone ("Thực hiện
// Kế hoạch của Ủy ban nhân dân thành phố;", "Căn cứ vào Kế hoạch thực
// hiện nhiệm vụ năm học 2022-2023;") and a number without its ký hiệu
// ("Kế hoạch số 133 ngày 20/9/2019").

// unnumberedGroundRe is a paragraph that opens with a ground naming a
// document by its kind, and the clause after the kind, up to its first
// ";", "," or ".". A law or a charter is cited by its name, and "Quyết
// định này" is the document itself.
// The kind ends where a letter does not go on: "\b" is of ASCII letters
// only, and never stood after the "ị" of "Chỉ thị" ("Căn cứ vào Chỉ thị,
// kế hoạch của ..."). "Văn bản" names a document of no kind ("Thực hiện
// Văn bản của Bộ Khoa học và Công nghệ về việc hướng dẫn ...") and wants
// its number as any other (m88).
// A kind in small letters ("Thực hiện kế hoạch của UBND thành phố ... về
// việc ...") names a document only with its issuer after it and its date
// or trích yếu (namesOne): "thực hiện kế hoạch sản xuất" is an activity.
var unnumberedGroundRe = lazyre.New(`^(?:[-–+•]\s*)?(?:Căn cứ(?: vào)?|Thực hiện)\s+(Kế hoạch|Công văn|Quyết định|Thông báo|Chỉ thị|Phụ lục|Tờ trình|Văn bản|kế hoạch|công văn|quyết định|thông báo|văn bản)([^\d;,.\p{L}][^;,.]*|)(?:$|[;,.])`)

// groundOpening is unnumberedGroundRe().FindStringSubmatchIndex(text),
// asked only of a text that opens with "Căn cứ" or "Thực hiện", a list's
// mark and white space before it or not: every match does, and most
// paragraphs do not (the expression's set-up costs some thousands of
// instructions a paragraph).
func groundOpening(text string) []int {
	t := text
	if r, w := utf8.DecodeRuneInString(t); strings.ContainsRune("-–+•", r) {
		t, _ = cutSpaces(t[w:])
	}
	if !strings.HasPrefix(t, "Căn cứ") && !strings.HasPrefix(t, "Thực hiện") {
		return nil
	}
	return unnumberedGroundRe().FindStringSubmatchIndex(text)
}

// unnumberedTheoRe is a document named by its kind after "theo" inside a
// sentence, with its issuer or its date and no number: "theo nội dung
// Thông báo của UBND phường", "căn cứ theo thông báo của PGD&ĐT Vĩnh
// Thuận", "Theo quyết định của Giám đốc ĐHĐN ký ngày 07/01/08", "Theo
// thông báo ngày 03/03/2020". The issuer starts with a capital: "theo
// quyết định của cơ quan có thẩm quyền" names no document; a kind in
// small letters needs the date or the trích yếu too (namesOne). Tried
// only where "theo" is followed by a kind (a leadExpr with theoKind):
// run over a whole paragraph from every byte, it cost a seed 1.7M
// instructions.
var unnumberedTheoRe = sync.OnceValue(func() *leadExpr {
	x := newLeadExpr(``, `[^\p{L}]`, `(?:[Tt]heo nội dung|[Tt]heo)\s+([Tt]hông báo|[Kk]ế hoạch|[Qq]uyết định|[Cc]ông văn)\s+((?:của\s+\p{Lu}|ngày\s+\d)[^;,.]*)`,
		"Theo", "theo")
	x.then = theoKind
	return x
})

// theoKind reports whether rest starts as unnumberedTheoRe goes on past
// "theo": ` nội dung` or not, `\s+`, then one of its kinds.
func theoKind(rest string) bool {
	if r, ok := strings.CutPrefix(rest, " nội dung"); ok && kindAfterSpaces(r) {
		return true
	}
	return kindAfterSpaces(rest)
}

func kindAfterSpaces(s string) bool {
	s, ok := cutSpaces(s)
	if !ok || s == "" {
		return false
	}
	switch s[0] {
	case 'T', 't':
		return strings.HasPrefix(s[1:], "hông báo")
	case 'K', 'k':
		return strings.HasPrefix(s[1:], "ế hoạch")
	case 'Q', 'q':
		return strings.HasPrefix(s[1:], "uyết định")
	case 'C', 'c':
		return strings.HasPrefix(s[1:], "ông văn")
	}
	return false
}

// bareNumberRe is a document's number without its ký hiệu, followed by
// its date, its issuer or the end of the clause: "Kế hoạch số 133 ngày",
// "Nghị quyết số 29, khóa XI". A running count before a title ("Thông báo
// số 4 Hội nghị ...") is followed by neither. Tried only where a word
// starts (a leadExpr), and only where the kind goes on with " số " and
// a digit (numberThen).
var bareNumberRe = sync.OnceValue(func() *leadExpr {
	x := newLeadExpr(`(?i)`, `[^\p{L}]`, `((?:Kế hoạch|Công văn|Quyết định|Thông báo|Chỉ thị|Nghị quyết|Tờ trình|Thông tư|Nghị định|Văn bản)\s+số\s+(\d{1,5}))(?:\s+(?:ngày|của)\s|\s*[,;]|\.(?:\s|$)|$)`,
		"Kế hoạch", "Công văn", "Quyết định", "Thông báo", "Chỉ thị", "Nghị quyết", "Tờ trình", "Thông tư", "Nghị định", "Văn bản")
	x.then = numberThen
	x.need = numberNeed
	return x
})

// numberThen reports whether rest starts as bareNumberRe goes on past a
// document's kind: `\s+số\s+\d{1,5}` under `(?i)`, the digits followed by
// the end or by what each way the expression ends starts with (white
// space, a comma, a semicolon or a period). "Kế hoạch số 189/KH-UBND",
// the number cited in full, goes on with "/" and is not tried.
func numberThen(rest string) bool {
	rest, ok := cutSpaces(rest)
	if !ok {
		return false
	}
	n := foldPrefixLen(rest, "số")
	if n < 0 {
		return false
	}
	return numberEnds(rest[n:])
}

// numberEnds reports whether rest, what follows "số", goes on as
// bareNumberRe does: `\s+\d{1,5}`, the digits followed by the end or by
// what each way the expression ends starts with (white space, a comma, a
// semicolon or a period).
func numberEnds(rest string) bool {
	rest, ok := cutSpaces(rest)
	d := 0
	for d < len(rest) && isDigit(rest[d]) {
		d++
	}
	if !ok || d == 0 || d > 5 { // fewer digits leave a digit next, which no ending takes
		return false
	}
	if d == len(rest) {
		return true
	}
	switch rest[d] {
	case ' ', '\t', '\n', '\f', '\r', ',', ';', '.':
		return true
	}
	return false
}

// numberNeed reports whether s holds what every match of bareNumberRe
// does: "số" in any case (its s may be the long ſ) and a number that
// numberEnds accepts. Most texts cite their documents in full ("số
// 189/KH-UBND") or say "số" of something else ("chuyển đổi số"), and
// are not scanned for a document's kind.
func numberNeed(s string) bool {
	// "ố" is E1 BB 91 and "Ố" E1 BB 90: the scan looks for their last
	// byte, far rarer in Vietnamese than the E1 every toned vowel opens
	// with, and reads the two before it.
	for _, last := range [...]byte{0x91, 0x90} {
		for at := 0; ; {
			k := strings.IndexByte(s[at:], last)
			if k < 0 {
				break
			}
			k += at
			at = k + 1
			if k < 2 || s[k-2] != 0xE1 || s[k-1] != 0xBB {
				continue
			}
			if o := k - 2; (o >= 1 && (s[o-1] == 's' || s[o-1] == 'S') || strings.HasSuffix(s[:o], "ſ")) && numberEnds(s[at:]) {
				return true
			}
		}
	}
	return false
}

// cutSpaces cuts the run of white space (`\s`: tab, line feed, form
// feed, carriage return, space) s starts with; ok is false when there is
// none.
func cutSpaces(s string) (rest string, ok bool) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return s[i:], i > 0
}

// unnumberedCitations reports, for citation-first-mention, a document
// cited with no number and a number cited without its ký hiệu, once a
// document.
func unnumberedCitations(p *Pass) {
	seen := map[string]bool{}
	for _, seg := range p.View.bodySegs() {
		text := seg.Text
		if m := groundOpening(text); m != nil {
			kind, rest := text[m[2]:m[3]], strings.TrimSpace(text[m[4]:m[5]])
			numbered := rest != "" && isDigit(rest[0]) // "Chỉ thị 15 của ...": bareFigureCitations says what it lacks
			if !strings.HasPrefix(rest, "này") && !numbered && !containsLit(rest, "số") && !hasDigitSlash(rest) && (startsUpper(kind) || issuerOpens(rest) && namesOne(rest)) {
				seen[strings.ToLower(kind)] = true
				said := rest
				if said == "" {
					said = unnumberedClause(text, m[4]) // "Chỉ thị, kế hoạch của ...": one issuer for both
				}
				reportUnnumbered(p, seg, m[2], kind, said)
			}
		}
		unnumberedAfterTheo(p, seg, seen)
		if !containsLit(text, "số ") && !containsLit(text, "SỐ ") {
			continue
		}
		for _, m := range bareNumberRe().findAllIn(p.View, text) {
			doc, num := text[m[2]:m[3]], text[m[4]:m[5]]
			key := strings.ToLower(doc)
			if seen[key] || quoted(text, m[2]) || codedElsewhere(p.View, num) {
				continue
			}
			seen[key] = true
			p.Report(seg, m[2], diag.Msg("lần đầu nhắc %s chưa ghi ký hiệu sau số", "the first mention of %s lacks the ký hiệu after its number", doc),
				diag.Msg("ghi đủ số và ký hiệu của văn bản (số/ký hiệu)", "give the document's number with its ký hiệu (number/code)"))
		}
	}
	bareFigureCitations(p, seen) // citation_bare_figure.go
}

// unnumberedClause is text from off up to the ";" or "." that ends its
// clause: after a kind followed by a comma, the words it shares with
// the kind after the comma ("Căn cứ vào Chỉ thị, kế hoạch của ban chấp
// hành đảng bộ huyện ...": the issuer is given for both).
func unnumberedClause(text string, off int) string {
	rest := text[off:]
	if i := strings.IndexAny(rest, ";."); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest)
}

// issuerOpens reports whether rest, the clause after a document's kind,
// opens with its issuer: "của" and a capital.
func issuerOpens(rest string) bool {
	after, ok := strings.CutPrefix(rest, "của ")
	return ok && startsUpper(strings.TrimSpace(after))
}

// namesOne reports whether rest, the clause after a kind in small
// letters, shows that one document is meant: it gives the document's
// date or its trích yếu ("kế hoạch của UBND thành phố Hải Dương về việc
// tiêm phòng ...", "quyết định của Giám đốc ĐHĐN ký ngày 07/01/08").
// "Thực hiện kế hoạch của Hội đồng nghĩa vụ quân sự huyện, ..." may
// speak of the work planned, not of a document.
func namesOne(rest string) bool {
	return containsLit(rest, "ngày ") || containsLit(rest, " về ") || strings.HasPrefix(rest, "về ") || containsLit(rest, " v/v ")
}

// unnumberedAfterTheo reports, once a kind in a notice, a document named
// by its kind after "theo" with its issuer or date and no number
// (unnumberedTheoRe).
func unnumberedAfterTheo(p *Pass, seg *Seg, seen map[string]bool) {
	text := seg.Text
	if !containsLit(text, "heo ") || !mayNameKind(text) {
		return
	}
	for _, m := range unnumberedTheoRe().findAllIn(p.View, text) {
		kind, rest := text[m[2]:m[3]], text[m[4]:m[5]]
		if seen[strings.ToLower(kind)] || quoted(text, m[2]) || containsLit(rest, "số") || hasDigitSlash(rest) || !startsUpper(kind) && !namesOne(rest) {
			continue
		}
		seen[strings.ToLower(kind)] = true
		reportUnnumbered(p, seg, m[2], kind, rest)
	}
}

// mayNameKind reports whether s holds one of the kinds unnumberedTheoRe
// reads, in either case of its first letter: a cheap test before the
// expression, as most paragraphs with "theo" cite nothing so.
func mayNameKind(s string) bool {
	for _, k := range []string{"hông báo", "ế hoạch", "uyết định", "ông văn"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// reportUnnumbered says what a ground citing a document by its kind
// alone lacks: the number and ký hiệu, and the date and the issuer unless
// the clause after the kind gives them ("Phụ lục ngày 20 tháng 9 năm
// 2017", "Kế hoạch của Ủy ban nhân dân thành phố").
func reportUnnumbered(p *Pass, seg *Seg, off int, kind, rest string) {
	vi, en := []string{"số, ký hiệu"}, []string{"number and ký hiệu"}
	if !datedIn(rest) {
		vi, en = append(vi, "ngày ban hành"), append(en, "date")
	}
	if !containsLit(rest, "của ") {
		vi, en = append(vi, "cơ quan ban hành"), append(en, "issuer")
	}
	p.Report(seg, off, diag.Text{VI: capitalize(kind) + " được viện dẫn mà không ghi " + strings.Join(vi, ", "), EN: capitalize(kind) + " is cited without its " + strings.Join(en, ", ")},
		diag.Msg("ghi đủ: %s số ..., ngày ... của ...", "cite it in full: %s số ..., ngày ... của ...", capitalize(kind)))
}

// datedIn reports whether s gives a date: "ngày" and a figure after it
// ("ngày 20 tháng 9", "ngày 20/9/2025"); "ngày hội đọc sách" is none.
func datedIn(s string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], "ngày ")
		if i < 0 {
			return false
		}
		at += i + len("ngày ")
		if at < len(s) && isDigit(s[at]) {
			return true
		}
	}
}

// hasDigitSlash reports whether s holds a number with its code
// ("12/KH-UBND", "01/2022/TT-BTNMT"), not a date ("20/9/2025").
func hasDigitSlash(s string) bool {
	return numberCodeRe().MatchString(s)
}

var numberCodeRe = lazyre.New(`\d/(?:\d{4}/)?\p{Lu}`)

// codedElsewhere reports whether the notice writes num with a code
// somewhere ("133/KH-..."): the bare mention is then a short one.
func codedElsewhere(v *View, num string) bool {
	for _, s := range v.textSegs() {
		if i := strings.Index(s.Text, num+"/"); i >= 0 && (i == 0 || !isDigit(s.Text[i-1])) {
			return true
		}
	}
	return false
}
