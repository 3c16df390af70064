package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A căn cứ cites a Luật, a Bộ luật or a Pháp lệnh by its name and the day
// it was passed, with no number, code or issuer (NĐ 30, Phụ lục I, Mục
// II, khoản 6, điểm a: "riêng Luật, Pháp lệnh không ghi số, ký hiệu, cơ
// quan ban hành"): "Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010;".
// Only a document with a tên loại other than Thông báo (a Quyết định, a
// Nghị quyết, a Kế hoạch ...) is read.
// "Căn cứ Luật Viên chức năm 2010;", "Căn cứ Luật Chứng khoán số
// 54/2019/QH14;" give no day: the reader of the ground cannot tell which
// text of the law is meant (an amending law of the same year, a law passed
// again). In the body a law is named by its name and year as offices write
// it ("theo Luật Đất đai năm 2013"); only the grounds are read. The
// Quốc hội and its Ủy ban thường vụ cite a law by its number in their own
// texts ("Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;"), the form of
// their resolutions, not of NĐ 30: a text numbered "/QH", "-UBTVQH" may.

// lawGroundRe opens a ground that cites a law: "Căn cứ Luật", "Căn cứ vào
// Bộ luật", "Căn cứ theo Pháp lệnh" ("Luật viên chức": the name's case
// is citation-case's; "luật" in small letters names no law).
var lawGroundRe = lazyre.New(`^(?:[-+•–]\s*)?Căn cứ (?:(?:vào|theo) )?((?:Bộ luật|Luật|Pháp lệnh) \p{L})`)

// lawDateRe is a day of passing: "ngày 15 tháng 11 năm 2010",
// "ngày 15/11/2010", "15-11-2010".
var lawDateRe = lazyre.New(`\d{1,2}\s*tháng\s*\d{1,2}\s*năm|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}`)

// lawGroundsUndated reports, in the grounds of the body, each ground (up
// to its ";" or its end) that opens with a law and gives no day of
// passing anywhere in it, at the law's name. A ground of several laws run
// together with commas ("Căn cứ Luật A năm 2015, Luật B năm 2013") is
// said once, at the first; laws after a ";" each open a ground of their
// own when they start the part ("...; Luật sửa đổi, bổ sung ... năm
// 2019;").
func lawGroundsUndated(p *Pass) {
	v := p.View
	if v.Type != Other {
		// A Thông báo (Mẫu 1.4) and a Công văn (Mẫu 1.5) have no block of
		// grounds of issue: a "Căn cứ Luật ..." there cites the law in the
		// body, where the law's name alone is its citation (Phụ lục I, Mục
		// II, khoản 6, điểm b).
		return
	}
	defer p.withRef(diag.RefGrounds)()
	byNumber := quocHoiText(v)
	from, to := groundsSpan(v)
	for i := from; i < to; i++ {
		s := &v.Body[i]
		if s.Role == RoleCell {
			continue
		}
		lead := strings.TrimLeft(s.Text, " \t")
		m := lawGroundRe().FindStringSubmatchIndex(lead)
		if m == nil {
			continue
		}
		base := len(s.Text) - len(lead)
		at := base + m[2]
		for _, part := range groundParts(s.Text, at) {
			if lawDateRe().MatchString(s.Text[part[0]:part[1]]) || byNumber && lawNumberRe().MatchString(s.Text[part[0]:part[1]]) {
				continue
			}
			name := groundLawName(s.Text[part[0]:part[1]])
			p.Report(s, part[0], diag.Msg("căn cứ %q chưa ghi ngày, tháng, năm thông qua", "the ground %q does not give the day, month and year it was passed", name),
				diag.Msg("ghi \"%s ngày ... tháng ... năm ...\", không ghi số, ký hiệu và cơ quan ban hành của luật", "write \"%s ngày ... tháng ... năm ...\", with no number, code or issuer for a law", lawTitle(name)))
		}
	}
}

// lawNumberRe is a law's number: "số 57/2014/QH13", "57/2014/QH13".
var lawNumberRe = lazyre.New(`\d+/\d{4}/QH\d+`)

