package check

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(
		&Rule{ID: "citation-missing-so", Severity: diag.Warning, Ref: diag.RefCitation, Run: citationSo,
			Title: diag.Msg("trích dẫn văn bản có chữ \"số\"", "a citation says \"số\""),
			Help:  diag.Msg("viết \"<Tên loại> số <số/ký hiệu> ngày ... của ...\"", "write \"<Type> số <number> ngày ... của ...\"")},
		&Rule{ID: "citation-type-code", Severity: diag.Error, Ref: diag.RefTypeCodes, Run: citationTypeCode,
			Title: diag.Msg("tên loại văn bản khớp với mã trong ký hiệu", "the type name matches the code of the number"),
			Help:  diag.Msg("Kế hoạch là KH, Quyết định là QĐ, Thông báo là TB... (Phụ lục III); sửa tên loại hoặc ký hiệu", "Kế hoạch is KH, Quyết định QĐ, Thông báo TB... (Phụ lục III); correct the type name or the number")},
		&Rule{ID: "citation-date", Severity: diag.Error, Ref: diag.RefCitation, Run: citationDate,
			Title: diag.Msg("văn bản được trích dẫn có ngày thật, không sau thông báo", "a cited document has a real date, not after the notice"),
			Help:  diag.Msg("kiểm tra lại ngày của văn bản được trích dẫn", "check the date of the cited document")},
		&Rule{ID: "citation-legal-year", Severity: diag.Error, Ref: diag.Practice, Run: citationLegalYear,
			Title: diag.Msg("số văn bản quy phạm pháp luật có năm ban hành, khớp với ngày ban hành", "a legal number carries its year, and it matches the date"),
			Help:  diag.Msg("ghi năm ban hành trong số (\"178/2025/NĐ-CP\"); sửa năm trong số hoặc ngày ban hành cho khớp", "write the year in the number (\"178/2025/NĐ-CP\"); correct the year in the number or the date to match")},
		&Rule{ID: "citation-inconsistent", Severity: diag.Error, Ref: diag.RefCitation, Run: citationInconsistent,
			Title: diag.Msg("một văn bản được trích dẫn giống nhau ở mọi chỗ", "a document is cited the same way everywhere"),
			Help:  diag.Msg("thống nhất ký hiệu, ngày và cơ quan ban hành ở mọi chỗ trích dẫn văn bản này", "use the same code, date and issuer wherever the document is cited")},
		&Rule{ID: "citation-duplicate-number", Severity: diag.Error, Ref: diag.RefNumberSeq, Run: citationDuplicate,
			Title: diag.Msg("hai văn bản khác nhau không trùng số và ngày", "two documents never share one number and date"),
			Help:  diag.Msg("số và ký hiệu là duy nhất trong năm; kiểm tra lại số của một trong hai văn bản", "a number is unique within its year; check the number of one of the two")},
		&Rule{ID: "citation-code-typo", Severity: diag.Warning, Ref: diag.Practice, Run: citationCodeTypo,
			Title: diag.Msg("ký hiệu không khác một chữ với ký hiệu hay dùng hơn", "no code differs by one letter from a more frequent one"),
			Help:  diag.Msg("có thể gõ nhầm; kiểm tra ký hiệu", "probably a typo; check the code")},
		&Rule{ID: "citation-unregistered", Severity: diag.Warning, Ref: diag.Practice, Run: citationUnregistered,
			Title: diag.Msg("văn bản được trích dẫn có trong sổ văn bản", "a cited document is in the registry"),
			Help:  diag.Msg("kiểm tra số, ký hiệu; hoặc thêm văn bản vào sổ", "check the number, or add the document to the registry")},
		&Rule{ID: "citation-registry-mismatch", Severity: diag.Error, Ref: diag.RefCitation, Run: citationRegistryMismatch,
			Title: diag.Msg("ngày và cơ quan ban hành khớp với sổ văn bản", "the date and issuer match the registry"),
			Help:  diag.Msg("sửa ngày hoặc cơ quan ban hành theo sổ văn bản", "correct the date or issuer as the registry has them")},
		&Rule{ID: "date-padding", Severity: diag.Info, Ref: diag.Practice, Run: datePadding,
			Title: diag.Msg("ngày trong văn bản viết theo một cách", "dates in the text are written one way"),
			Help:  diag.Msg("ngày dưới 10 và tháng 1, 2 viết thêm số 0 ở trước (05/01/2024); tháng 3 đến 12 viết không có số 0 (19/4/2024)", "days below 10 and months 1-2 take a leading 0 (05/01/2024); months 3 to 12 do not (19/4/2024)")},
	)
}

