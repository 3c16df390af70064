package importer

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/internal/lazyre"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

var (
	numberLineRe = lazyre.New(`^Số\s*:?\s*`)
	dateLineRe   = lazyre.New(`(?i),\s*ngày.*tháng.*năm`)
	// unitWords start the second line of one body's name: "ỦY BAN NHÂN
	// DÂN" / "TỈNH QUẢNG NGÃI".
	unitWords = []string{"tinh ", "huyen ", "thi xa ", "thanh pho ", "xa ", "phuong ", "thi tran ", "quan "}
)

// header reads the number, the place and date, the issuer, the type name
// and the trích yếu.
func (im *importer) header(ps []plain.Para) {
	d := im.d
	var issuer []plain.Para
	var dateLine *plain.Para
	numbered := false
	for _, p := range ps {
		t := strings.TrimSpace(p.Text)
		f := bare(t)
		switch {
		case p.Kind == plain.Title:
			if f != "thong bao" {
				im.note(p.Line, diag.Msg("tên loại %q: nguồn TOML là của một thông báo, bản in ghi \"THÔNG BÁO\"", "the type name %q: a TOML source is a notice's, printed \"THÔNG BÁO\"", t))
			}
		case p.Kind == plain.Subject:
			d.Subject = im.in.text(p, 0)
		case p.Kind == plain.Addressee:
			// read with the opening
		case numberLineRe().MatchString(t) && !numbered:
			numbered = true
			im.number(p, t)
		case dateLineRe().MatchString(t) && strings.Contains(t, ","):
			d.Place = escapeText(strings.TrimSpace(t[:strings.Index(t, ",")]))
			dateLine = &p
		case strings.HasPrefix(f, "cong hoa") || strings.HasPrefix(f, "doc lap"):
			want := compose.Country
			if strings.HasPrefix(f, "doc lap") {
				want = compose.Motto
			}
			if cite.Fold(t) != cite.Fold(want) {
				d.IssuerNotes = append(d.IssuerNotes, "Văn bản gốc viết: "+t)
				im.note(p.Line, diag.Msg("Quốc hiệu, Tiêu ngữ viết %q: bản in ghi đúng mẫu; giữ nguyên dưới dạng chú thích trong [issuer]", "the national title or motto reads %q: it is printed as the decree has it; kept as a comment in [issuer]", t))
			}
		case p.Col == plain.Right || numbered || len(issuer) > 0 && !isUpperText(t):
			d.IssuerNotes = append(d.IssuerNotes, "Văn bản gốc có ở phần đầu: "+t)
			im.note(p.Line, diag.Msg("không nhận ra dòng %q ở phần đầu; giữ nguyên dưới dạng chú thích trong [issuer]", "the header line %q is not recognised; kept as a comment in [issuer]", t))
		default:
			issuer = append(issuer, p)
		}
	}
	im.issuer(issuer)
	im.date()
	if dateLine != nil {
		im.sameDateLine(*dateLine)
	}
	if im.d.Place == "" {
		im.note(0, diag.Msg("không tìm thấy địa danh; place để trống", "no place was found; place is left empty"))
	}
	if !numbered {
		im.placeholderNumber()
	}
	if im.d.Subject == "" {
		im.note(0, diag.Msg("không tìm thấy trích yếu; subject để trống", "no trích yếu was found; subject is left empty"))
	}
}

// number reads the "Số:" line.
func (im *importer) number(p plain.Para, t string) {
	n := strings.Join(strings.Fields(numberLineRe().ReplaceAllString(t, "")), "")
	if _, err := cite.ParseNumber(n); err == nil {
		im.d.Number = n
		return
	}
	im.placeholderNumber()
	im.d.Head = append(im.d.Head, "Số, ký hiệu trong văn bản gốc: "+t)
	im.note(p.Line, diag.Msg("không đọc được số, ký hiệu %q; ghi tạm %q, hãy sửa lại", "the number %q cannot be read; %q is written instead, correct it", t, im.d.Number))
}

// placeholderNumber writes a draft number when the notice has none: its
// ký hiệu made from the issuer's name.
func (im *importer) placeholderNumber() {
	if im.d.Number != "" {
		return
	}
	code := issuerCode(im.d.Issuer.Name)
	im.d.Number = "/TB-" + code
	im.d.Head = append(im.d.Head, "Văn bản gốc không có số, ký hiệu: number ghi tạm \""+im.d.Number+"\".")
	im.note(0, diag.Msg("không tìm thấy số, ký hiệu; ghi tạm %q, hãy sửa lại", "no number was found; %q is written instead, correct it", im.d.Number))
}

