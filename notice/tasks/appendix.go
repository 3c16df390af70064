package tasks

import (
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/reading"
)

// defaultAction is what the assignee of an appendix criterion must do
// when the source does not say (compose writes the same).
const defaultAction = "tham mưu khắc phục"

// appendixTasks reads the assignments of an appendix: a scored table
// that gives each criterion short of its mark to someone to remedy (seed
// 003: "Mục 1.3 Văn bản điều hành ... đạt 4/20 điểm — Giao VHTT tham mưu
// khắc phục"). They set no deadline.
func (x *extractor) appendixTasks(r *reading.Reading, v *check.View) []Task {
	if r.Notice != nil {
		return x.tableTasks(r.Notice)
	}
	return x.textAppendixTasks(v.Appendix)
}

// tableTasks reads the rows of a TOML source's scored tables.
func (x *extractor) tableTasks(n *notice.Notice) []Task {
	var out []Task
	for _, a := range n.Appendices {
		if a.Table == nil {
			continue
		}
		for _, g := range a.Table.Groups {
			for _, row := range g.Rows {
				if row.Assignee.IsZero() {
					continue
				}
				action := defaultAction
				if !row.Action.IsZero() {
					action = body.Plain(row.Action.Runs())
				}
				criterion := strings.TrimSpace("mục " + row.Ref.S + " " + body.Plain(row.Title.Runs()))
				out = append(out, x.assigned(splitOwners(body.Plain(row.Assignee.Runs())), action, criterion, row.Pos)...)
			}
		}
	}
	return out
}

var (
	arrowRe     = lazyre.New(`^\s*(?:=>|=&gt;|⇒|→|->)\s*`)
	criterionRe = lazyre.New(`(?i)^\s*-?\s*(mục\s+\S+.*?)(?:,?\s+(?:đạt\s+)?[\d,.]+\s*/\s*[\d,.]+\s+điểm)?\.?\s*$`)
)

// textAppendixTasks reads an appendix written as text: a criterion line
// ("- Mục 3.1 Tỷ lệ ... đạt 2,72/10 điểm") and, after it, whom it is given
// to ("=>Giao VHTT tham mưu khắc phục.").
func (x *extractor) textAppendixTasks(segs []check.Seg) []Task {
	var out []Task
	var criterion *check.Seg
	for i := range segs {
		s := &segs[i]
		if m := criterionRe().FindStringSubmatch(s.Text); m != nil {
			criterion = s
			continue
		}
		t := arrowRe().ReplaceAllString(s.Text, "")
		if criterion == nil || !assignPrefix().MatchString(t) {
			continue
		}
		nm := x.readNamed(t, false)
		if len(nm.Owners) == 0 {
			continue
		}
		var names []string
		for _, o := range nm.Owners {
			names = append(names, o.Name)
		}
		action := strings.TrimRight(strings.TrimSpace(t[nm.Rest:]), " .;/") // "khắc phục./" ends the notice
		m := criterionRe().FindStringSubmatch(criterion.Text)
		out = append(out, x.assigned(names, action, lowerFirst(m[1]), criterion.PosAt(0))...)
		criterion = nil
	}
	return out
}

// assigned is a line for each owner of one criterion.
func (x *extractor) assigned(owners []string, action, criterion string, pos diag.Pos) []Task {
	if action == "" {
		action = defaultAction
	}
	text := upperFirst(action) + " " + criterion
	var out []Task
	for _, o := range owners {
		out = append(out, Task{Owner: o, Short: shorten(text), Text: text, Notice: x.n, Pos: pos, key: x.key(o)})
	}
	return out
}
