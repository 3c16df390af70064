package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// kindNumberRe is a number line written as the decree writes it, "Số:"
// and the number with no space inside: "Số: 55/2007/CT-UBND".
var kindNumberRe = lazyre.New(`^Số: ?(\d+/[\d&/\-\p{L}]+)$`)

// kindNumberType reports the number of a document of a kind with a tên
// loại other than Thông báo ("QUYẾT ĐỊNH", "KẾ HOẠCH") that carries the
// type code of a third kind: "Số: 55/2007/CT-UBND" over "QUYẾT ĐỊNH" is
// a Chỉ thị's code, the Quyết định's is "QĐ" (Phụ lục III). Only a code of
// the table is judged: a number with no type code ("12/UBND-VX") or with
// a code the table does not list is left, and so is a tên loại of two
// kinds ("QUY ĐỊNH VÀ HƯỚNG DẪN").
func kindNumberType(p *Pass) {
	v := p.View
	if v.TypeName == "" || containsLit(v.TypeName, " VÀ ") {
		return
	}
	text := strings.TrimSpace(v.Number.Text)
	if !v.FromTOML {
		m := kindNumberRe().FindStringSubmatch(text)
		if m == nil {
			return
		}
		text = m[1]
	}
	n, err := cite.ParseNumber(text)
	if err != nil || n.Type == "" {
		return
	}
	codes := cite.CodesFor(v.TypeName, n.Family)
	if codes == nil || slices.Contains(codes, n.Type) || !cite.IsTypeCode(n.Type, n.Family) {
		return
	}
	kind, vi := strings.ToLower(v.TypeName), strings.Join(codes, " hoặc ")
	p.Report(v.Number, strings.Index(v.Number.Text, "/")+1,
		diag.Msg("ký hiệu %q mang mã %q, không phải mã của %s (%s)", "code %q carries %q, not a %s's code (%s)", n.Code(), n.Type, kind, vi),
		diag.Text{VI: fmt.Sprintf("ghi mã của %s là %s (Phụ lục III)", kind, vi), EN: fmt.Sprintf("write a %s's code, %s (Phụ lục III)", kind, strings.Join(codes, " or "))})
}
