package check_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
)

// TestRequiredLetterNamesItsForm: a letter read as a Công văn that lost its
// header and its end is told to restore them as in Mẫu 1.5, its own form,
// in the fix and in the reference, and is not asked for a tên loại.
func TestRequiredLetterNamesItsForm(t *testing.T) {
	fx := readFixture(t, filepath.Join(lintDir, "issued", "letter-headless.txt"))
	seen := 0
	for _, f := range lint(t, fx, nil, check.Options{}) {
		if f.Rule != "required" {
			continue
		}
		seen++
		if !strings.Contains(f.Fix.VI, "Mẫu 1.5") || !strings.Contains(f.Ref, "Mẫu 1.5") {
			t.Errorf("line %d: fix %q, reference %q: want Mẫu 1.5 in both", f.Pos.Line, f.Fix.VI, f.Ref)
		}
		if strings.Contains(f.Message.VI, "tên loại") {
			t.Errorf("line %d: %q asks a letter for a tên loại", f.Pos.Line, f.Message.VI)
		}
	}
	if seen != 2 {
		t.Errorf("%d required findings, want 2 (the header, the end)", seen)
	}
}
