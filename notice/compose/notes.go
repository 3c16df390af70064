package compose

import (
	"strconv"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
)

// notes numbers footnotes in the order the document first refers to them,
// as a word processor does.
type notes struct {
	n      *notice.Notice // whose fields' runs are parsed once (Notice.Runs)
	defs   map[string]notice.Footnote
	number map[string]string
	order  []string
}

func newNotes(src *notice.Notice) *notes {
	n := &notes{n: src, defs: map[string]notice.Footnote{}, number: map[string]string{}}
	for _, f := range src.Footnotes {
		if _, dup := n.defs[f.ID]; !dup {
			n.defs[f.ID] = f
		}
	}
	return n
}

// resolve replaces footnote labels in runs by their numbers. A reference to
// a note that does not exist stays in the text as written, for the reader
// (and the checker) to see.
func (n *notes) resolve(runs []body.Run) []body.Run {
	out := make([]body.Run, 0, len(runs))
	for _, r := range runs {
		if r.Note == "" {
			out = append(out, r)
			continue
		}
		if _, ok := n.defs[r.Note]; !ok {
			out = join(out, []body.Run{{Text: "[^" + r.Note + "]", Style: r.Style}})
			continue
		}
		num, ok := n.number[r.Note]
		if !ok {
			num = strconv.Itoa(len(n.order) + 1)
			n.number[r.Note] = num
			n.order = append(n.order, r.Note)
		}
		r.Note = num
		out = append(out, r)
	}
	return out
}

// text parses a field and resolves its footnote references.
func (n *notes) text(t notice.Text) []body.Run { return n.resolve(n.n.Runs(t)) }

// list returns the notes in number order; notes never referred to come last,
// numbered after the others. Notes inside notes are not numbered again.
func (n *notes) list(fs []notice.Footnote) []Note {
	for _, f := range fs {
		if _, ok := n.number[f.ID]; !ok {
			n.number[f.ID] = strconv.Itoa(len(n.order) + 1)
			n.order = append(n.order, f.ID)
		}
	}
	out := make([]Note, 0, len(n.order))
	for _, id := range n.order {
		out = append(out, Note{Number: n.number[id], Runs: stripNotes(n.n.Runs(n.defs[id].Text))})
	}
	return out
}

func stripNotes(runs []body.Run) []body.Run {
	out := runs[:0:0]
	for _, r := range runs {
		if r.Note == "" {
			out = append(out, r)
		}
	}
	return out
}