// cited is a citation with where it stands.
type cited struct {
	cite.Citation
	seg *Seg
}

// citations returns the citations of the notice's prose, read once.
func citations(v *View) []cited {
	if v.done&haveCites == 0 {
		v.cites, v.done = findCitations(v), v.done|haveCites
	}
	return v.cites
}

func findCitations(v *View) []cited {
	var out []cited
	texts := v.Texts()
	var segs []*Seg // read only when an issuer has a figure glued to a word
	for i := range texts {
		joined, moved := joinSpacedCodes(v, &texts[i])
		for _, c := range cite.FindCitations(joined) {
			if start, ok := moved[c.Off]; ok {
				c.Off = start // the code as written starts there: its span is the spaced code's
			}
			if strings.ContainsAny(c.Issuer, "0123456789") {
				if segs == nil {
					segs = v.textSegs()
				}
				c.Issuer = issuerBeforeMark(c.Issuer, segs)
			}
			out = append(out, cited{c, &texts[i]})
		}
	}
	return out
}

// joinSpacedCodes is seg's text with the spaces typed inside a cited
// number and code ("công văn số 27/CV- PGDĐT v/v") moved before it ("số
// 27/CV-PGDĐT v/v" with two spaces after "số"), so that the citation is
// read as its issuer wrote it; the code ends where it did and every byte
// outside it keeps its offset. citation-code-space says the spaces.
// moved maps where each joined code starts to where it starts as written.
func joinSpacedCodes(v *View, seg *Seg) (text string, moved map[int]int) {
	codes := spacedCodes(v, seg)
	if len(codes) == 0 {
		return seg.Text, nil
	}
	b := []byte(seg.Text)
	for _, c := range codes {
		if len(c.joined) > len(c.code) || !strings.HasPrefix(seg.Text[c.start:], c.code) {
			continue
		}
		if rest := strings.TrimLeft(seg.Text[c.start+len(c.code):], " "); strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") {
			continue // "số 125 /TTYT -  ngày": a part left out after a dangling dash, the code not whole
		}
		pad := len(c.code) - len(c.joined)
		for k := c.start; k < c.start+pad; k++ {
			b[k] = ' '
		}
		copy(b[c.start+pad:], c.joined)
		if moved == nil {
			moved = map[int]int{}
		}
		moved[c.start+pad] = c.start
	}
	return string(b), moved
}

// citedSpot is a place in a paragraph: a citation said at its offset.
type citedSpot struct {
	seg *Seg
	off int
}

// saidIn reports whether said holds a spot of seg from from to to.
func saidIn(said map[citedSpot]bool, seg *Seg, from, to int) bool {
	for k := from; k <= to; k++ {
		if said[citedSpot{seg, k}] {
			return true
		}
	}
	return false
}

func citationSo(p *Pass) {
	shortNumberNoSo(p) // citation_short_number.go
	issuerCodeNoSo(p)  // citation_issuer_code_noso.go
	said := map[citedSpot]bool{}
	for _, c := range citations(p.View) {
		soSlip(p, c)
		lawNoSo(p, c) // law_so.go
		if c.Type != "" && !c.HasSo && c.TypeOff >= 0 && c.Off-c.TypeOff < len(c.Type)+3 {
			p.Report(c.seg, c.Off, diag.Msg("\"%s %s\" thiếu chữ \"số\"", "\"%s %s\" lacks \"số\"", c.Type, c.Number.Raw),
				diag.Msg("viết \"%s số %s\"", "write \"%s số %s\"", c.Type, c.Number.Raw))
			said[citedSpot{c.seg, c.Off}] = true
		}
	}
	// A number whose code holds a space ("Chỉ thị 06/CT- TTg") the
	// citation reader does not take; citation-code-space reads it, and the
	// "số" left out before it is said here.
	for _, seg := range p.View.textSegs() {
		for _, c := range spacedCodes(p.View, seg) {
			if c.kind == "" || saidIn(said, seg, c.start, c.start+len(c.code)) {
				continue
			}
			p.Report(seg, c.start, diag.Msg("\"%s %s\" thiếu chữ \"số\"", "\"%s %s\" lacks \"số\"", c.kind, c.code),
				diag.Msg("viết \"%s số %s\"", "write \"%s số %s\"", c.kind, c.joined))
		}
	}
}

