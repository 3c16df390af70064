package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "citation-first-mention", Severity: diag.Warning, Ref: diag.RefCitation, Run: citationFirstMention,
		Title: diag.Msg("lần đầu trích dẫn văn bản ghi đủ số, ngày và cơ quan ban hành, theo thứ tự đó", "a document's first mention gives its number, date and issuer, in that order"),
		Help:  diag.Msg("lần đầu viện dẫn ghi đủ tên loại, số, ký hiệu, ngày ban hành và cơ quan ban hành; các lần sau chỉ ghi tên loại và số, ký hiệu", "at its first mention give the type, number, date and issuer; later mentions may give the type and number only")})
}

// citationFirstMention reports a document whose first mention in the
// body lacks its date or issuer (NĐ 30, Phụ lục I, Mục II, khoản 6, điểm
// b), saying where a later mention gives them. A footnote that gives
// them is enough; a document of the notice's own issuer is named by its
// issuer too (the decree makes no exception: "Kế hoạch số 368/KH-TLĐ"
// in a letter of the Tổng Liên đoàn, "Quyết định số 682/QĐ-ĐHKT-TCKT"
// in a notice of the Trường), but is left alone when another mention of
// it gives the issuer: the office shows it knows its own;
// quotations, the trích yếu, a heading or title in capitals, a law cited
// by its number ("Luật số 31/2013/QH13": a law needs its name only) and a
// number whose code has no type ("2093/2005/QĐ .UBND", a broken code) are
// left alone. A legal document ("Nghị định số 114/2018/NĐ-CP") is judged
// as any other: its number carries the year, not the day nor the issuer.
func citationFirstMention(p *Pass) {
	v := p.View
	own := ""
	if v.Number != nil {
		if n, err := cite.ParseNumber(strings.TrimSpace(numberOf(v.Number.Text))); err == nil {
			own = n.Issuer
		}
	}
	byDoc := map[string][]cited{}
	var order []string
	unnumberedCitations(p) // citation_unnumbered.go
	lawGroundsUndated(p)   // citation_law_ground.go
	blankNumbers(p)        // citation_blank_number.go
	yearOnlyNumbers(p)     // citation_year_only.go
	cs := citations(v)
	for _, c := range cs {
		if c.Number.Seq == "" || c.Number.Family == cite.Legal && c.Number.Type == "" || c.seg.Role == RoleSubject || capsLine(c) || quoted(c.seg.Text, c.Off) || postTitleCitation(v, c) || subjectNote(v, c) {
			continue
		}
		k := unmarkedKey(c.Number)
		if byDoc[k] == nil {
			if o := citedAgain(order, byDoc, c); o != "" {
				k = o // "Quyết định 25/QĐ-TTg ..." then "Quyết định số 25/2021/QĐ-TTg"
			} else {
				order = append(order, k)
			}
		}
		byDoc[k] = append(byDoc[k], c)
	}
	for i, k := range order {
		cs := byDoc[k]
		if missingLegalYear(cs[0], citations(v)) != "" || lawWithoutYear(cs[0]) {
			continue // a legal document whose number lacks its year: citation-legal-year says so
		}
		first := undotted(cs[0])
		if first.Type == "" {
			first.Type = genericKind(first) // "văn bản số 1626/BHXH-QLT"
		}
		if first.seg.Role == RoleNote || first.Type == "" {
			continue // a mention with no type name, as in a list after "số:", is judged with its list
		}
		if leadDated(first) || first.DateOff < 0 && dateWordAfter(first) {
			continue // "Ngày 23/12/2015, Thủ tướng Chính phủ có Quyết định số ..."
		}
		gluedBefore, gluedAfter := gluedAround(v, first)
		bare := first.DateOff < 0 && !gluedAfter && bareDateAfter(first)
		noDate := first.DateOff < 0 && !gluedAfter && !bare
		noIssuer := first.Issuer == "" && !(first.Number.Issuer == own && (issuerGiven(cs) || issuerBeforeList(v, first))) && !issuerBefore(v, first) && !issuerInHead(first) && !issuerInListHead(first) && !issuerSubject(first) && !issuerAfter(first) && !issuerAfterDate(first) && !issuerAbove(v, first) &&
			!gluedBefore && !gluedAfter && !(bare && issuerAfterBare(first)) && !issuerAfterList(v, first) && !issuerBeforeAt(v, first) && !issuerAfterAtLead(first)
		if isContract(first) {
			noDate, noIssuer = contractGaps(first, noDate, noIssuer) // citation_contract.go
		}
		if fullInNote(cs) || codeRunOn(first) {
			continue
		}
		if noDate && !noIssuer && issuerThenDate(first) {
			doc := first.Type + " số " + first.Number.Raw
			p.Report(first.seg, first.End, diag.Msg("lần đầu nhắc %s ghi ngày ban hành sau cơ quan ban hành; ghi theo thứ tự: số, ký hiệu, ngày ban hành, rồi cơ quan ban hành",
				"the first mention of %s gives its date after its issuer; give the number, then the date, then the issuer", doc))
			continue
		}
		if noDate && !noIssuer && datedLastInGround(first) {
			doc := first.Type + " số " + first.Number.Raw
			p.Report(first.seg, first.End, diag.Msg("lần đầu nhắc %s ghi ngày ban hành sau trích yếu; ghi theo thứ tự: số, ký hiệu, ngày ban hành, cơ quan ban hành, rồi trích yếu",
				"the first mention of %s gives its date after its subject; give the number, the date, the issuer, then the subject", doc))
			continue
		}
		if !noDate && noIssuer && issuerAfterSubject(first) {
			doc := first.Type + " số " + first.Number.Raw
			p.Report(first.seg, first.End, diag.Msg("lần đầu nhắc %s ghi cơ quan ban hành sau trích yếu; ghi theo thứ tự: số, ký hiệu, ngày ban hành, cơ quan ban hành, rồi trích yếu",
				"the first mention of %s gives its issuer after its subject; give the number, the date, the issuer, then the subject", doc))
			continue
		}
		if noDate && noIssuer && datedAfterSubject(first) {
			doc := first.Type + " số " + first.Number.Raw
			p.Report(first.seg, first.End, diag.Msg("lần đầu nhắc %s ghi ngày ban hành và cơ quan ban hành sau trích yếu; ghi theo thứ tự: số, ký hiệu, ngày ban hành, cơ quan ban hành, rồi trích yếu",
				"the first mention of %s gives its date and issuer after its subject; give the number, the date, the issuer, then the subject", doc))
			continue
		}
		if !noDate && !noIssuer {
			if bare {
				doc := first.Type + " số " + first.Number.Raw
				p.Report(first.seg, first.End, diag.Msg("ngày ban hành của %s thiếu chữ \"ngày\" đứng trước", "the date of %s lacks the word \"ngày\" before it", doc))
			}
			continue
		}
		if citationBrokenAfter(v, first) {
			continue // the page's line end broke the citation: its rest is on the next line (citation_broken.go)
		}
		if noDate && len(cs) == 1 && nearCode(order[:i], byDoc, first) {
			continue // the same document, its code typed two ways (citation_near_code.go)
		}
		vi, en := gapWords(first, noDate, noIssuer)
		if o := nearNumber(order[:i], byDoc, first); o != nil && len(cs) == 1 && noDate && !isContract(first) {
			reportNearNumber(p, first, *o, diag.Text{VI: strings.Join(vi, " và "), EN: strings.Join(en, " and ")}) // citation_near_number.go
			continue
		}
		doc := first.Type + " số " + first.Number.Raw
		msg := diag.Text{VI: "lần đầu nhắc " + doc + " chưa ghi " + strings.Join(vi, " và "),
			EN: "the first mention of " + doc + " lacks its " + strings.Join(en, " and ")}
		if later := fullMention(cs[1:]); later != nil {
			at := posText(*later)
			msg.VI += "; " + at.VI + " mới ghi đủ"
			msg.EN += "; " + at.EN + " gives them"
		}
		if isContract(first) {
			p.Report(first.seg, first.Off, msg, contractFix)
			continue
		}
		p.Report(first.seg, first.Off, msg)
	}
}

