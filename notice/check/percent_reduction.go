package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// reductionOverWhole reports a reduction of more than the whole, the
// figure right after "giảm" ("giảm 150% học phí" for "giảm 50%"): a sum
// cut by more than all of it is no sum; a figure typed twice or one digit
// too many. A rise ("tăng 150%"), a share reached ("đạt 150%") and a span
// ("giảm từ 150% xuống ...") are left.
func reductionOverWhole(p *Pass, seg *Seg, i int) bool {
	s := seg.Text
	j := i
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	if j == i || i-j > 4 || j > 0 && (s[j-1] == ',' || s[j-1] == '.') {
		return false // no figure, or a decimal or grouped one: read plainly only
	}
	if !strings.HasSuffix(s[:j], "giảm ") {
		return false
	}
	n, err := strconv.Atoi(s[j:i])
	if err != nil || n <= 100 {
		return false
	}
	p.Report(seg, j, diag.Msg("\"giảm %s%%\": không giảm được quá 100%%", "\"giảm %s%%\": nothing is cut by more than 100%%", s[j:i]),
		diag.Msg("kiểm tra lại mức giảm %s%%", "check the reduction of %s%% again", s[j:i]))
	return true
}