func citationTypeCode(p *Pass) {
	private := map[string]bool{} // numbers cited somewhere as a company's
	for _, c := range citations(p.View) {
		if outsideDecree(c.Issuer) {
			private[c.Number.Raw] = true
		}
	}
	for _, c := range citations(p.View) {
		if c.Type == "" {
			continue
		}
		codes := cite.CodesFor(c.Type, c.Number.Family)
		if announcedConclusion(c) {
			codes = cite.CodesFor("Thông báo", c.Number.Family)
		}
		if codes == nil || private[c.Number.Raw] || ownNumbering(c.Number) || issuerGroup(c.Number, codes) {
			continue // a type of another family, a type the table does not know, a company's document
		}
		if !slices.Contains(codes, c.Number.Type) && !assemblyCode(c.Number, codes) && !capsCode(c, codes) {
			typeCodeSlip(p, c, codes)
		}
	}
}

// typeCodeSlip says that c's type and ký hiệu disagree: an error in the
// notice's own number or a number of its office's own, a warning in
// another issuer's number as that issuer wrote it (othersNumber).
func typeCodeSlip(p *Pass, c cited, codes []string) {
	var fix []diag.Text // the rule's: correct the type name or the number
	if othersNumber(p.View, c) {
		defer p.withLesser()()
		fix = append(fix, diag.Msg("đối chiếu văn bản gốc: ghi tên loại và số, ký hiệu đúng như cơ quan ban hành đã ghi",
			"check the document as issued: write its type name and its number as its issuer did"))
	}
	code := c.Number.Type
	if code == "" {
		// "768/PGDĐT", "12/2020/CP": the issuer's code alone, no
		// type code to call another type's
		p.Report(c.seg, c.Off, diag.Msg("%s số %s: ký hiệu thiếu mã tên loại; mã của %s là %q", "%s %s: the ký hiệu lacks the type code; a %s's is %q", c.Type, c.Number.Raw, c.Type, strings.Join(codes, " hoặc ")), fix...)
		return
	}
	if len(codes) == 1 && codes[0] == "" {
		p.Report(c.seg, c.Off, diag.Msg("%s số %s mang mã %q của tên loại khác; ký hiệu của %s không có mã tên loại", "%s %s carries the code %q of another type; a %s's ký hiệu has no type code", c.Type, c.Number.Raw, code, c.Type), fix...)
		return
	}
	p.Report(c.seg, c.Off, diag.Msg("%s số %s mang mã %q, nhưng mã của %s là %q", "%s %s carries the code %q, but a %s's is %q", c.Type, c.Number.Raw, code, c.Type, strings.Join(codes, " hoặc ")), fix...)
}

// assemblyCode reports whether a legal number carries the code of the
// National Assembly with its term ("03/2016/QH14" for a Luật), which the
// type code table lists without the term, or is a Nghị quyết or Pháp
// lệnh of the Quốc hội or its Ủy ban Thường vụ, numbered by law with the
// body's code and term and no type code ("Nghị quyết số 76/2025/UBTVQH15",
// "Nghị quyết số 190/2025/QH15", "Pháp lệnh số 02/2022/UBTVQH15"). Such a
// number written without its term ("Nghị quyết số 1210/2016/UBTVQH") lacks
// the term, not "NQ": the type code is not what to ask for.
func assemblyCode(n cite.Number, codes []string) bool {
	if n.Family != cite.Legal || n.Type != "" || n.Issuer == "" {
		return false
	}
	body := strings.TrimRightFunc(n.Issuer, unicode.IsDigit)
	if slices.Contains(codes, body) {
		return true
	}
	return (body == "QH" || body == "UBTVQH") && (slices.Contains(codes, "NQ") || slices.Contains(codes, "PL"))
}

// nonState are issuers that number their papers as they like: companies,
// associations; Nghị định 30 binds state bodies only.
var nonState = []string{"công ty", "tổng công ty", "liên danh", "hiệp hội", "doanh nghiệp", "nhà thầu"}

// ownNumbering reports whether a number is of a body that numbers its
// papers its own way: it carries no type code at all, and its issuer code
// is none of the state's ("10/HĐXD-CN" of a council or association). A
// state body's number without a type code ("12/UBND-VX", a công văn) is
// still judged.
func ownNumbering(n cite.Number) bool {
	return n.Family == cite.Admin && n.Type == "" && !stateIssuer(n.Issuer)
}