// gapWords are what a first mention lacks: its date, its issuer (a
// contract's signing date and parties, contractGapWords).
func gapWords(c cited, noDate, noIssuer bool) (vi, en []string) {
	if isContract(c) {
		return contractGapWords(noDate, noIssuer)
	}
	if noDate {
		vi, en = append(vi, "ngày ban hành"), append(en, "date")
	}
	if noIssuer {
		vi, en = append(vi, "cơ quan ban hành"), append(en, "issuer")
	}
	return vi, en
}

// codeRunOnRe is the last part of a ký hiệu typed apart from the rest
// by a space ("396/CĐ-BVHTT DL ngày 03/2/2020": "BVHTTDL"), read as the
// words after the code: a few capitals alone, then the date.
var codeRunOnRe = lazyre.New(`^ \p{Lu}{1,4} (?:ngày\s|\d{1,2}/\d{1,2}/\d{4})`)

// codeRunOn reports whether the words right after a citation's code are
// the code's own last part typed apart from it (codeRunOnRe): the
// citation's date and issuer stand after it, in their order, and the
// space is citation-code-space's to say, not a trích yếu before them.
func codeRunOn(c cited) bool {
	return c.End <= len(c.seg.Text) && codeRunOnRe().MatchString(c.seg.Text[c.End:])
}

