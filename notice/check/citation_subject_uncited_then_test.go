package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestSubjectWordAfter holds subjectWordAfter to uncitedSubjectRe: at
// every "về việc" of every line of the notices under testdata, and of
// random texts of the pieces a match is made of, where the expression
// matches from "về việc" on, subjectWordAfter must accept what follows.
func TestSubjectWordAfter(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", nil)
	lines = append(lines, testlines.Random([]string{"về việc", ":", " ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "Tổ chức", "tổ chức", "Ban hành", "Quy định", "Cử", "số", "x", "đại", " hội"}, 20000, 6, 50)...)
	atStart := uncitedSubjectRe().atStart()
	held := 0
	for _, l := range lines {
		for at := 0; ; {
			k := strings.Index(l[at:], "về việc")
			if k < 0 {
				break
			}
			k += at
			at = k + 1
			if !atStart.MatchString(l[k:]) {
				continue
			}
			held++
			if !subjectWordAfter(l[k+len("về việc"):]) {
				t.Errorf("uncitedSubjectRe matches %q, subjectWordAfter turns it away", l[k:])
			}
		}
	}
	if held < 20 {
		t.Errorf("the expression matched %d times, want 20 at least: the lines were not read", held)
	}
}
