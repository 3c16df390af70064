package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// addresseePhrase reports whether what a closing's "để ... thực hiện"
// holds reads as someone's name, not as the rest of a clause the pattern
// cut in the wrong place: "thông báo này đến phụ huynh trong buổi họp
// cuối năm để lấy ý kiến đồng thuận và thực hiện" holds "lấy ý kiến đồng
// thuận và", a purpose (a verb first, a conjunction last). Such a closing
// is left alone: the rule says a name or nothing.
func addresseePhrase(who string) bool {
	ws := strings.Fields(cite.Fold(strings.TrimSpace(who)))
	if len(ws) == 0 {
		return false
	}
	last := strings.TrimRight(ws[len(ws)-1], ",;")
	if last == "và" || last == "hoặc" || last == "với" || strings.HasSuffix(ws[len(ws)-1], ",") {
		return false
	}
	if clauseVerbs()[ws[0]] {
		return false
	}
	for _, w := range ws {
		if w == "để" || w == "nhằm" {
			return false
		}
	}
	return true
}

// clauseVerbs start a purpose or an action, never a name.
var clauseVerbs = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"lấy": true, "xin": true, "góp": true, "nắm": true, "tham": true, "triển": true,
		"thực": true, "phối": true, "tổng": true, "báo": true, "kiểm": true, "rà": true, "thống": true, "tiếp": true}
})
