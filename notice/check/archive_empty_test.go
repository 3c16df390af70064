package check

import "testing"

// An empty "- Lưu:" line's fix names the VT its message says is missing.
func TestArchiveEmptyFix(t *testing.T) {
	_, fixed := archiveFaults("- Lưu:")
	if want := "- Lưu: VT, <đơn vị soạn thảo>."; fixed != want {
		t.Errorf("fix of an empty Lưu line = %q, want %q", fixed, want)
	}
}
