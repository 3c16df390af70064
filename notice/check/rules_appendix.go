package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "appendix-heading", Severity: diag.Warning, Ref: diag.RefAppendix, Run: appendixHeading,
		Title: diag.Msg("chữ \"Phụ lục\" và số thứ tự trên một dòng riêng, tên phụ lục in hoa ở dòng dưới; từ hai phụ lục đánh số La Mã", "\"Phụ lục\" and its number on a line of their own, the title in capitals below; two or more numbered in Roman numerals"),
		Help:  diag.Msg("viết \"Phụ lục I\", \"Phụ lục II\"... trên một dòng, tên phụ lục in hoa ở dòng dưới", "write \"Phụ lục I\", \"Phụ lục II\"... on a line, and the title in capitals on the line below")})
}

// appendixHeadRe reads the heading of a phụ lục: "Phụ lục II", "PHỤ LỤC 3",
// "Phụ lục 1: Danh mục hồ sơ", but not "Phụ lục tính toán" (a volume's
// name).
var appendixHeadRe = lazyre.New(`^(?i:phụ lục)\s+([IVXLC]{1,6}|\d{1,2})\b\s*[:.\-–]?\s*(.*)$`)

func appendixHeading(p *Pass) {
	v := p.View
	if v.FromTOML {
		return // the renderer writes the headings
	}
	type head struct {
		seg    *Seg
		number string
	}
	var heads []head
	var sameLine []*Seg
	lower := 0
	for i := range v.Appendix {
		s := &v.Appendix[i]
		m := appendixHeadRe().FindStringSubmatch(strings.TrimSpace(s.Text))
		if m == nil {
			continue
		}
		heads = append(heads, head{s, m[1]})
		if title := strings.TrimSpace(m[2]); title != "" {
			sameLine = append(sameLine, s)
			if !isUpper(title) {
				lower++
			}
		}
	}
	if n := len(sameLine); n > 0 {
		msg := diag.Msg("%d phụ lục có tên viết cùng dòng với chữ \"Phụ lục\" (đầu tiên ở đây)", "%d phụ lục have their title on the line of \"Phụ lục\" (the first here)", n)
		if lower > 0 {
			msg = diag.Msg("%d phụ lục có tên viết cùng dòng với chữ \"Phụ lục\", %d bằng chữ thường (đầu tiên ở đây)", "%d phụ lục have their title on the line of \"Phụ lục\", %d in small letters (the first here)", n, lower)
		}
		p.Report(sameLine[0], 0, msg)
	}
	if len(heads) < 2 {
		return
	}
	for _, h := range heads {
		if cite.RomanValue(h.number) == 0 {
			var nums []string
			for _, h := range heads {
				nums = append(nums, h.number)
			}
			p.Report(heads[0].seg, 0, diag.Msg("%d phụ lục đánh số %s; văn bản có từ hai phụ lục trở lên đánh số La Mã (Phụ lục I, II, III)", "%d phụ lục are numbered %s; two or more are numbered in Roman numerals (Phụ lục I, II, III)", len(heads), strings.Join(nums, ", ")))
			return
		}
	}
}