// citedAgain returns the key of a document of order that c cites again
// under another spelling of its number, "" if none: the same kind, the
// same running number, type code and issuer's code, with the year and
// the family's marks written otherwise ("Quyết định 25/QĐ-TTg" and
// "Quyết định số 25/2021/QĐ-TTg"; "Nghị quyết số 60-NQ/TW" and
// "60/NQ-TW"). Two years, or two dates, that differ are two documents;
// whether the two spellings agree is citation-inconsistent's to say.
func citedAgain(order []string, byDoc map[string][]cited, c cited) string {
	for _, k := range order {
		f := byDoc[k][0]
		a, b := f.Number, c.Number
		// The running numbers first: they tell most pairs apart without
		// folding a word.
		if a.Type == "" || strings.TrimLeft(a.Seq, "0") != strings.TrimLeft(b.Seq, "0") || cite.Fold(f.Type) != cite.Fold(c.Type) ||
			foldCode(a.Type) != foldCode(b.Type) || foldCode(a.Issuer) != foldCode(b.Issuer) {
			continue
		}
		if a.Year != "" && b.Year != "" && a.Year != b.Year || f.DateOff >= 0 && c.DateOff >= 0 && f.Date != c.Date {
			continue
		}
		if a.Year != "" && f.DateOff < 0 && c.DateOff >= 0 && c.Date.Year != 0 && strconv.Itoa(c.Date.Year) != a.Year ||
			b.Year != "" && c.DateOff < 0 && f.DateOff >= 0 && f.Date.Year != 0 && strconv.Itoa(f.Date.Year) != b.Year {
			continue // "25/2021/QĐ-TTg" beside "25/QĐ-TTg ngày 22/7/2020": two years
		}
		return k
	}
	return ""
}

// numberOf returns the number of a "Số: 12/TB-UBND" line.
func numberOf(line string) string {
	if i := strings.Index(line, ":"); i >= 0 {
		line = line[i+1:]
	}
	return strings.Join(strings.Fields(line), "")
}