// issuerCode makes a ký hiệu from an issuer's name: the initials of the
// body's own words ("SỞ CÔNG THƯƠNG" is SCT), "UBND" when none is known.
func issuerCode(name []string) string {
	if len(name) == 0 {
		return "UBND"
	}
	var b strings.Builder
	for _, w := range strings.Fields(bare(name[0])) {
		r := []rune(w)[0]
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	if b.Len() == 0 {
		return "UBND"
	}
	return b.String()
}

// issuer splits the issuer's lines into the parent body and the issuing
// body: a line that starts with a unit ("TỈNH QUẢNG NGÃI") goes on the
// name before it.
func (im *importer) issuer(ps []plain.Para) {
	var bodies [][]string
	for _, p := range ps {
		t := strings.TrimSpace(p.Text)
		f := bare(t)
		cont := len(bodies) > 0 && (hasAnyPrefix(f, unitWords) || strings.HasSuffix(bare(last(bodies[len(bodies)-1])), " va"))
		if cont {
			bodies[len(bodies)-1] = append(bodies[len(bodies)-1], escapeText(t))
		} else {
			bodies = append(bodies, []string{escapeText(t)})
		}
	}
	switch len(bodies) {
	case 0:
		im.note(0, diag.Msg("không tìm thấy tên cơ quan ban hành; issuer.name để trống", "the issuing body was not found; issuer.name is left empty"))
	case 1:
		im.d.Issuer.Name = bodies[0]
	default:
		for _, b := range bodies[:len(bodies)-1] {
			im.d.Issuer.Parent = append(im.d.Issuer.Parent, b...)
		}
		im.d.Issuer.Name = bodies[len(bodies)-1]
	}
}

func last(s []string) string { return s[len(s)-1] }

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) || s == strings.TrimSpace(p) {
			return true
		}
	}
	return false
}

// date writes the issuing date: as the header says it; when it says no
// month, or no date at all, the month of the meeting or of the latest
// date of the text, said in a comment.
func (im *importer) date() {
	d := im.v.Date
	if d.Year > 0 && d.Month >= 1 && d.Month <= 12 && (d.Day == 0 || d.IsReal()) {
		im.d.Date = d.ISO()
		return
	}
	month, found := latestMonth(im.f, d.Year)
	whence := diag.Msg("tháng của ngày muộn nhất trong văn bản", "the month of the latest date in the text")
	if !found {
		whence = diag.Msg("một tháng bất kỳ (văn bản không có ngày nào)", "a month of no meaning (the text has no date)")
	}
	if m := im.v.Meeting; m.IsComplete() && (d.Year == 0 || m.Year == d.Year) {
		month = cite.Date{Year: m.Year, Month: m.Month}
		whence = diag.Msg("tháng của ngày đầu tiên ở đoạn mở đầu", "the month of the first date of the opening")
	}
	im.d.Date = month.ISO()
	im.d.Head = append(im.d.Head, "Văn bản gốc không có ngày ban hành đủ tháng, năm: date ghi tạm \""+im.d.Date+"\" ("+whence.VI+").")
	if d.Year > 0 {
		im.note(0, diag.Msg("ngày ban hành không có tháng; ghi tạm %s %q, hãy sửa lại", "the issuing date has no month; %s, %q, is written instead: correct it", whence, im.d.Date))
	} else {
		im.note(0, diag.Msg("không tìm thấy ngày ban hành; ghi tạm %s %q, hãy sửa lại", "no issuing date was found; %s, %q, is written instead: correct it", whence, im.d.Date))
	}
}

// sameDateLine keeps the place and date line as a comment when the source
// would print it otherwise ("tháng 4năm 2026").
func (im *importer) sameDateLine(p plain.Para) {
	date, err := cite.ParseISO(im.d.Date)
	if err != nil {
		return
	}
	printed := plainOf(im.d.Place) + ", " + date.Long(" ")
	if strings.Join(strings.Fields(printed), " ") == strings.Join(strings.Fields(p.Text), " ") {
		return
	}
	im.d.IssuerNotes = append(im.d.IssuerNotes, "Văn bản gốc viết: "+p.Text)
	im.note(p.Line, diag.Msg("dòng địa danh, ngày %q được in theo mẫu: %q; giữ nguyên dưới dạng chú thích trong [issuer]", "the place and date %q are printed as the decree has them: %q; kept as a comment in [issuer]", folded(p.Text), folded(printed)))
}

// latestMonth is the month of the latest real date in the text, of the
// given year when it is not 0; January of that year, or of 2000, and
// false when there is none.
func latestMonth(f *plain.File, year int) (cite.Date, bool) {
	best := cite.Date{Year: max(year, 2000), Month: 1}
	found := false
	for _, p := range f.Paras {
		for _, m := range cite.FindDates(p.Text) {
			if m.Date.IsReal() && m.Date.Year < 3000 && (year == 0 || m.Date.Year == year) && (!found || m.Date.Compare(best) > 0) {
				best, found = m.Date, true
			}
		}
	}
	return cite.Date{Year: best.Year, Month: best.Month}, found
}

// isUpperText reports whether s has letters and none in lower case.
func isUpperText(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}
