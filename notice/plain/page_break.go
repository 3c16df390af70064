package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// brokenBefore reports whether a paragraph that ends without its final
// mark (above) and a line after a blank line that starts with a capital
// (next) are one paragraph cut by a page break. A sentence that lacks its
// full stop is a defect of the document, and the next paragraph opening
// with a capital ("Từ ngày 1/1/2009 ...", "2/ Phí vệ sinh") is its own:
// they are joined only where the break is plainly inside a sentence: the
// text above ends with a comma or a word that never ends one ("của",
// "các", "trình Trưởng" over "Ban Chỉ đạo ..."), or the line is the main
// clause an opening phrase leads to ("Thực hiện ... Covid-19" over "Ủy ban
// nhân dân xã Đức Hợp thông báo như sau:").
func brokenBefore(above, next string) bool {
	if !unfinished(above) || closingOpenerRe().MatchString(next) || ownParagraph(next) || groundEnded(above, next) { // grounds_break.go
		return false
	}
	if strings.HasSuffix(above, ",") || hangingWords[lastWord(above)] {
		return true
	}
	return announcesRe().MatchString(next)
}

// hangingWords never end a Vietnamese sentence: a conjunction, "của", a
// plural word, a preposition that always takes its noun, or the first
// word of a title or an office whose name follows ("Trưởng", "Sở").
var hangingWords = map[string]bool{
	"và": true, "hoặc": true, "của": true, "các": true, "những": true, "mọi": true,
	"tại": true, "với": true, "cho": true, "theo": true, "trình": true, "gửi": true,
	"cùng": true, "để": true, "do": true, "bởi": true, "là": true, "về": true, "từ": true,
	"nhằm": true, "thuộc": true, "gồm": true, "giữa": true, "đối": true,
	"Trưởng": true, "Phó": true, "Sở": true, "Bộ": true, "Ban": true, "Phòng": true,
	"Ủy": true, "Uỷ": true, "Chủ": true, "Giám": true,
}

// lastWord is the run of letters that ends s, or "".
func lastWord(s string) string {
	end := len(s)
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		i -= n
	}
	return s[i:end]
}

// announcesRe is the main clause an opening phrase leads to: a body that
// announces ("UBND phường Việt Hòa thông báo", "Bệnh viện ... thông báo
// việc nghỉ lễ"), its subject a name with no stop before the verb.
var announcesRe = lazyre.New(`^\p{Lu}[^.;:!?]{0,120}?\s(?:trân trọng |xin |kính )?thông báo\b`)
