package compose

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
)

// defaultAction is what the assignee of a criterion must do.
const defaultAction = "tham mưu khắc phục"

var defaultColumns = []string{"Chỉ số, tiêu chí", "Kết quả", "Giao trách nhiệm"}

func (c *composer) appendices() []Appendix {
	var out []Appendix
	for i, a := range c.n.Appendices {
		heading := "Phụ lục"
		if len(c.n.Appendices) > 1 {
			heading += " " + cite.Roman(i+1)
		}
		sub := &composer{n: c.n, notes: c.notes}
		sub.paras(a.Paragraphs)
		app := Appendix{
			Heading:   heading,
			Title:     strings.ToUpper(body.Plain(a.Title.Runs())),
			Reference: c.reference(a),
			Blocks:    sub.blocks,
		}
		if a.Table != nil {
			app.Table = c.table(a.Table)
		}
		out = append(out, app)
	}
	return out
}

// reference is the "(Kèm theo ...)" line under an appendix title (spec
// §10.2), made from the notice unless the source gives it.
func (c *composer) reference(a notice.Appendix) []body.Run {
	if !a.Reference.IsZero() {
		return c.notes.text(a.Reference)
	}
	n := c.n
	kind := cite.AdminName(n.Number.Type)
	if kind == "" {
		kind = "Thông báo"
	}
	num := n.Number.Text.S
	if n.Number.IsDraft() {
		num = "     " + num
	}
	of := n.Issuer.Short.S
	if of == "" {
		of = issuerName(n) // "Văn phòng" alone names no body: "Văn phòng UBND tỉnh Lào Cai"
	}
	return plain("(Kèm theo " + kind + " số " + num + " " + n.Date.Long("     ") + " của " + of + ")")
}

func (c *composer) table(t *notice.ScoreTable) *Table {
	out := &Table{Columns: defaultColumns}
	if len(t.Columns) > 0 {
		out.Columns = nil
		for _, col := range t.Columns {
			out.Columns = append(out.Columns, body.Plain(col.Runs()))
		}
	}
	for i, g := range t.Groups {
		out.Rows = append(out.Rows, Row{Group: true, Cells: [][]body.Run{
			join(bold(strconv.Itoa(i+1)+". "), withStyle(c.notes.text(g.Title), body.Bold)),
			score(g.Score, g.Max, body.Bold),
			nil,
		}})
		for _, r := range g.Rows {
			out.Rows = append(out.Rows, Row{Cells: [][]body.Run{
				joinWith(" ", plain(prefixed("Mục ", r.Ref.S)), c.notes.text(r.Title)),
				score(r.Score, r.Max, 0),
				c.assignment(r),
			}})
		}
	}
	return out
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// score writes "đạt 41,29/100 điểm" with the Vietnamese decimal comma.
func score(got, max float64, style body.Style) []body.Run {
	return []body.Run{{Text: "đạt " + decimal(got) + "/" + decimal(max) + " điểm", Style: style}}
}

func decimal(f float64) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', -1, 64), ".", ",", 1)
}

func (c *composer) assignment(r notice.ScoreRow) []body.Run {
	if r.Assignee.IsZero() {
		return nil
	}
	action := plain(defaultAction)
	if !r.Action.IsZero() {
		action = c.notes.text(r.Action)
	}
	return join(plain("Giao "), c.notes.text(r.Assignee), plain(" "), action)
}

func plainLines(l notice.Lines) []string {
	out := make([]string, len(l))
	for i, t := range l {
		out[i] = body.Plain(t.Runs())
	}
	return out
}
