package tasks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestDeadlineWordsAsNotice: the register writes a TOML source's deadline
// in the words the notice prints it with, whatever form it was typed in:
// "Quý III/2026" as typed, "2026-07" as "trong tháng 7/2026".
func TestDeadlineWordsAsNotice(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", "000.toml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, typed := range []string{`"Quý III/2026"`, `"quý 3/2026"`, `"Tháng 7/2026"`, `"2026-07"`, `"15-4-2026"`, `"hằng tuần"`, `2026-06-30`} {
		s := strings.Replace(string(src), "[[tasks.groups]]\n", "[[tasks.groups]]\ndeadline = "+typed+"\n", 1)
		n, err := notice.Load("t.toml", []byte(s))
		if err != nil {
			t.Fatalf("%s: %v", typed, err)
		}
		want := n.Tasks.Groups[0].Deadline.Words()
		r, err := reading.Read("t.toml", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		_, ts := Extract(r)
		found := false
		for _, x := range ts {
			if x.Pos.Line > 78 && x.Pos.Line < 101 {
				found = true
				if x.Due.Text != want {
					t.Errorf("deadline %s: register writes %q, the notice %q", typed, x.Due.Text, want)
				}
			}
		}
		if !found {
			t.Errorf("deadline %s: no task has it", typed)
		}
	}
}
