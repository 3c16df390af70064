package check

import (
	"strconv"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "lunar-year", Severity: diag.Warning, Ref: diag.Practice, Run: lunarYear,
		Title: diag.Msg("tên năm âm lịch (can chi) khớp với năm dương lịch đi kèm", "a lunar year's name matches the year written beside it"),
		Help: diag.Msg("tên can chi ghi cạnh một năm phải đúng là tên của năm đó (Tết Nguyên đán Bính Ngọ 2026, Đinh Mùi 2027): sửa tên năm hoặc sửa năm",
			"the sixty-year cycle's name beside a year must be that year's (Bính Ngọ 2026, Đinh Mùi 2027): mend the name or the year")})
}

// A notice names a lunar year by its stem and branch beside the solar
// year in which its Tết falls: "Tết Nguyên đán Bính Ngọ 2026", "Xuân
// Đinh Mùi 2027", "năm 2027 (Đinh Mùi)". A name copied from last year's
// notice with the year moved on ("Tết Nguyên đán Bính Ngọ 2027") sends
// offices to the wrong Tết.

// heavenlyStems are the first words of a year's name, in the order of
// the cycle: the stem of year y is heavenlyStems[(y+6)%10].
var heavenlyStems = [10]string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}

// branchOrder are the second words, the branch of year y being
// branchOrder[(y+8)%12]; Mẹo and Tị are written for Mão and Tỵ too.
var branchOrder = [12]string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}

// branchAliases are the other spellings of a branch.
var branchAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{"Mẹo": "Mão", "Tị": "Tỵ"}
})

const (
	stemPat   = `(Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)`
	branchPat = `(Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)`
)

var (
	// nameThenYear: "Bính Ngọ 2026", "Bính Ngọ năm 2026", "Bính Ngọ - 2026";
	// it starts with a stem (tried from their first bytes only), a letter
	// before it and a figure after the year told apart by lunarBounds.
	nameThenYear = lazyre.New(stemPat + `[ \t]+` + branchPat + `[ \t]*(?:[-–,][ \t]*)?(?:năm[ \t]+)?(\d{4})`)
	// yearThenName: "năm 2027 (Đinh Mùi)", "2027 (năm Đinh Mùi)".
	yearThenName = lazyre.New(`(\d{4})[ \t]*\([ \t]*(?:năm[ \t]+)?` + stemPat + `[ \t]+` + branchPat + `[ \t]*\)`)
)

// branchLits are the branches as literals, to skip a text that names none.
var branchLits = newLiterals(append(branchOrder[:], "Mẹo", "Tị")...)

func lunarYear(p *Pass) {
	for _, seg := range p.View.textSegs() {
		t := seg.Text
		if !p.View.holdsDigit(t) || !p.View.holdsAny(t, branchLits) {
			continue
		}
		for _, m := range nameThenYear().FindAllStringSubmatchIndex(t, -1) {
			if letterBefore(t[:m[0]]) || m[1] < len(t) && isDigit(t[m[1]]) {
				continue // "Giáp" ending a word, a year of more figures
			}
			lunarYearCheck(p, seg, m[2], m[5], t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]])
		}
		for _, m := range yearThenName().FindAllStringSubmatchIndex(t, -1) {
			if m[0] > 0 && strings.IndexByte("0123456789/.", t[m[0]-1]) >= 0 {
				continue // the end of a longer figure or a date: "12/2027 (...)"
			}
			lunarYearCheck(p, seg, m[2], m[7], t[m[4]:m[5]], t[m[6]:m[7]], t[m[2]:m[3]])
		}
	}
}

// lunarYearCheck reports the name stem+branch written at t[from:to]
// when it is not the name of year; after a person's title, or opening a
// row of a list as a name (lunar_person.go), it is a name (the surname
// Đinh, the given name Dậu) and the year his birth's.
func lunarYearCheck(p *Pass, seg *Seg, from, to int, stem, branch, year string) {
	y, _ := strconv.Atoi(year)
	if y < 1000 || personTitleAt(seg.Text, from) || listedPerson(seg.Text, from, to) {
		return // "ông Đinh Tuất, 1990", "1. Đinh Dậu - 1981": a man named so, born that year
	}
	if b, ok := branchAliases()[branch]; ok {
		branch = b
	}
	want := lunarYearName(y)
	if stem+" "+branch == want {
		return
	}
	written := seg.Text[from:to]
	p.Report(seg, from, diag.Msg("%q: năm %d là năm %s, không phải %s %s", "%q: %d is the year %s, not %s %s",
		written, y, want, stem, branch),
		diag.Msg("ghi %q cho năm %d, hoặc sửa năm cho đúng", "write %q for %d, or mend the year", want, y))
}

// lunarYearName is the stem and branch of the lunar year whose Tết falls
// in the solar year y: 2026 "Bính Ngọ".
func lunarYearName(y int) string {
	return heavenlyStems[(y+6)%10] + " " + branchOrder[(y+8)%12]
}
