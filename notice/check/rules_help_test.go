package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
)

// TestHelpDoesNotRepeatReference: a rule's help is the fix a finding
// prints, followed by its reference in brackets; a help that opens with the
// reference ("thực tiễn: ... (thực tiễn)") says it twice and no fix.
func TestHelpDoesNotRepeatReference(t *testing.T) {
	for _, r := range check.Rules() {
		if strings.HasPrefix(r.Help.VI, "thực tiễn") || strings.HasPrefix(r.Help.EN, "practice") {
			t.Errorf("%s: help opens with its reference: %q", r.ID, r.Help.VI)
		}
	}
}
