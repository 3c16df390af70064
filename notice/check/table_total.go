package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "table-total", Severity: diag.Warning, Ref: diag.Practice, Run: tableTotal,
		Title: diag.Msg("số ở hàng \"Cộng\", \"Tổng cộng\" của một bảng bằng tổng các hàng trên nó",
			"a table's \"Cộng\" or \"Tổng cộng\" row holds the sum of the rows above it"),
		Help: diag.Msg("cộng lại từng hàng của cột và sửa số của hàng tổng, hoặc số của hàng ghi sai",
			"add up the column's rows again and mend the total, or the row that is wrong")})
}

// tableTotal reports a table's total that is not the sum of the figures
// above it in its column ("Cộng | | | 21 | 65" under rows of 64
// candidates): a clerk's slip in a list of candidates, lots or places.
func tableTotal(p *Pass) {
	for _, t := range p.View.Totals {
		seg := t.cell
		p.Report(&seg, 0,
			diag.Msg("hàng %q, cột %q ghi %s, nhưng các hàng trên cộng lại được %s", "the %q row's %q column says %s, but the rows above it add up to %s",
				t.label, t.head, t.cell.Text, t.sum),
			diag.Msg("cộng lại cột %q và sửa số của hàng %q (hoặc của hàng ghi sai)", "add up the %q column again and mend the %q row (or the row that is wrong)", t.head, t.label))
	}
}

// wrongTotal is a total cell of a table (table_total_read.go) that is not
// the sum of its column's figures above it.
type wrongTotal struct {
	cell  Seg    // the total's cell
	label string // the total row's label as written, "Cộng"
	head  string // the column's header as written
	sum   string // the rows' sum, written as the column writes its figures
}

// totalLabel reports whether a cell opens a table's total row: "Cộng",
// "Tổng", "Tổng cộng", "Tổng số", with or without a colon.
func totalLabel(t string) bool {
	switch strings.TrimRight(cite.Fold(strings.TrimSpace(t)), ": ") {
	case "cộng", "tổng", "tổng cộng", "tổng số", "cộng chung", "tổng chung":
		return true
	}
	return false
}

// summedHead reports whether a column's header, folded, counts or sums
// what its rows hold: not the number of the row ("TT", "STT"), a code, a
// rate, a score, an average, a unit price, a year or a date, whose
// total row, if any, holds no sum.
func summedHead(k string) bool {
	if k == "tt" || k == "stt" || k == "số tt" || strings.Contains(k, "%") {
		return false
	}
	for _, w := range []string{"mã", "tỷ lệ", "tỉ lệ", "điểm", "bình quân", "trung bình", "đơn giá", "năm", "ngày", "số hiệu", "ghi chú", "số báo danh", "xếp loại", "thứ tự", "số thửa", "tờ bản đồ"} {
		if strings.Contains(k, w) {
			return false
		}
	}
	return true
}
