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
