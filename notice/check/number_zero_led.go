package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// numberZeroLed reports a number of three digits or more led by a zero
// ("Số: 0472/TB-BVTMHH"): a notice's number is written in Arabic
// digits, and only one below 10 takes a "0" before it ("Số: 05/TB-UBND";
// NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, khoản 3); "0472" is read as a
// slip of typing, or a number padded as a register's code. The fix keeps
// the number with its zeros taken away ("010" becomes "10", "005" "05").
func numberZeroLed(p *Pass, s *Seg, text, seq string) {
	if len(seq) < 3 || seq[0] != '0' {
		return
	}
	n := strings.TrimLeft(seq, "0")
	if len(n) < 2 {
		n = strings.Repeat("0", 2-len(n)) + n
	}
	p.Report(s, strings.Index(s.Text, seq), diag.Msg("số %s có chữ số 0 thừa ở đầu: chỉ số nhỏ hơn 10 mới thêm số 0 phía trước", "the number %s has a needless leading 0: only a number below 10 takes a 0 before it", seq),
		diag.Msg("viết %q", "write %q", strings.Replace(text, seq, n, 1)))
}
