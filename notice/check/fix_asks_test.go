package check_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestZeroGroupAsks: a figure whose last group after a full stop is "00"
// ("6.500.00" in a column of sums) is asked as a whole number short of a
// figure or decimals, the whole number first, never told only "6.500,00".
func TestZeroGroupAsks(t *testing.T) {
	fixes := fixesOf(t, "../../testdata/lint/decimal-mixed-zero-group.txt", "decimal-mixed")
	got := strings.Join(fixes, "\n")
	whole, dec := strings.Index(got, `"6.500.000"`), strings.Index(got, `"6.500,00"`)
	if len(fixes) != 1 || whole < 0 || dec < whole {
		t.Errorf("decimal-mixed fixed %q, want one fix offering \"6.500.000\" before \"6.500,00\"", got)
	}
}

// TestTieAsksWhich: a name written once one way and once another is
// asked as "X" or "Y": the first met is no likelier the lawful one (here
// the slip stands first, in the body, and the Nơi nhận writes it right).
func TestTieAsksWhich(t *testing.T) {
	fixes := fixesOf(t, "../../testdata/lint/name-spelling-tie-asks.txt", "name-spelling")
	got := strings.Join(fixes, "\n")
	if len(fixes) != 1 || !strings.Contains(got, `"Bệnh viện Đa khoa tỉnh Thanh Hóa"`) || !strings.Contains(got, `"Bệnh viện đa khoa tỉnh Thanh Hóa"`) {
		t.Errorf("name-spelling fixed %q, want one fix naming both spellings", got)
	}
}

// fixesOf checks the lint fixture at path, its marks stripped, and
// returns the fixes of rule's findings, in Vietnamese.
func fixesOf(t *testing.T, path, rule string) []string {
	t.Helper()
	var fixes []string
	for _, fd := range fixtureFindings(t, path, rule) {
		fixes = append(fixes, fd.Fix.In(diag.VI))
	}
	return fixes
}

// fixtureFindings checks the lint fixture at path, its marks stripped,
// and returns rule's findings.
func fixtureFindings(t *testing.T, path, rule string) []diag.Finding {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`(?m)  # .*$`).ReplaceAll(src, nil)
	f, err := plain.Read("tb.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	var out []diag.Finding
	for _, fd := range check.Text(f, nil, check.Options{}) {
		if fd.Rule == rule {
			out = append(out, fd)
		}
	}
	return out
}

// fixtureSaid gives each finding of rule in the fixture at path as its
// Vietnamese message and fix, "message | fix", one a line.
func fixtureSaid(t *testing.T, path, rule string) (said string, n int) {
	t.Helper()
	var msgs []string
	for _, fd := range fixtureFindings(t, path, rule) {
		msgs = append(msgs, fd.Message.In(diag.VI)+" | "+fd.Fix.In(diag.VI))
	}
	return strings.Join(msgs, "\n"), len(msgs)
}
