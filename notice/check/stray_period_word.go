package check

import (
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// wordStop reports a full stop between two words in small letters inside
// a sentence ("tập huấn cấp. huyện", "trường học, bệnh viện. các cơ sở"):
// a sentence opens in a capital, so a period before a word in small
// letters stops nothing. The word before must be a whole Vietnamese
// syllable carrying a mark and the word after one shaped as a syllable:
// a Latin or foreign abbreviation ("Aeromonas spp. tổng số", "tr. 5"), a
// lettered code and "v.v." carry none, and a word whose period follows
// another ("v.v. các") is left. An ellipsis ("viện... các") is not this
// form, nor a period that ends its line of the source with the word
// after it on the next (a page's break the reading joined).
func wordStop(p *Pass, seg *Seg, ws []wordAt) {
	s := seg.Text
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		if s[w.end:next.off] != ". " || w.off > 0 && (s[w.off-1] == '.' || s[w.off-1] == '/') {
			continue
		}
		if !stopBetweenWords(w.text, next.text) || !seg.oneLine && seg.LineAt(w.end) != seg.LineAt(next.off) {
			continue // a line that ends a sentence, a page's next line run on
		}
		p.Report(seg, w.end, diag.Msg("dấu chấm giữa câu, trước chữ viết thường, trong %q", "a full stop inside the sentence, before a word in small letters, in %q", s[w.off:next.end]),
			diag.Msg("bỏ dấu chấm (%q); nếu đó là chỗ ngắt giữa hai ý trong câu, dùng dấu phẩy", "delete the full stop (%q); where the sentence parts two items, use a comma", w.text+" "+next.text))
	}
}

// stopBetweenWords reports whether a full stop between before and after
// is the slip wordStop reads: before a word of small letters with a
// Vietnamese mark that is spelt as a syllable, after one in small letters
// shaped as a syllable.
func stopBetweenWords(before, after string) bool {
	if utf8.RuneCountInString(before) < 2 || !marked(before) || !syllableShape(before) || !allSmall(before) {
		return false
	}
	if !allSmall(after) || !syllableShape(after) {
		return false
	}
	if _, bad := notSyllable(after); bad {
		return false // "thông cảm. of Views": an English word
	}
	_, bad := notSyllable(before)
	return !bad
}

// allSmall reports whether w holds letters in small letters only.
func allSmall(w string) bool {
	for _, r := range w {
		if !isLowerRune(r) {
			return false
		}
	}
	return w != ""
}
