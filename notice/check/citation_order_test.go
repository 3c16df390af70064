package check_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
)

// TestCitationOrderSaysTheOrder: a first mention that gives its issuer,
// then its date, is told the order is wrong, not that the date is
// missing; one with no date at all is told the date is missing.
func TestCitationOrderSaysTheOrder(t *testing.T) {
	citationMessages(t, filepath.Join(lintDir, "issued", "citation-order.txt"),
		map[int]string{13: "sau cơ quan ban hành", 15: "sau cơ quan ban hành", 19: "chưa ghi ngày ban hành", 23: "chưa ghi ngày ban hành"})
}

// citationMessages checks that the fixture at path has one
// citation-first-mention finding on each line of want, whose message
// holds that line's words.
func citationMessages(t *testing.T, path string, want map[int]string) {
	t.Helper()
	fx := readFixture(t, path)
	seen := 0
	for _, f := range lint(t, fx, nil, check.Options{}) {
		w, ok := want[f.Pos.Line]
		if f.Rule != "citation-first-mention" || !ok {
			continue
		}
		seen++
		if !strings.Contains(f.Message.VI, w) {
			t.Errorf("line %d: %q does not say %q", f.Pos.Line, f.Message.VI, w)
		}
	}
	if seen != len(want) {
		t.Errorf("%d citation-first-mention findings on lines %v, want one each", seen, want)
	}
}

// TestCitationDatedAfterSubject: a first mention whose date and issuer
// follow its subject is told their order, not that they are missing.
func TestCitationDatedAfterSubject(t *testing.T) {
	fx := readFixture(t, filepath.Join(lintDir, "issued", "citation-dated-after-subject.txt"))
	seen := 0
	for _, f := range lint(t, fx, nil, check.Options{}) {
		if f.Rule != "citation-first-mention" {
			continue
		}
		seen++
		if !strings.Contains(f.Message.VI, "sau trích yếu") || strings.Contains(f.Message.VI, "chưa ghi") {
			t.Errorf("line %d: %q does not say the date and issuer follow the subject", f.Pos.Line, f.Message.VI)
		}
	}
	if seen != 1 {
		t.Errorf("%d citation-first-mention findings, want 1", seen)
	}
}

// TestCitationGroundDatedLast: a ground that closes with the cited
// document's date after its subject is told the order; one with no date,
// or whose closing date may be another document's, is told the date is
// missing.
func TestCitationGroundDatedLast(t *testing.T) {
	citationMessages(t, filepath.Join(lintDir, "citation-first-ground-dated-last.txt"),
		map[int]string{8: "ngày ban hành sau trích yếu", 9: "chưa ghi ngày ban hành", 10: "chưa ghi ngày ban hành"})
}
