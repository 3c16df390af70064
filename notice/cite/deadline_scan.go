package cite

import "unicode/utf8"

// deadlineNext lists, for each word a deadline can start with, the words
// that must follow it (after white space) for deadlineRe to match there,
// read off the pattern's alternatives; nil when the pattern allows other
// marks in between ("trước**ngày"). FindDeadlines tries the pattern only
// where they stand: most trigger words ("định" of "quy định", "hàng" of
// "hàng hóa") start no deadline.
var deadlineNext = map[string][]string{
	"chậm":  {"nhất"},                 // chậm nhất
	"không": {"quá", "muộn"},          // không quá, không muộn hơn
	"đến":   {"hết"},                  // đến hết
	"bắt":   {"đầu"},                  // bắt đầu từ
	"kể":    {"từ"},                   // kể từ
	"từ":    {"ngày", "tháng", "thứ"}, // từ ngày, từ tháng, từ thứ Bảy, ngày
	"trong": {"thời", "tháng", "quý"}, // trong thời gian từ, trong tháng, trong quý
	"vào":   {"tháng", "quý"},         // vào tháng, vào quý
	"cuối":  {"tháng", "quý"},         // cuối tháng, cuối quý
	"đầu":   {"tháng"},                // đầu tháng
	"thời":  {"hạn", "gian"},          // thời hạn, thời gian hoàn thành
	"hoàn":  {"thành"},                // hoàn thành
	"hạn":   {"chót", "cuối", "hoàn"}, // hạn chót, hạn cuối, hạn hoàn thành
	"định":  {"kỳ"},                   // định kỳ
	"hằng":  {"ngày", "tuần", "tháng", "quý", "năm"},
	"hàng":  {"ngày", "tuần", "tháng", "quý", "năm"},
}

// deadlineUnits are the units "02 tuần/lần" counts in.
var deadlineUnits = []string{"ngày", "tuần", "tháng", "quý", "năm"}

// mayStartDeadline reports whether deadlineRe can match at i, where the
// word s[i:j] stands (word in lower case; digits when it is a number):
// false only where the pattern must fail.
func mayStartDeadline(s string, i, j int, word string, digit bool) bool {
	next := deadlineNext[word]
	if digit {
		if j-i > 2 {
			return false // "(\d{1,2})" then white space
		}
		next = deadlineUnits
	} else if next == nil {
		return true
	}
	k := spaces(s, j)
	if k == j {
		return false
	}
	if word == "từ" && k < len(s) && '0' <= s[k] && s[k] <= '9' {
		return true // a period from an hour: "từ 08 giờ ngày 12/12/2026 đến ..."
	}
	for _, w := range next {
		if foldLiteral(s, k, w) >= 0 {
			return true
		}
	}
	return false
}

// lowerWord is strings.ToLower of a word of letters or digits (valid
// UTF-8), with the letters of Vietnamese looked up in the table Fold
// reads: the word itself when it has no capital.
func lowerWord(w string) string {
	for i, r := range w {
		if l := runeInfo(r).lower; l != r {
			b := make([]byte, i, len(w)+utf8.UTFMax)
			copy(b, w[:i])
			for _, r := range w[i:] {
				b = utf8.AppendRune(b, runeInfo(r).lower)
			}
			return string(b)
		}
	}
	return w
}

// isLetter is unicode.IsLetter, from the table for Vietnamese letters.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return runeInfo(r).flags&latinLetter != 0
}
