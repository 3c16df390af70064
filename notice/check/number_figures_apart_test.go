package check_test

import (
	"strings"
	"testing"
)

// TestFiguresApartFix: a code whose figures stand apart from its letters
// ("TB-VKS 41") is given both ways an office writes such a code, not one
// chosen for it (x100's 20).
func TestFiguresApartFix(t *testing.T) {
	got, n := fixtureSaid(t, "../../testdata/lint/number-format-figures-apart.txt", "number-format")
	if n != 1 || !strings.Contains(got, `"Số: 38/TB-VKS41" hoặc "Số: 38/TB-VKS-41"`) {
		t.Errorf("number-format said %q, want one finding whose fix gives \"Số: 38/TB-VKS41\" or \"Số: 38/TB-VKS-41\"", got)
	}
}
