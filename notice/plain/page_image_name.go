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
// trying the expression only on a line that holds an image's extension.
func imageName(s string) bool {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"} {
		if strings.HasSuffix(low, ext) {
			return imageNameRe().MatchString(s)
		}
	}
	return false
}
