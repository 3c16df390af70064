package check

import (
	"github.com/thongbao/thongbao/notice/diag"
	"sync"
)

func init() {
	register(&Rule{ID: "relative-date", Severity: diag.Warning, Ref: diag.Practice, Run: relativeDate,
		Title: diag.Msg("văn bản ghi ngày cụ thể, không dùng \"hôm nay\", \"ngày mai\", \"sáng nay\"", "a notice names the date, not \"hôm nay\", \"ngày mai\", \"sáng nay\""),
		Help:  diag.Msg("ghi ngày, tháng, năm cụ thể (\"ngày 15/10/2020\"): văn bản được đọc vào những ngày khác nhau", "write the date (\"ngày 15/10/2020\"): a notice is read on other days than it was written")})
}

// relativeWords are the days a speaker counts from today, by their last
// word, with the words that make them so before it: "hôm nay", "sáng
// nay", "ngày mai", "chiều mai", "hôm qua", "ngày kia". "ngày nay"
// (nowadays), "hiện nay", "từ nay" and "năm nay" name no day, nor does
// "ngày mai táng" (of a burial); "Mai" with a capital is a name.
var relativeWords = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"nay": setOf("hôm", "sáng", "trưa", "chiều", "tối"),
		"mai": setOf("ngày", "sáng", "trưa", "chiều", "tối"),
		"qua": setOf("hôm"),
		"kia": setOf("ngày"),
	}
})

// relativeDate finds a day named from the day of writing ("Ngày mai nếu
// tình hình ổn định", "sáng ngày mai (15/10)"): a written notice is read
// on other days, and names the day by its date.
func relativeDate(p *Pass) {
	for _, seg := range p.View.textSegs() {
		switch seg.Role {
		case RoleRecipient, RoleArchive, RoleSigner, RoleName, RoleHeader:
			continue
		}
		x := p.View.index(seg.Text)
		for i := 1; i < len(x.words); i++ {
			if len(x.words[i].text) != 3 {
				continue // "nay", "mai", "qua", "kia"
			}
			before := relativeWords()[x.words[i].text] // small letters only: "Mai" is a name
			if before == nil || !x.spaced[i] || !before[x.lex[i-1].lowered()] || quoted(seg.Text, x.words[i-1].off) {
				continue
			}
			if i+1 < len(x.words) && x.spaced[i+1] && x.lex[i+1].lowered() == "táng" {
				continue // "ngày mai táng", the day of the burial
			}
			if x.words[i].text == "nay" && presentAge(x, i-1) {
				continue // "giàu mạnh như ngày hôm nay": the present age
			}
			if p.View.TypeCode == "BB" && dateNamedAfter(seg.Text, x.words[i].end) {
				continue // a Biên bản's "Hôm nay, ngày 26 tháng 11 năm 2026" (relative_date_named.go)
			}
			written := seg.Text[x.words[i-1].off:x.words[i].end]
			p.Report(seg, x.words[i-1].off, diag.Msg("%q: ngày được ghi theo ngày viết văn bản", "%q: a day counted from the day of writing", written),
				diag.Msg("ghi ngày, tháng, năm cụ thể thay cho %q", "write the date instead of %q", written))
		}
	}
}

// presentAge reports whether the "hôm nay" whose first word is at i names
// the present age, not a day counted from the day of writing: after
// "như" or "có được" ("một nước Việt Nam giàu mạnh như ngày hôm nay",
// "để có được ngày hôm nay"), the idiom of how far a people or a body
// has come. A day ("trước 17 giờ hôm nay", "trong ngày hôm nay") has
// another word before it.
func presentAge(x *textIndex, i int) bool {
	if x.lex[i].lowered() != "hôm" {
		return false
	}
	j := i - 1
	if j >= 0 && x.lex[j].lowered() == "ngày" {
		j--
	}
	if j < 0 {
		return false
	}
	switch x.lex[j].lowered() {
	case "như":
		return true
	case "được":
		return j > 0 && x.lex[j-1].lowered() == "có"
	}
	return false
}