// stateIssuer reports whether a ký hiệu group names a state body: UBND,
// HĐND, a Văn phòng, a Bộ ("BCT") or Sở ("SCT", "SNNMT"), the Government.
func stateIssuer(code string) bool {
	switch code {
	case "UBND", "HĐND", "VP", "VPCP", "VPUB", "VPQH", "TTg", "CP", "BCĐ", "UBMTTQ", "TTCP", "KTNN", "NHNN",
		"PGDĐT", "PGD&ĐT": // a district's Phòng Giáo dục và Đào tạo, an office of its Ủy ban

		return true
	}
	r, _ := utf8.DecodeRuneInString(code)
	return (r == 'B' || r == 'S') && len(code) >= 2 && len(code) <= 8 && code == strings.ToUpper(code)
}

func outsideDecree(issuer string) bool {
	f := cite.Fold(issuer)
	for _, h := range nonState {
		if strings.HasPrefix(f, h+" ") {
			return true
		}
	}
	return false
}

func citationDate(p *Pass) {
	issued := p.View.Date
	for _, c := range citations(p.View) {
		if c.DateOff < 0 || c.Shared {
			continue
		}
		switch {
		case !c.Date.IsReal():
			p.Report(c.seg, c.DateOff, diag.Msg("ngày %s của %s không có thật", "the date %s of %s does not exist", c.Date.Short(), c.Number.Raw))
		case !issued.IsZero() && issued.Month > 0 && c.Date.Compare(issued.Last()) > 0:
			p.Report(c.seg, c.DateOff, diag.Msg("%s ngày %s sau ngày ban hành thông báo", "%s of %s is dated after the notice", c.Number.Raw, c.Date.Short()))
		}
	}
}

func citationLegalYear(p *Pass) {
	cs := citations(p.View)
	for _, c := range cs {
		if c.Number.Family == cite.Legal && c.DateOff >= 0 && c.Number.Year != "" && atoi(c.Number.Year) != c.Date.Year {
			p.Report(c.seg, c.Off, diag.Msg("số %s mang năm %s nhưng văn bản ngày %s", "number %s carries the year %s but the document is dated %s", c.Number.Raw, c.Number.Year, writtenDate(c)))
		}
		switch want := legislatureFor(c.Number); len(want) {
		case 1:
			p.Report(c.seg, c.Off, diag.Msg("số %s: năm %s thuộc Quốc hội khóa %s, ký hiệu ghi %s", "number %s: the year %s falls in the legislature %s, the code says %s", c.Number.Raw, c.Number.Year, want[0], c.Number.Issuer),
				diag.Msg("kiểm tra lại năm hoặc khóa Quốc hội trong số, ký hiệu", "check the year or the legislature in the number"))
		case 2: // a first year: the term ending or the one beginning
			p.Report(c.seg, c.Off, diag.Msg("số %s: năm %s thuộc Quốc hội khóa %s hoặc khóa %s, ký hiệu ghi %s", "number %s: the year %s falls in the legislature %s or %s, the code says %s", c.Number.Raw, c.Number.Year, want[0], want[1], c.Number.Issuer),
				diag.Msg("kiểm tra lại năm hoặc khóa Quốc hội trong số, ký hiệu", "check the year or the legislature in the number"))
		}
		if lawYearMissing(p, c) { // citation_law_year.go
			continue
		}
		if year := missingLegalYear(c, cs); year != "" {
			want := c.Number.Seq + "/" + year + "/" + strings.SplitN(c.Number.Raw, "/", 2)[1]
			p.Report(c.seg, c.Off, diag.Msg("số %s của %s thiếu năm ban hành; văn bản quy phạm pháp luật ghi năm trong số: %s", "the number %s of a %s lacks its year; a legal document's number carries it: %s", c.Number.Raw, c.Type, want),
				diag.Msg("viết %q", "write %q", want))
		}
	}
}

// legalYearSince is the first year whose legal documents all carry their
// year in their number (Luật Ban hành văn bản quy phạm pháp luật 2008).
const legalYearSince = 2009