// dateWordAfter reports whether "ngày" follows the number, a comma
// between them or not (a Party document writes "số 18-NQ/TW, ngày
// 25-10-2017", a date cite does not read): when no date
// was read there ("số 145/2013/NĐ-CP ngày ngày 29 tháng 10 năm 2013 của
// Chính phủ"), the date and issuer are given in a form this rule does not
// read, and another rule says the doubled word.
func dateWordAfter(c cited) bool {
	rest := strings.TrimLeft(c.seg.Text[c.End:], " ,")
	if m := levelAfterCodeRe().FindStringIndex(rest); m != nil && councilCodeRe().MatchString(c.Number.Raw) {
		rest = rest[m[1]:] // "01/2023/NQ-HĐND tỉnh ngày 19/5/2023": the council's level after its code
	}
	return strings.HasPrefix(rest, "ngày ")
}

// levelAfterCodeRe is the level of a council or people's committee
// written after the code that names it ("NQ-HĐND tỉnh", "QĐ-UBND huyện"),
// before the date.
var levelAfterCodeRe = lazyre.New(`^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+`)

// councilCodeRe is a code ending in a council's or a people's
// committee's abbreviation.
var councilCodeRe = lazyre.New(`(?:HĐND|UBND)$`)

func fullInNote(cs []cited) bool {
	for _, c := range cs {
		if c.seg.Role == RoleNote && c.DateOff >= 0 {
			return true
		}
	}
	return false
}

func fullMention(cs []cited) *cited {
	for i := range cs {
		if cs[i].DateOff >= 0 && cs[i].Issuer != "" {
			return &cs[i]
		}
	}
	return nil
}

// issuerGiven reports whether a mention of cs names the document's
// issuer.
func issuerGiven(cs []cited) bool {
	for _, c := range cs {
		if c.Issuer != "" {
			return true
		}
	}
	return false
}

// issuerBefore reports whether the clause before a citation names who
// issued it: "do Sở Xây dựng thành phố Hà Nội cấp kèm theo Quyết định số
// 230/QĐ-SXD", "của UBND tỉnh tại Quyết định số ...", "đã được Thủ tướng
// Chính phủ phê duyệt tại Quyết định số ...".
func issuerBefore(v *View, c cited) bool {
	head := sentenceHead(c) // "UBND TP.Đà Nẵng tại Công văn số ...": that "." ends no sentence
	if prev := citedBefore(v, c); prev > c.Start()-len(head) {
		// "của Chính phủ, ... Thông tư số 08/2025/TT-BNNMT sửa đổi ... của
		// Thông tư số 01/2022/...": an issuer named before the citation
		// before is that one's
		head = c.seg.Text[prev:c.Start()]
	}
	// "một số điều của Thông tư số 01/...": that "của" governs the cited
	// document itself, and names no issuer
	head = strings.TrimSuffix(strings.TrimRight(head, " "), "của")
	head = withoutGenericKind(head) // "được UBND quận xác nhận tại Văn bản số 1234/UBND-TNMT"
	return containsLit(head, " do ") || containsLit(head, "của ") || mayApprovedBy(head) && approvedByRe().MatchString(head)
}

// issuerInHead reports whether a citation is a member of a list under a
// head that names the tên loại and the issuer before a colon: "các Nghị
// định của Chính phủ: Số 43/2014/NĐ-CP ...; số 01/2017/NĐ-CP ...", "các
// Văn bản của Thủ tướng Chính phủ: Số 326/QĐ-TTg ...". Every number of the
// list takes the head's type, and with it the head's issuer; grounds says
// that such a list is not one ground a line.
func issuerInHead(c cited) bool {
	if c.TypeOff < 0 || c.TypeOff+len(c.Type) > c.Off {
		return false
	}
	gap := c.seg.Text[c.TypeOff+len(c.Type) : c.Off]
	head, _, ok := strings.Cut(gap, ":")
	if ok && strings.TrimSpace(head) == "" && mayListIssuerLead(c.seg.Text[:c.TypeOff]) && listIssuerLeadRe().MatchString(c.seg.Text[:c.TypeOff]) {
		return true // "Thông tư liên tịch giữa Bộ Y tế và Bộ Nội vụ, gồm các Thông tư liên tịch: số ..."
	}
	return ok && groupIssuerRe().MatchString(head)
}

