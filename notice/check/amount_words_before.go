package check

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// A sum written in words before its figures: "Giá khởi điểm: Năm trăm
// triệu đồng (500.000.000 đồng)", as some auction and support notices
// write it.

// sumLeadWords are the words a sum in words follows inside a sentence
// ("với số tiền hai triệu đồng", "trị giá năm trăm triệu đồng"): after
// another word ("và hai trăm triệu đồng") the words may be the end of a
// longer sum, and are not read.
var sumLeadWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"là": true, "bằng": true, "tiền": true, "giá": true, "phí": true, "mức": true, "cộng": true,
	}
})

// wordsAgainstSum reports the sum in words that ends with "đồng" just
// before the bracket at open when the bracket holds only a sum in figures
// ("(500.000.000 đồng)", "(500.000.000đ)") that differs from it.
func wordsAgainstSum(p *Pass, seg *Seg, open int) {
	s := seg.Text
	shut := strings.IndexByte(s[open:], ')')
	if shut < 0 {
		return
	}
	inner := s[open+1 : open+shut]
	fig, start, ok := figuresSumEnd(inner, 0)
	if !ok || strings.TrimSpace(inner[:start]) != "" {
		return
	}
	from, words, ok := sumWordsBefore(s[:open])
	if !ok {
		return
	}
	if said, ok := readSumWords(words); ok && said != fig {
		p.Report(seg, from, diag.Msg("số tiền bằng chữ là %s đồng, khác số tiền bằng số %s đồng ngay sau", "the sum in words is %s đồng, not the %s đồng in figures after it", groupThousands(strconv.FormatInt(said, 10)), groupThousands(strconv.FormatInt(fig, 10))),
			agreeHelp)
	}
}

// sumWordsBefore reads the words of a sum that end with "đồng" at the end
// of before: from is where the first stands. ok is false when before does
// not end so, or the words are not the whole sum (sumLeadWords).
func sumWordsBefore(before string) (from int, words []string, ok bool) {
	before = strings.TrimRight(before, " \n\t")
	if len(before) < len("đồng") || !strings.EqualFold(before[len(before)-len("đồng"):], "đồng") {
		return 0, nil, false
	}
	end := len(before) - len("đồng")
	from = end
	for {
		w, at := lastSumWord(before[:from])
		if w == "" || !isSumWord(w) {
			lead := strings.ToLower(w)
			if from == end || w != "" && !sumLeadWords()[lead] && !startsWithCapital(before[from:]) {
				return 0, nil, false
			}
			return from, sumWordsOf(before[from:end]), true
		}
		from = at
	}
}

// lastSumWord is the last word of s, parted by spaces, commas, line ends and
// hyphens, and where it starts; "" at a bracket, a colon, a dot or a
// semicolon, or at the start.
func lastSumWord(s string) (string, int) {
	k := len(s)
	for k > 0 && strings.IndexByte(" ,\n\t-", s[k-1]) >= 0 {
		k--
	}
	j := k
	for j > 0 && strings.IndexByte(" ,\n\t-().:;", s[j-1]) < 0 {
		j--
	}
	return s[j:k], j
}

// isSumWord reports whether w is one of a sum's words.
func isSumWord(w string) bool {
	w = strings.ToLower(w)
	_, digit := digitWords()[w]
	_, scale := scaleWords()[w]
	return digit || scale || w == "mười" || w == "mươi" || w == "trăm" || w == "lẻ" || w == "linh"
}

// startsWithCapital reports whether s opens with a capital letter.
func startsWithCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " ,\n\t-"))
	return unicode.IsUpper(r)
}