// missingLegalYear returns the year that the number of a legal document
// cited without it should carry ("Nghị định số 178/NĐ-CP ngày
// 01/7/2025": 2025), from its date or from another citation of it with
// the year; "" when the citation is not one or the year is not known. Only
// types that are always legal documents are judged by their date: a
// Quyết định may be either kind, and is judged only when the notice cites
// it elsewhere with its year, by the same issuer ("Quyết định 25/QĐ-TTg
// ngày 22/7/2021" beside "Quyết định số 25/2021/QĐ-TTg").
func missingLegalYear(c cited, cs []cited) string {
	if c.Number.Family != cite.Admin || c.Number.Seq == "" || len(cite.CodesFor(c.Type, cite.Legal)) == 0 {
		return ""
	}
	code, _, _ := strings.Cut(strings.SplitN(c.Number.Raw, "/", 2)[1], "-")
	if !slices.Contains(cite.CodesFor(c.Type, cite.Legal), code) {
		return ""
	}
	either := len(cite.CodesFor(c.Type, cite.Admin)) > 0
	if !either && c.DateOff >= 0 && c.Date.Year >= legalYearSince {
		return strconv.Itoa(c.Date.Year)
	}
	for _, o := range cs {
		if o.Number.Family != cite.Legal || strings.TrimLeft(o.Number.Seq, "0") != strings.TrimLeft(c.Number.Seq, "0") || o.Number.Type != code || atoi(o.Number.Year) < legalYearSince {
			continue
		}
		if either && (cite.Fold(o.Type) != cite.Fold(c.Type) || cite.Fold(o.Number.Issuer) != cite.Fold(c.Number.Issuer) || c.DateOff >= 0 && strconv.Itoa(c.Date.Year) != o.Number.Year ||
			c.DateOff >= 0 && o.DateOff >= 0 && c.Date != o.Date) {
			continue // another Quyết định, of another issuer, year or day
		}
		return o.Number.Year
	}
	return ""
}

// docID identifies a cited document: its type and running number, within
// the year of its date.
func docID(c cited) string {
	return cite.Fold(c.Type) + "|" + strings.TrimLeft(c.Number.Seq, "0") + "|" + c.Number.Type + "|" + c.Date.ISO()
}

func citationInconsistent(p *Pass) {
	first := map[string]cited{}    // by document: same type, number, date
	byNumber := map[string]cited{} // by full number
	for _, c := range citations(p.View) {
		if c.Type == "" || quoted(c.seg.Text, c.Off) {
			continue // a quotation cites as its author did
		}
		if at := kindOverKind(c.seg.Text, c.TypeOff); at >= 0 {
			p.Report(c.seg, at, diag.Msg("%q: văn bản được dẫn ghi hai tên loại", "%q: the cited document is given two types", c.seg.Text[at:c.End]),
				diag.Msg("bỏ tên loại thừa, giữ tên loại của văn bản được dẫn, như %q (nếu văn bản đó là %s)", "drop the extra type and keep the cited document's, as %q (if that document is a %s)", c.Type+" số "+c.Number.Raw, strings.ToLower(c.Type)))
			continue
		}
		if c.DateOff >= 0 {
			id := docID(c)
			if f, ok := first[id]; !ok {
				first[id] = c
			} else if cite.Fold(f.Number.Code()) != cite.Fold(c.Number.Code()) {
				p.Report(c.seg, c.Off, diag.Msg("%s %s được trích với ký hiệu %s ở %s", "%s %s is cited as %s at %s", c.Type, c.Number.Raw, f.Number.Raw, posText(f)))
				continue
			} else if f.Issuer != "" && c.Issuer != "" && !sameIssuer(f.Issuer, c.Issuer) && !cutIssuer(f, c) && (!issuerRunsOn(f.Issuer, c.Issuer) || issuerCutShort(p.View, f.Issuer, c.Issuer)) {
				p.Report(c.seg, c.Off, diag.Msg("%s được ghi là của %q ở đây nhưng của %q ở %s", "%s is said to be by %q here but by %q at %s", c.Number.Raw, c.Issuer, f.Issuer, posText(f)))
				continue
			}
		}
		key := c.Number.Key()
		if f, ok := byNumber[key]; ok && c.DateOff >= 0 && f.DateOff >= 0 && f.Date != c.Date && !c.Shared {
			p.Report(c.seg, c.DateOff, diag.Msg("%s được ghi ngày %s ở đây nhưng ngày %s ở %s", "%s is dated %s here but %s at %s", c.Number.Raw, c.Date.Short(), f.Date.Short(), posText(f)))
		} else if !ok || f.DateOff < 0 {
			byNumber[key] = c
		}
	}
}

// kindOverKind finds a type's name and its "số" standing right before a
// citation whose type opens at off ("Công văn số Hướng dẫn số
// 185/SLĐTBXH-KH"): the writer changed the type and left the first one,
// so that the cited document has two. It returns where the first type
// opens, or -1. A type and its "số" with no
// number after them is never a text's own: "số" asks for the figure.
func kindOverKind(t string, off int) int {
	if off <= 0 {
		return -1
	}
	before := strings.TrimRight(t[:off], " ")
	head, ok := strings.CutSuffix(before, "số")
	if !ok || !strings.HasSuffix(head, " ") {
		return -1
	}
	head = strings.TrimRight(head, " ")
	for _, name := range cite.TypeNames() {
		if len(head) < len(name) || !strings.EqualFold(head[len(head)-len(name):], name) {
			continue
		}
		at := len(head) - len(name)
		if r, _ := utf8.DecodeLastRuneInString(head[:at]); at > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // the end of a longer word
		}
		return at
	}
	return -1
}

