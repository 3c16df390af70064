package tasks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestLoadFault: a panic while one notice of a register is read is that
// notice's problem, said as the program's fault, and the other notices'
// tasks are listed as always: one notice never stops the register of an
// archive.
func TestLoadFault(t *testing.T) {
	dir := t.TempDir()
	text := "THÔNG BÁO\nVề việc họp\n1. Phòng Tài chính báo cáo trước ngày 15/12/2026.\n"
	var paths []string
	for _, name := range []string{"a.txt", "b.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	old := extract
	defer func() { extract = old }()
	extract = func(r *reading.Reading) (*Notice, []Task) {
		if strings.HasSuffix(r.Path, "b.txt") {
			var s []int
			_ = s[1] // a fault of the program's own
		}
		return old(r)
	}
	reg, problems := Load(paths, LoadOptions{Workers: 2})
	if len(problems) != 1 || problems[0].Rule != diag.RuleFault || problems[0].Pos.Path != paths[1] ||
		!strings.Contains(problems[0].Fix.EN, "index out of range") {
		t.Errorf("problems %v, want b.txt's fault", problems)
	}
	if reg == nil || len(reg.Notices) != 1 || reg.Notices[0].Path != paths[0] {
		t.Errorf("register %+v, want a.txt's notice", reg)
	}
}