// quocHoiText reports whether the text is numbered as the Quốc hội's or
// its Ủy ban thường vụ's ("Số: 1075/2015/UBTVQH13", "Số: 12/NQ-UBTVQH15").
func quocHoiText(v *View) bool {
	return v.Number != nil && quocHoiNumberRe().MatchString(v.Number.Text)
}

var quocHoiNumberRe = lazyre.New(`[/-](?:UBTV)?QH\d*\b`)

// groundParts parts a ground from at (where its first law starts) at its
// semicolons: the first part, and each later part that starts with a law
// of its own ("; Luật sửa đổi, bổ sung ..."); a part that cites another
// kind ("; Nghị định số ...") ends the reading.
func groundParts(t string, at int) [][2]int {
	var out [][2]int
	for start := at; start < len(t); {
		end := strings.IndexByte(t[start:], ';')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		out = append(out, [2]int{start, end})
		next := end + 1
		for next < len(t) && t[next] == ' ' {
			next++
		}
		rest := t[min(next, len(t)):]
		if rest == "" || !(strings.HasPrefix(rest, "Luật ") || strings.HasPrefix(rest, "Bộ luật ") || strings.HasPrefix(rest, "Pháp lệnh ")) {
			break
		}
		start = next
	}
	return out
}

// groundLawName is the law's name as the ground writes it, with the year
// or number it gives: "Luật viên chức năm 2010", "Luật Chứng khoán số
// 54/2019/QH14", "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn
// bản quy phạm pháp luật năm 2020"; with neither, up to a bracket or the
// words that go on ("được sửa đổi ...").
func groundLawName(t string) string {
	end := len(t)
	if m := lawYearAtRe().FindStringIndex(t); m != nil {
		end = m[1]
	} else {
		for _, stop := range []string{"(", " được ", " đã được ", " và các ", " quy định ", " hướng dẫn "} {
			if i := strings.Index(t, stop); i > 0 && i < end {
				end = i
			}
		}
	}
	name := strings.TrimRight(t[:end], " .,;")
	if r := []rune(name); len(r) > 120 {
		name = string(r[:120]) + "..."
	}
	return name
}

// lawYearAtRe is the first year or number a ground gives a law: " năm
// 2010", " số 54/2019/QH14", " 2016".
var lawYearAtRe = lazyre.New(` (?:năm \d{4}|(?:số )?\d+/\d{4}/[\d\p{L}]+|\d{4}\b)`)

// groundsSpan is where the grounds of issue at the head of the body
// stand: before "QUYẾT ĐỊNH:" when a Quyết định has one, else the first
// run of paragraphs that open as grounds do ("Căn cứ", "Xét", "Theo đề
// nghị", "Thực hiện" ...), starting among the body's first three (a
// post's title or a sentence of receipt may come first). A "Căn cứ"
// further down the body is a sentence of the body, where a law is named
// by its name and year as offices write it.
func groundsSpan(v *View) (from, to int) {
	if _, enact, ok := groundsBlock(v); ok {
		return 0, enact
	}
	opens := func(s *Seg) bool {
		return s.Role != RoleCell && groundStartRe().MatchString(strings.TrimLeft(s.Text, " \t-+•–"))
	}
	for from = 0; from < min(3, len(v.Body)) && !opens(&v.Body[from]); from++ {
	}
	for to = from; to < len(v.Body) && opens(&v.Body[to]); to++ {
	}
	return from, to
}

// lawTitle is the name without the year or number the ground gave it:
// "Luật viên chức năm 2010" → "Luật viên chức".
func lawTitle(name string) string {
	if m := lawYearRe().FindStringIndex(name); m != nil {
		name = name[:m[0]]
	}
	return strings.TrimSuffix(name, "...")
}

// lawYearRe is the year or number a ground writes after a law's name:
// " năm 2010", " số 54/2019/QH14", " 2016" ("Luật Chuyển đổi số" keeps its
// "số").
var lawYearRe = lazyre.New(` (?:năm \d{4}|số \d|\d{4}\b).*$`)