func posText(c cited) diag.Text { return lineText(c.seg.PosAt(c.Off).Line) }

// lineText names a line in a message, in both languages.
func lineText(n int) diag.Text { return diag.Msg("dòng %d", "line %d", n) }

// citationDuplicate flags one number and date given two different
// subjects: two documents cannot share a number within a year.
func citationDuplicate(p *Pass) {
	seen := map[string]cited{}
	for _, c := range citations(p.View) {
		if c.DateOff < 0 || c.Subject == "" {
			continue
		}
		k := c.Number.Key() + "|" + c.Date.ISO()
		f, ok := seen[k]
		if !ok {
			seen[k] = c
			continue
		}
		if !sameSubject(f.Subject, c.Subject) && (different(f.Subject, c.Subject) || f.seg == c.seg) {
			p.Report(c.seg, c.Off, diag.Msg("%s ngày %s đã được trích với nội dung khác (\"về %s\")", "%s of %s is also cited for another subject (\"về %s\")", c.Number.Raw, c.Date.Short(), short(f.Subject)))
		}
	}
}

// sameSubject reports whether two subjects of one paragraph read as one
// up to the first mark that ends their clause, the words that lead into
// what follows set aside. The subject of a citation runs on to the next
// mark or citation, so one document cited twice in a paragraph has two
// subjects that differ after the first: "về kiểm soát thủ tục hành
// chính;" and "về kiểm soát thủ tục hành chính như sau:" (Nghị định
// 48/2013/NĐ-CP, its preamble and its Điều 1).
func sameSubject(a, b string) bool {
	return subjectCore(a) == subjectCore(b)
}

// subjectCore is a subject folded, up to its first comma, semicolon or
// colon, without a "như sau" that leads into a list.
func subjectCore(s string) string {
	if i := strings.IndexAny(s, ",;:"); i >= 0 {
		s = s[:i]
	}
	w := strings.Fields(cite.Fold(strings.TrimRight(s, " .")))
	if n := len(w); n > 2 && w[n-2] == "như" && w[n-1] == "sau" {
		w = w[:n-2]
	}
	return strings.Join(w, " ")
}

// different reports whether two subjects share less than half their words.
func different(a, b string) bool {
	wa, wb := strings.Fields(cite.Fold(a)), setOf(strings.Fields(cite.Fold(b))...)
	hit := 0
	for _, w := range wa {
		if wb[w] {
			hit++
		}
	}
	return float64(hit) < 0.5*float64(min(len(wa), len(wb)))
}

func short(s string) string {
	if w := strings.Fields(s); len(w) > 8 {
		return strings.Join(w[:8], " ") + "..."
	}
	return s
}

// citationCodeTypo flags a code that differs by one letter from a more
// frequent code of the same notice: "UBND-JGVX" beside "UBND-KGVX".
func citationCodeTypo(p *Pass) {
	citationJoinedCode(p)     // citation_code_joined.go
	citationCodeMinistry(p)   // citation_code_ministry.go
	citationPartyDashed(p)    // citation_party_dashed.go: "số 18-NQ-TW"
	citationCodeDecree(p)     // citation_code_decree.go: "số 60/2021/NĐ-CT"
	citationIssuerKind(p)     // citation_issuer_kind.go: "NĐ-CP ... của Bộ Nội vụ"
	citationCodeSwapped(p)    // citation_code_swapped.go: "QĐ-UBDN"
	citationCodeUnmarked(p)   // citation_code_unmarked.go: "QD-UBND"
	citationIssuerUnmarked(p) // citation_code_unmarked.go: "TT-BGDDT ... của Bộ Giáo dục và Đào tạo"
	citationCodeCase(p)       // citation_code_case.go: "QĐ-TTG"
	cs := citations(p.View)
	count := map[string]int{}
	for _, c := range cs {
		for _, g := range codeGroups(c.Number) {
			count[g]++
		}
	}
	var groups []string
	for g := range count {
		groups = append(groups, g)
	}
	sort.Strings(groups)
	for _, c := range cs {
		caps := capsLine(c) // a line in capitals (a trích yếu, a heading) writes "TTg" as "TTG"
		for _, g := range codeGroups(c.Number) {
			for _, other := range groups {
				if caps && strings.EqualFold(g, other) {
					continue
				}
				if other != g && count[other] > count[g] && len(other) == len(g) && len(g) >= 3 && oneLetterApart(g, other) && !otherBody(g, other) && !issuerDisagrees(g, other, c.Citation) {
					p.Report(c.seg, c.Off, diag.Msg("ký hiệu %q khác %q (dùng %d lần) một chữ", "code %q differs by one letter from %q (used %d times)", g, other, count[other]),
						diag.Msg("đối chiếu với văn bản được trích; nếu gõ nhầm, viết %q", "check it against the document cited; if it is mistyped, write %q", other))
				}
			}
		}
	}
}