// listIssuerLeadRe ends a text that names the issuers once for the list
// of documents after it: "của" or "giữa" and a name that starts with a
// capital, then "gồm" and the plural of the list's kind ("Thông tư liên
// tịch giữa Bộ Y tế và Bộ Nội vụ, gồm các").
var listIssuerLeadRe = lazyre.New(`(?:^|\s)(?:của|giữa)\s+\p{Lu}[^;.:]{0,80}?,?\s+(?:bao\s+)?gồm\s+(?:các|những)\s+$`)

// groupIssuerRe is what stands between a list's tên loại and its colon
// when it names the issuer: "của" and a name that starts with a capital.
var groupIssuerRe = lazyre.New(`^\s+của\s+\p{Lu}[^;.:]{0,60}$`)

// issuerSubject reports whether the clause before a citation is its
// issuer doing the issuing: a name in capitals as the clause's subject,
// then a verb of drafting or issuing right before the document ("Xí
// nghiệp môi trường Liên Chiểu đã xây dựng Phương án số 37/PA-MTLC",
// "Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch số ..."), or the notice's
// issuer naming itself by its kind in lower case ("trường có ra Thông báo
// số 210/TB-THPTUVK", "đơn vị đã ban hành Kế hoạch số ..."). The name may
// carry its short form in brackets: "Sở Khoa học và Công nghệ (Sở KH&CN)
// đã ban hành Thông báo số ...".
func issuerSubject(c cited) bool {
	head := c.seg.Text[:c.Start()]
	if i := strings.LastIndexAny(head, ",;.:"); i >= 0 {
		head = head[i+1:]
	}
	return issuerSubjectRe().MatchString(head) || selfIssuerRe().MatchString(head)
}

var selfIssuerRe = lazyre.New(`^\s*(?:nhà\s+)?(?:trường|đơn vị|cơ quan|công ty|trung tâm)\s+(?:đã\s+|vừa\s+)?(?:có\s+)?(?:ra|ban hành|ký ban hành|phát hành|xây dựng|xây dựng và ban hành|lập)\s*$`)

var issuerSubjectRe = lazyre.New(`^\s*\p{Lu}[^()]{1,80}?(?:\s\(\p{Lu}[^()]{0,30}\))?\s(?:đã\s+|vừa\s+|đã\s+có\s+)?(?:xây dựng|ban hành|xây dựng và ban hành|ký|ký ban hành|lập|phát hành|có)\s*$`)

// issuerAfter reports whether the words after a citation name who issued
// it with "do": "Quyết định số 12/QĐ-UBND ngày 05/3/2024 do Ủy ban nhân
// dân tỉnh ban hành".
func issuerAfter(c cited) bool {
	rest := c.seg.Text[c.End:]
	return issuedByRe().MatchString(rest) || yearIssuerRe().MatchString(rest) || jointIssuersRe().MatchString(afterDate(c))
}

// yearIssuerRe opens the words after a citation that give its year, not
// its date, and then its issuer: "Kế hoạch 12/KH-UBND năm 2026 của Ủy ban
// nhân dân xã". The issuer is named; the date is still missing.
var yearIssuerRe = lazyre.New(`^\s+năm\s+\d{4},?\s+của\s+\p{Lu}`)

// afterDate is the text after a citation's date, or after the citation
// when it has none.
func afterDate(c cited) string {
	rest := c.seg.Text[c.End:]
	if c.DateOff >= 0 && c.DateOff <= len(c.seg.Text) {
		if m := citedDateRe().FindStringIndex(c.seg.Text[c.DateOff:]); m != nil && c.DateOff+m[1] >= c.End {
			rest = c.seg.Text[c.DateOff+m[1]:]
		}
	}
	return rest
}

