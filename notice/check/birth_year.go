package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "birth-year", Severity: diag.Warning, Ref: diag.Practice, Run: birthYear,
		Title: diag.Msg("năm sinh không sau năm ban hành thông báo", "a birth year is not after the notice's year"),
		Help:  diag.Msg("kiểm tra lại năm sinh đã ghi", "check the birth year written")})
}

// birthYear reports a person's birth year after the year the notice is
// dated ("Nguyễn Văn Khải (sinh năm 2089, ...)"): no one named in a notice
// is born after it, so a figure is mistyped. Only "sinh năm" opening a
// person's particulars, right after "(" or "," ("..., sinh năm 1989"),
// is read: the words run on in a sentence ("tuyển sinh năm 2027", "học
// sinh năm học") are another's. The particulars must follow a person's
// name (namedBefore): a December notice plans the next year for "trẻ em
// (sinh năm 2027)" or "trẻ em dưới 6 tuổi, sinh năm 2027 trở đi", children
// not yet born. A notice with no date is left.
func birthYear(p *Pass) {
	issued := p.View.Date.Year
	if issued == 0 {
		return
	}
	for _, c := range p.View.BirthCells {
		if c.year > issued {
			p.Report(&c.cell, 0, diag.Msg("năm sinh %d sau năm ban hành thông báo (%d)", "the birth year %d is after the notice's year (%d)", c.year, issued),
				diag.Msg("kiểm tra lại năm sinh %d", "check the birth year %d", c.year))
		}
	}
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive {
			continue
		}
		t := seg.Text
		for off := 0; ; {
			i := strings.Index(t[off:], "inh năm ")
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			year, at := birthYearAt(t, i)
			if at >= 0 && year > issued && namedBefore(t, i-1) {
				p.Report(seg, at, diag.Msg("năm sinh %d sau năm ban hành thông báo (%d)", "the birth year %d is after the notice's year (%d)", year, issued),
					diag.Msg("kiểm tra lại năm sinh %d", "check the birth year %d", year))
			}
		}
	}
}

// birthYearAt reads the year of "sinh năm YYYY" whose "inh" starts at i,
// when "sinh" follows "(" or "," (spaces between): the year and its
// offset, or -1.
func birthYearAt(t string, i int) (year, at int) {
	if i == 0 || t[i-1] != 's' && t[i-1] != 'S' {
		return 0, -1
	}
	before := strings.TrimRight(t[:i-1], " ")
	if before == "" || !strings.ContainsRune("(,", rune(before[len(before)-1])) {
		return 0, -1
	}
	at = i + len("inh năm ")
	if at+4 > len(t) || at+4 < len(t) && isDigit(t[at+4]) {
		return 0, -1
	}
	for k := at; k < at+4; k++ {
		if !isDigit(t[k]) {
			return 0, -1
		}
		year = year*10 + int(t[k]-'0')
	}
	return year, at
}

// namedBefore reports whether the text before "sinh" at i, past the "("
// or "," and spaces, ends with a person's name (findNames: a surname and
// capitalised words, "Nguyễn Văn Khải (sinh năm ..."), whose birth year
// cannot come after the notice.
func namedBefore(t string, i int) bool {
	before := strings.TrimRight(t[:i], " ")
	before = strings.TrimRight(before[:len(before)-1], " ") // the "(" or "," birthYearAt read
	for _, n := range findNames(before) {
		if n.off+len(n.text) == len(before) {
			return true
		}
	}
	return false
}
