package check_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
)

// TestFigureSmallFix: a name of a word and a figure written in small
// letters ("covid-19") beside its capital ("Covid-19") is said with the
// capital as its fix, the form the notice writes the name in, not the
// small one the finding is about.
func TestFigureSmallFix(t *testing.T) {
	fx := readFixture(t, filepath.Join(lintDir, "name-spelling-figure-small.txt"))
	n := 0
	for _, d := range lint(t, fx, &config.Config{}, check.Options{}) {
		if d.Rule != "name-spelling" || !strings.Contains(d.Message.VI, `"covid-19"`) {
			continue
		}
		n++
		if want := `thống nhất một cách viết, như "Covid-19"`; d.Fix.VI != want {
			t.Errorf("fix %q, want %q", d.Fix.VI, want)
		}
	}
	if n == 0 {
		t.Error(`no name-spelling finding on "covid-19" beside "Covid-19"`)
	}
}