// jointIssuersRe opens the words right after a joint document's
// citation that name its issuers: "Kế hoạch số 30/KHPH-HLHPN-LĐLĐ ngày
// 06 tháng 06 năm 2018 giữa Liên đoàn Lao động và Hội Liên hiệp Phụ nữ
// Thành phố", or a contract's parties after its signing ("Hợp đồng số
// 26/HĐĐG-TS ngày 13/8/2020 đã ký giữa Trung tâm ... và Tòa án ...": a
// contract has parties, not an issuer). Only right after the citation: a
// "giữa" inside the subject ("về phối hợp giữa ...") names parties of the
// matter, not issuers.
var jointIssuersRe = lazyre.New(`^,?\s+(?:(?:đã\s+|được\s+)?ký(?:\s+kết)?\s+)?giữa\s+\p{Lu}[^;:.]{0,80}?\s+và\s+\p{Lu}`)

var issuedByRe = lazyre.New(`^[^;:.]{0,40}?\s(?:do|bởi)\s+\p{Lu}`)

// approvedByRe ends a clause that names, before a document, who issued
// it: "đã được Thủ tướng Chính phủ phê duyệt tại", "được UBND tỉnh ban
// hành theo", or with what was approved between the verb and "tại":
// "được UBND huyện phê duyệt dự án đầu tư xây dựng tại". The issuer is a
// name, so it starts with a capital: "đã được phê duyệt tại" names no one.
var approvedByRe = lazyre.New(`(?:^|\s)được\s+\p{Lu}[^,;:]{1,80}?\s(?:phê duyệt|ban hành|chấp thuận|thông qua|ký|giao|quyết định|cho phép|công nhận|phân bổ|xác nhận|thẩm định)(?:\s+(?:tại|theo|bằng|ở)|\s+\p{Ll}[^,;:()]{0,60}?\s+tại)?\s*$`)

// issuerAbove reports whether an earlier citation of the same paragraph,
// of a document of the same issuer's code, names the issuer: "Quyết định
// số 770/QĐ-UBND ... của UBND tỉnh Lào Cai ...; Quyết định số
// 498/QĐ-UBND ..." means the same UBND.
func issuerAbove(v *View, c cited) bool {
	for _, o := range citations(v) {
		if o.seg == c.seg && o.Off < c.Off && (o.Issuer != "" || issuerInPluralHead(o, c)) && o.Number.Issuer == c.Number.Issuer {
			return true
		}
	}
	return false
}

// issuerBeforeList reports whether an earlier citation of the same
// sentence, of a document of the same issuer's code, has its issuer named
// before it, so that the list shares it: "và Ủy ban nhân dân tỉnh [tại Kế
// hoạch số 739/KH-UBND ...; Kế hoạch số 740/KH-UBND ...]". Read only for a
// document of the notice's own issuer, whose issuer the office names once
// for its own list.
func issuerBeforeList(v *View, c cited) bool {
	for _, o := range citations(v) {
		if o.seg == c.seg && o.End <= c.Start() && o.Number.Issuer == c.Number.Issuer &&
			!strings.Contains(c.seg.Text[o.End:c.Start()], ".") && issuerBefore(v, o) {
			return true
		}
	}
	return false
}

// issuerInPluralHead reports whether o opens a list under a plural head
// of c's kind that names the issuer once for the list, with no colon:
// "các Quyết định của Bộ Tổng Tham mưu số 1290/QĐ-TM ngày ... và Quyết
// định số 1507/QĐ-TM ngày ...".
func issuerInPluralHead(o, c cited) bool {
	if c.Type == "" || o.Off > len(o.seg.Text) {
		return false
	}
	head := o.seg.Text[:o.Off]
	if i := strings.LastIndexAny(head, ";."); i >= 0 {
		head = head[i+1:]
	}
	if !mayPluralIssuerHead(head) {
		return false
	}
	m := pluralIssuerHeadRe().FindStringSubmatch(head)
	return m != nil && strings.EqualFold(m[1], c.Type)
}

