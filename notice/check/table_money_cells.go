package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// moneyCell is a cell of a table whose column's head gives the sum's
// unit ("Mức (đồng/người)", "Giá khởi điểm (đồng/tháng)") and whose
// figure is grouped wrongly: what amount-grouping says of a sum written
// with its unit, said of the cell.
type moneyCell struct {
	seg      Seg
	msg, fix diag.Text
}

// commaCellRe is a cell's figure grouped by commas in threes, alone:
// "1,800,000".
var commaCellRe = lazyre.New(`^[1-9]\d{0,2}(?:,\d{3})+$`)

// moneyCells reads the tables of a text (tableLines) for cells under a
// head that names đồng: a figure grouped by commas ("1,800,000"), or
// whose last group after a full stop holds four figures or more
// ("10.000.0000"), three figures at least before it. A
// cell's unit stands in its head, so the sum a line of prose would be
// told of with "đồng" after it is told here too.
func moneyCells(path, text string) []moneyCell {
	if !strings.Contains(text, "đồng") {
		return nil
	}
	var out []moneyCell
	var head []rowCell
	for l := range tableLines(text) {
		switch {
		case l.cells == nil:
			if !mdRule(l.line) {
				head = nil
			}
		case head == nil || len(l.cells) > len(head):
			head = nil
			if headerCells(l.cells) {
				head = l.cells
			}
		default:
			for j, c := range l.cells {
				if !dongHead(head[j].text) {
					continue
				}
				if msg, fix, bad := moneyCellFault(strings.TrimSpace(c.text)); bad {
					out = append(out, moneyCell{cellSeg(path, l.num, l.line, c), msg, fix})
				}
			}
		}
	}
	return out
}

// dongHead reports whether a column's head gives đồng as the unit of its
// cells, in brackets and with nothing before it: "Mức (đồng/người)",
// "Số tiền (đồng)", "Giá (đồng, chưa có thuế ...)". A head in thousands,
// millions or billions ("Kinh phí (triệu đồng)") has cells with decimals
// ("1,250" is 1,25 triệu), and "đồng" in another word ("Hội đồng",
// "đồng bào", "đồng cỏ") names no money (rv99: x99's reading of any head
// holding "đồng" said "1,250" under "(triệu đồng)" and "1,500" ha under
// "Diện tích đồng cỏ (ha)" were sums grouped by commas).
func dongHead(head string) bool {
	before, after, found := strings.Cut(cite.Fold(head), "đồng")
	for found {
		if strings.HasSuffix(strings.TrimRight(before, " "), "(") && (after == "" || strings.ContainsAny(after[:1], ")/,")) {
			return true
		}
		before, after, found = strings.Cut(after, "đồng")
	}
	return false
}

// moneyCellFault tells what is wrong with a sum t written alone in a
// money column, as amount-grouping tells it of a sum in prose.
func moneyCellFault(t string) (diag.Text, diag.Text, bool) {
	if commaCellRe().MatchString(t) {
		return diag.Msg("%q: số tiền phân cách hàng nghìn bằng dấu phẩy; tiếng Việt dùng dấu chấm phân cách hàng nghìn, dấu phẩy chỉ đứng trước phần thập phân", "%q: a sum with its thousands parted by commas; Vietnamese parts them with dots and writes a comma only before decimals", t),
			diag.Msg("viết %q", "write %q", strings.ReplaceAll(t, ",", ".")), true
	}
	if t == "" || t[0] == '0' || strings.IndexByte(t, '.') > 3 {
		return diag.Text{}, diag.Text{}, false
	}
	end, digits, last := lastGroup(t, 0)
	if end != len(t) || digits < 3 || last <= 3 {
		// a last group of one or two ("6.500.00") is read by
		// decimal-mixed as a decimal: left to it
		return diag.Text{}, diag.Text{}, false
	}
	return diag.Msg("số tiền %q có nhóm cuối %d chữ số: mỗi nhóm sau dấu chấm có ba chữ số", "the sum %q has %d figures in its last group: each group after a full stop holds three", t, last),
		diag.Msg("kiểm tra lại số tiền, viết mỗi nhóm sau dấu chấm ba chữ số (như \"4.815.000.000 đồng\")", "check the sum and write three figures in each group after a full stop (as \"4.815.000.000 đồng\")"), true
}