func codeGroups(n cite.Number) []string {
	var out []string
	for _, g := range []string{n.Issuer, n.Unit} {
		if g != "" {
			out = append(out, g)
		}
	}
	return out
}

func oneLetterApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] != rb[i] {
			diff++
		}
	}
	return diff == 1
}

// otherBody reports whether two codes one letter apart name two bodies,
// not one mistyped: the term of the Assembly ("QH13", "QH14"), a Bộ, its
// Sở and the district's Phòng of one field ("BCT", "SCT"; "BXD", "SXD";
// "SGD&ĐT", "PGD&ĐT").
func otherBody(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	for i := range ra {
		if ra[i] != rb[i] {
			d := string(ra[i]) + string(rb[i])
			return unicode.IsDigit(ra[i]) && unicode.IsDigit(rb[i]) || i == 0 && (d == "BS" || d == "SB" || d == "SP" || d == "PS" || d == "BP" || d == "PB")
		}
	}
	return false
}

func citationUnregistered(p *Pass) {
	reg := p.Opts.Registry
	if reg == nil {
		return
	}
	for _, c := range citations(p.View) {
		if c.Number.Family == cite.Admin && len(reg.Find(c.Number)) == 0 {
			p.Report(c.seg, c.Off, diag.Msg("%s không có trong sổ văn bản", "%s is not in the registry", c.Number.Raw))
		}
	}
}

func citationRegistryMismatch(p *Pass) {
	reg := p.Opts.Registry
	if reg == nil {
		return
	}
	for _, c := range citations(p.View) {
		known := reg.Find(c.Number)
		if len(known) == 0 {
			continue
		}
		k := known[0]
		if c.DateOff >= 0 && !k.date.IsZero() && c.Date != k.date {
			p.Report(c.seg, c.DateOff, diag.Msg("%s ngày %s, nhưng sổ văn bản ghi ngày %s", "%s is dated %s, but the registry has %s", c.Number.Raw, c.Date.Short(), k.date.Short()))
		}
		if c.Issuer != "" && k.Issuer != "" && !sameIssuer(c.Issuer, k.Issuer) {
			p.Report(c.seg, c.Off, diag.Msg("%s là của %q theo sổ văn bản, không phải %q", "%s is by %q in the registry, not %q", c.Number.Raw, k.Issuer, c.Issuer))
		}
		if c.Type != "" && k.Type != "" && cite.Fold(c.Type) != cite.Fold(k.Type) {
			p.Report(c.seg, c.Off, diag.Msg("%s là %s theo sổ văn bản, không phải %s", "%s is a %s in the registry, not a %s", c.Number.Raw, k.Type, c.Type))
		}
	}
}

// sameIssuer reports whether two issuers are the same body: equal, or
// one is the other with its place name added ("UBND tỉnh" and "UBND tỉnh
// Quảng Ngãi"). "Chủ tịch UBND huyện" and "UBND huyện" are not: one is a
// post, the other the body.
func sameIssuer(a, b string) bool {
	return sameNormalIssuer(a, normal(a), b, normal(b))
}

// sameNormalIssuer is sameIssuer given each issuer's normal form as well,
// for a caller that compares one name with many (the archive's issuers).
func sameNormalIssuer(a, na, b, nb string) bool {
	if na == nb {
		return true
	}
	long := b
	if len(na) > len(nb) {
		na, nb, long = nb, na, a
	}
	if !strings.HasPrefix(nb, na) {
		return false
	}
	extra := len(strings.Fields(nb)) - len(strings.Fields(na))
	words := strings.Fields(long)
	if extra > len(words) {
		return false
	}
	// A proper name capitalises its first word: "Quảng Ngãi", "Chính phủ".
	return extra == 0 || capitalised(words[len(words)-extra])
}