var pluralIssuerHeadRe = lazyre.New(`(?:^|\s)(?:các|những)\s+(\p{Lu}\p{Ll}*(?:\s\p{Ll}+){0,2})\s+của\s+\p{Lu}[^;.:()]{0,80}?\s+số:?\s*$`)

// citedBefore is where the citation before c in its paragraph ends, -1
// when c is the first.
func citedBefore(v *View, c cited) int {
	end := -1
	for _, o := range citations(v) {
		if o.seg == c.seg && o.End <= c.Start() {
			end = max(end, o.End)
		}
	}
	return end
}

// genericKind is "văn bản" (or "Văn bản") where a citation with no type
// name has it right before its "số": "Căn cứ văn bản số 1626/BHXH-QLT về
// việc ...", a document named by the generic word, judged as any other;
// "" otherwise. A mention with "của" after its number is left alone: its
// issuer is there, in a form the reader may not have read ("ngày
// 30/3/20167 của Công ty ...").
func genericKind(c cited) string {
	tail := c.seg.Text[c.End:]
	if i := indexLit(tail, " về "); i >= 0 {
		tail = tail[:i]
	}
	if containsLit(tail, "của ") {
		return ""
	}
	head := strings.TrimRight(c.seg.Text[:c.Off], " ")
	head, ok := strings.CutSuffix(head, "số")
	if !ok {
		return ""
	}
	head = strings.TrimRight(head, " ")
	for _, k := range []string{"văn bản", "Văn bản"} {
		if strings.HasSuffix(head, " "+k) || head == k {
			return k
		}
	}
	return ""
}

// withoutGenericKind is head without the "văn bản số" that ends it, the
// generic word genericKind takes for a citation's type: the words before
// it are the clause that names the issuer.
func withoutGenericKind(head string) string {
	h, ok := strings.CutSuffix(strings.TrimRight(head, " "), "số")
	if !ok {
		return head
	}
	h = strings.TrimRight(h, " ")
	for _, k := range []string{"văn bản", "Văn bản"} {
		if rest, ok := strings.CutSuffix(h, k); ok && strings.HasSuffix(rest, " ") {
			return rest
		}
	}
	return head
}

// postTitleCitation reports whether c opens a post's title (postTitle)
// over a text with no header, and names its subject: the title naming the
// document the post holds ("Công văn số 422/KH-PGDĐT về việc tổ chức giải
// ..."), not a document the text cites.
func postTitleCitation(v *View, c cited) bool {
	if len(v.Header) > 0 || !postTitle(v) || c.TypeOff < 0 || c.Subject == "" {
		return false
	}
	return strings.TrimSpace(c.seg.Text[:c.TypeOff]) == "" && c.seg.PosAt(0) == v.Body[0].PosAt(0)
}

// subjectNote reports whether c stands in a note of the heading: the
// body's first paragraph, right under the trích yếu and wholly in one
// pair of brackets ("V/v thu các khoản tiền năm học 2023-2024" / "(Các
// khoản thu theo Nghị quyết số 01/2023/NQ-HĐND của Hội đồng nhân dân
// tỉnh Bình Dương)"). It says what the notice rests on as the trích yếu
// does, and the body's first citation of it is its first mention.
func subjectNote(v *View, c cited) bool {
	if v.Subject == nil || v.Addressee != nil || len(v.Body) == 0 || c.seg.PosAt(0) != v.Body[0].PosAt(0) {
		return false
	}
	t := strings.TrimSpace(v.Body[0].Text)
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") &&
		strings.Count(t, "(") == 1 && strings.Count(t, ")") == 1
}
