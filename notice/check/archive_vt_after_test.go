package check

import "testing"

// A Lưu line whose VT follows the drafting unit is fixed by moving VT
// first, not by writing it again.
func TestArchiveVTAfterFix(t *testing.T) {
	for line, want := range map[string]string{
		"- Lưu: VP, VT.":     "- Lưu: VT, VP.",
		"- Lưu: TH, VT.":     "- Lưu: VT, TH.",
		"- Lưu: KT, VT, NV.": "- Lưu: VT, KT, NV.",
		"- Lưu: VP.":         "- Lưu: VT.",
	} {
		if _, fixed := archiveFaults(line); fixed != want {
			t.Errorf("fix of %q = %q, want %q", line, fixed, want)
		}
	}
}
