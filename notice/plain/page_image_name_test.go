package plain

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestImageName holds imageName, which asks for an extension in ASCII
// letters of either case before its expression, to the expression alone
// on every line of the texts and on a few made ones.
func TestImageName(t *testing.T) {
	lines := testdataLines(t, "untitled-4.jpg", " IMG_2031.JPG ", "anh.JpEg", "a.GİF", "a.gıf", "x.webp", "ảnh.png", "a b.png", "logo.bmp\t", ".png", "hình.PNG")
	ref := func(l string) bool { return imageNameRe().MatchString(strings.TrimSpace(l)) }
	testlines.Agree(t, "imageName", lines, imageName, ref, 4)
}
