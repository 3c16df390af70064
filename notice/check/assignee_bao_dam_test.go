package check

import (
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestAssigneeBeforeBaoDam holds the owner of a point whose only verb of
// work is "bảo đảm" to the body before it (p83: the whole sentence was
// read as the owner, "Công an xã bảo đảm an ninh, trật tự ... thường
// xuyên", and said so in assignee-not-recipient's message).
func TestAssigneeBeforeBaoDam(t *testing.T) {
	for text, want := range map[string]string{
		"d) Công an xã bảo đảm an ninh, trật tự tại khu vực dự án thường xuyên.": "Công an xã",
		"4. Công an đặc khu đảm bảo an ninh, trật tự, an toàn giao thông.":       "Công an đặc khu",
	} {
		s := Seg{Text: text, Marker: text[:2], Role: RoleHeading, at: func(int) diag.Pos { return diag.Pos{} }}
		if len(text) > 2 && text[1] != ')' && text[1] != '.' {
			t.Fatalf("bad case %q", text)
		}
		a := assigneeOf(s, partWork)
		if a == nil || a.Text != want {
			t.Errorf("assigneeOf(%q) = %v, want %q", text, a, want)
		}
	}
}
