package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// imageNameRe is the file name of a picture a page set among a post's
// paragraphs, left as text where the picture was ("untitled-4.jpg",
// "IMG_2031.JPG"): a name without spaces and an image's extension, the
// whole line. No line of a notice is a bare file name.
var imageNameRe = lazyre.New(`(?i)^[\w.-]{1,80}\.(?:jpe?g|png|gif|webp|bmp)$`)

// imageName reports whether s is a picture's file name (imageNameRe),
// trying the expression only on a line that ends with an image's extension.
func imageName(s string) bool {
	s = strings.TrimSpace(s)
	for _, ext := range imageExts {
		if len(s) >= len(ext) && strings.EqualFold(s[len(s)-len(ext):], ext) {
			return imageNameRe().MatchString(s)
		}
	}
	return false
}

// imageExts are the extensions imageNameRe reads. Their letters fold to
// no letter outside ASCII, so a line the expression matches ends with one
// of them in ASCII letters of either case: the line need not be lowered.
var imageExts = []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"}

// imageCaptionBytes is how long a picture's caption under its file name runs
// at most.
const imageCaptionBytes = 80

// imageCaptions marks the caption a page prints right under a picture's
// file name (imageName) as the page's: a short line with no blank
// between, that ends no sentence (no ".", ":", ";" or "," at its end) and
// has a blank line or the text's end under it ("z2316318709541_....jpg"
// over "Treo cờ tết"). The notice's own paragraph after a picture stands
// apart from it and ends as a sentence does.
func imageCaptions(out []line) {
	for i := 0; i+1 < len(out); i++ {
		l, c := out[i], out[i+1]
		if l.cells != nil || c.cells != nil || c.page || !imageName(l.text) {
			continue
		}
		t := strings.TrimSpace(c.text)
		if t == "" || len(t) > imageCaptionBytes || strings.ContainsAny(t[len(t)-1:], ".:;,") || headerShaped(t) || isTitle(t) {
			continue
		}
		if i+2 < len(out) && (out[i+2].cells != nil || strings.TrimSpace(out[i+2].text) != "") {
			continue
		}
		out[i+1].page = true
	}
}
