package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// signerEndPeriod reports an authority or title line of the signature
// that ends in a period ("KT. GIÁM ĐỐC.", "GIÁM ĐỐC."): the decree's
// lines of quyền hạn and chức vụ end in no mark (Phụ lục I, Mục II,
// khoản 7, điểm b). A line that is an abbreviation alone ("TM.") or the
// signer's học hàm, học vị or honours alone ("PGS.TS.", "NSƯT.", set
// over the name by a Word or PDF copy) keeps its own period, left. Run by
// signer-spacing.
func signerEndPeriod(p *Pass, s *Seg) {
	t := strings.TrimRight(s.Text, " ")
	body, ok := strings.CutSuffix(t, ".")
	if !ok || strings.HasSuffix(body, ".") || signerTitleRe().FindString(t) == t {
		return // "./." or "..", or a title's own periods on a line of their own ("PGS.TS.", a Word or PDF copy's)
	}
	words := strings.Fields(strings.ToUpper(body))
	if len(words) == 0 || len(words) == 1 && signerPrefix(words[0]+". X") != nil {
		return
	}
	if last := words[len(words)-1]; utf8.RuneCountInString(last) < 2 {
		return
	}
	p.Report(s, len(body), diag.Msg("dòng %q kết thúc bằng dấu chấm: dòng quyền hạn, chức vụ người ký không có dấu câu cuối dòng", "the line %q ends in a period: the authority and title lines end in no mark", t),
		diag.Msg("viết %q", "write %q", strings.TrimSpace(body)))
}
