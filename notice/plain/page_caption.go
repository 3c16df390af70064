package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// captionHeadRe is a portal's view count and post date run into a photo's
// caption at the head of a post's first line: "265 23/08/2024Ảnh. ",
// "2640 28/02/2022Ảnh: ".
var captionHeadRe = lazyre.New(`^\s*\d{1,7}\s+\d{1,2}/\d{1,2}/\d{4}\s*(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ)\s*[.:]\s*`)

// captionBytes is how many bytes a caption runs at most before the lead.
const captionBytes = 400

// cutCaption cuts, from the first lines of a post, the view count, the
// post's date and the photo's caption the crawl ran into the lead: up to
// the point where the caption's last word is glued to the lead's first
// ("trên cây lúaLịch xuống giống", "tại AgroViet 2023Căn cứ"). Without
// that point, the caption's end is unknown and the line is left.
func cutCaption(out []line) {
	for _, i := range topIndexes(out, stampLines) {
		l := &out[i]
		m := captionHeadRe().FindStringIndex(l.text)
		if m == nil || len(l.src) < len(l.text) {
			continue
		}
		if g := gluePoint(l.text, m[1]); g > 0 {
			cutHead(l, g)
		}
		return
	}
}

// gluePoint is the offset in t, from start and within captionBytes, of a
// capital that follows with no space a word in small letters or in
// figures, or 0.
func gluePoint(t string, start int) int {
	wordStart := start
	prev := rune(' ')
	for i, r := range t[start:] {
		at := start + i
		if at-start > captionBytes {
			return 0
		}
		if unicode.IsSpace(r) {
			wordStart = at + utf8.RuneLen(r)
		} else if unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) {
			first, _ := utf8.DecodeRuneInString(t[wordStart:])
			if !unicode.IsUpper(first) || allDigits(t[wordStart:at]) {
				return at
			}
		}
		prev = r
	}
	return 0
}

// allDigits reports whether s is figures only.
func allDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}
