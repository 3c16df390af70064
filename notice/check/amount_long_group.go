package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// longGroupSum reports the sum num in đồng, found at start of seg by
// nextShortGroupSum, when its last group after a full stop holds four
// figures or more ("4.815.000.0000 đồng"): every group after a full stop
// holds three, so a figure is one too many or a full stop is missing,
// which only the office knows. It returns whether num is such a sum.
func longGroupSum(p *Pass, seg *Seg, start int, num string) bool {
	n := len(num) - strings.LastIndexByte(num, '.') - 1
	if n < 4 {
		return false
	}
	p.Report(seg, start, diag.Msg("số tiền %q có nhóm cuối %d chữ số: mỗi nhóm sau dấu chấm có ba chữ số", "the sum %q has %d figures in its last group: each group after a full stop holds three", num, n),
		diag.Msg("kiểm tra lại số tiền, viết mỗi nhóm sau dấu chấm ba chữ số (như \"4.815.000.000 đồng\")", "check the sum and write three figures in each group after a full stop (as \"4.815.000.000 đồng\")"))
	return true
}
