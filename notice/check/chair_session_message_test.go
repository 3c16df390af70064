package check_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestChairConcludesSessionMessage holds chair-concludes' words to what
// the opening says its chair led: a working session ("làm việc với xã
// Y Tý") is no meeting, and the finding says so (rv83, p83).
func TestChairConcludesSessionMessage(t *testing.T) {
	for file, want := range map[string][2]string{
		"chair-concludes-session.txt": {"chủ trì buổi làm việc", "led the working session"},
		"chair-concludes.txt":         {"chủ trì cuộc họp", "chaired the meeting"},
	} {
		path := filepath.Join(lintDir, file)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := plain.Read(path, src)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range check.Text(f, nil, check.Options{}) {
			if d.Rule != "chair-concludes" {
				continue
			}
			found = true
			if vi, en := d.Message.In(diag.VI), d.Message.In(diag.EN); !strings.Contains(vi, want[0]) || !strings.Contains(en, want[1]) {
				t.Errorf("%s: %q / %q, want %q / %q", file, vi, en, want[0], want[1])
			}
		}
		if !found {
			t.Errorf("%s: no chair-concludes", file)
		}
	}
}
