package plain

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// testdataLines are the lines of every text of readingGlobs, each as
// read and trimmed, and the lines given.
func testdataLines(t *testing.T, given ...string) []string {
	lines := given
	for _, g := range readingGlobs {
		paths, _ := filepath.Glob(g)
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(string(src), "\n") {
				lines = append(lines, l, strings.TrimSpace(l))
			}
		}
	}
	return lines
}

// TestIsDecor holds isDecor to decorRe on every line of the texts and on
// lines made for it.
func TestIsDecor(t *testing.T) {
	lines := testdataLines(t, "___", "---", "===", "– – –", "—\t—", "~~", "* * *", "···", "...", "   ", "\f\r\n", "__a", "_\v_", "\xff__", "·.·", "—")
	testlines.Agree(t, "isDecor", lines, isDecor, decorRe().MatchString, 10)
}

// TestMayBeBreadcrumb holds the gate of siteBreadcrumb to breadcrumbRe:
// it lets through every line the expression matches.
func TestMayBeBreadcrumb(t *testing.T) {
	lines := testdataLines(t, "Trang chủ > Tin tức > Thông báo", "Trang chủ » Văn bản » Thông báo", "Trang chủ > Thông báo")
	matched := 0
	for _, l := range lines {
		if breadcrumbRe().MatchString(l) {
			matched++
			if !mayBeBreadcrumb(l) {
				t.Errorf("mayBeBreadcrumb turns away %q, which breadcrumbRe matches", l)
			}
		}
	}
	if matched < 2 {
		t.Errorf("breadcrumbRe matched %d lines, want the 2 made for the test at least", matched)
	}
}
