package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "amount-words", Severity: diag.Warning, Ref: diag.Practice, Run: amountWords,
		Title: diag.Msg("số tiền viết bằng chữ là số tiền viết bằng số đi liền với nó", "a sum written in words is the sum written in figures beside it"),
		Help:  diag.Msg("đọc lại số tiền bằng số và bằng chữ, sửa cho hai cách viết là một số tiền", "read the sum in figures and in words again and make them one sum")})
}

// amountWords reports a sum whose words after "Bằng chữ:" (or in a
// bracket right after "đồng": "500.000 đồng (Năm trăm nghìn đồng)") say
// another sum than its figures just before ("12.480.356.000 đồng (Bằng chữ: Mười hai
// tỷ, bốn trăm tám mươi lăm triệu ... đồng)"): a slip in a price, a
// deposit or a sum collected that a bidder, a buyer or a payer reads, and
// that a reviewer checks word by word. Only a sum read whole on both sides
// is judged: the figures in đồng (with "tỷ", "triệu", "nghìn" before
// "đồng"; "đ", "VNĐ", "VND"; "đồng/m2"), the words all a sum's words up
// to "đồng". The words may also stand before the figures, which a bracket
// then holds alone: "Năm trăm triệu đồng (500.000.000 đồng)".
func amountWords(p *Pass) {
	for _, seg := range p.View.textSegs() {
		s := seg.Text
		for at := 0; ; {
			i := indexFold(s[at:], "bằng chữ")
			if i < 0 {
				break
			}
			i += at
			at = i + len("bằng chữ")
			sumAgainstWords(p, seg, s[:i], at, sumGap)
		}
		for at := 0; ; {
			i := strings.IndexByte(s[at:], '(')
			if i < 0 {
				break
			}
			i += at
			at = i + 1
			sumAgainstWords(p, seg, s[:i], at, 0) // "500.000 đồng (Năm trăm nghìn đồng)", "3.500.000đ (...)"
			wordsAgainstSum(p, seg, i)            // "Năm trăm triệu đồng (500.000.000 đồng)"
		}
	}
}

// sumAgainstWords reports the sum in words that starts at or after at when
// it differs from the sum in figures that ends before (the text up to
// "Bằng chữ" or the bracket, gap bytes at most after its unit); nothing
// when either is not read whole.
func sumAgainstWords(p *Pass, seg *Seg, before string, at, gap int) {
	fig, _, ok := figuresSumEnd(before, gap)
	if !ok {
		return
	}
	from, words, ok := sumWordsAfter(seg.Text, at)
	if !ok {
		return
	}
	said, ok := readSumWords(words)
	if !ok || said == fig {
		return
	}
	p.Report(seg, from, diag.Msg("số tiền bằng chữ là %s đồng, khác số tiền bằng số %s đồng ngay trước", "the sum in words is %s đồng, not the %s đồng in figures before it", groupThousands(strconv.FormatInt(said, 10)), groupThousands(strconv.FormatInt(fig, 10))),
		agreeHelp)
}

// agreeHelp is the fix of amount-words.
var agreeHelp = diag.Msg("đọc lại hai cách viết và sửa cho khớp", "read both again and make them agree")
