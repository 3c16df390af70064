package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// isSigner reports whether an assignee is the signer, by name: "1. Giám
// đốc Vũ Minh Đức" in a notice of the leaders' duties that Vũ Minh Đức
// signs. The signer issues the notice and is not sent it; a post named
// without the signer's name ("Giám đốc Sở Y tế") is still a body to reach.
func isSigner(v *View, body string) bool {
	if v.Name == nil {
		return false
	}
	name := strings.TrimSpace(cite.Fold(v.Name.Text))
	b := strings.TrimSpace(cite.Fold(body))
	return len(strings.Fields(name)) >= 2 && len(b) > len(name) && strings.HasSuffix(b, " "+name)
}