// cutIssuer reports whether one of two issuers is the other cut where its
// paragraph ends, as a cell of a table laid out on a page ends a line:
// "của Ban Quản" then "lý khu kinh tế tỉnh Lào Cai" on the next line.
func cutIssuer(a, b cited) bool {
	for _, p := range [2][2]cited{{a, b}, {b, a}} {
		short, long := p[0], p[1]
		if strings.HasSuffix(strings.TrimRight(short.seg.Text, " "), short.Issuer) && strings.HasPrefix(normal(long.Issuer), normal(short.Issuer)) {
			return true
		}
	}
	return false
}

func datePadding(p *Pass) {
	texts := p.View.Texts()
	for i := range texts {
		for _, d := range p.View.datesOf(texts[i].Text) {
			if d.Long && d.Date.IsReal() {
				longMonthPadding(p, &texts[i], d)
				longDayPadding(p, &texts[i], d)
			}
			if d.Long || !d.Date.IsReal() {
				continue
			}
			want := d.Date.Short()
			if spacingReads(p.View, &texts[i]) && strings.ReplaceAll(d.Text, " ", "") == want {
				continue // only spaces inside it: spacing's ("20/11/ 2019")
			}
			if d.Text != want && !registerCell(&texts[i], d.Text) {
				p.Report(&texts[i], d.Off, paddedDateMsg(p.View, &texts[i], d.Text, want))
			}
		}
	}
}

// paddedDateMsg says a short date padded otherwise than usual, and the
// spaces typed inside it when spacing reads its text and leaves them to
// this fix ("01/ 08/2022" for "01/8/2022", r71): the fix closes them up.
func paddedDateMsg(v *View, seg *Seg, written, want string) diag.Text {
	if spacingReads(v, seg) && strings.Contains(written, " ") {
		return diag.Msg("ngày %q thường viết %q, viết liền, không có dấu cách", "the date %q is usually written %q, closed up, with no space", written, want)
	}
	return diag.Msg("ngày %q thường viết %q", "the date %q is usually written %q", written, want)
}

// spacingReads reports whether spacing reads seg for spaces inside a
// date (spacedDates): the prose of a received text, but cells.
func spacingReads(v *View, seg *Seg) bool {
	return !v.FromTOML && seg.Role != RoleCell && seg.Role != RoleArchive
}

// longDayPadding reports a date in words after "ngày" whose day below 10
// or whose month 1 or 2 lacks its 0 ("ngày 5 tháng 10 năm 2020", "ngày
// 01 tháng 2 năm 2011"): as in the date of issue, and as a short date of
// the body is told ("25/1/2011" → "25/01/2011").
func longDayPadding(p *Pass, s *Seg, d cite.DateMatch) {
	if !hasSuffixFold(strings.TrimRight(s.Text[:d.Off], " "), "ngày") {
		return
	}
	f := strings.Fields(d.Text) // day, "tháng", month, "năm", year
	if len(f) != 5 {
		return
	}
	day, month := f[0], f[2]
	if len(day) == 1 {
		day = "0" + day
	}
	if month == "1" || month == "2" {
		month = "0" + month
	}
	if day == f[0] && month == f[2] {
		return
	}
	written := strings.Join(f, " ")
	want := strings.Join([]string{day, f[1], month, f[3], f[4]}, " ")
	p.Report(s, d.Off, diag.Msg("%q thường viết %q", "%q is usually written %q", "ngày "+written, "ngày "+want))
}

// paddedMonthRe is a month from March on written with a 0 in a date in
// words: "ngày 29 tháng 07 năm 2025".
var paddedMonthRe = lazyre.New(`tháng\s+0[3-9]\b`)

// longMonthPadding reports a date written in words whose month, from
// March on, takes a 0 ("tháng 07" for "tháng 7"): as in the date of
// issue, only months 1 and 2 are padded.
func longMonthPadding(p *Pass, s *Seg, d cite.DateMatch) {
	m := paddedMonthRe().FindStringIndex(d.Text)
	if m == nil {
		return
	}
	month := strings.Join(strings.Fields(d.Text[m[0]:m[1]]), " ")
	want := "tháng " + strings.TrimPrefix(strings.TrimPrefix(month, "tháng "), "0")
	p.Report(s, d.Off+m[0], diag.Msg("trong ngày %q, %q thường viết %q", "in the date %q, %q is usually written %q", d.Text, month, want))
}
