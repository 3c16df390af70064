package body

import "strings"

// Style is a set of inline styles.
type Style uint8

const (
	Bold Style = 1 << iota
	Italic
)

// Run is a stretch of text in one style, or a footnote reference.
type Run struct {
	Text  string // plain text, escapes resolved; empty for a footnote reference
	Style Style
	Note  string // the label of a footnote reference ("7" for [^7]), else ""
	Off   int    // byte offset in the field where the run's source begins
}

// Plain returns the text of runs without markup or footnote references.
func Plain(runs []Run) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// Notes returns the labels of the footnote references in runs, in order.
func Notes(runs []Run) []string {
	var labels []string
	for _, r := range runs {
		if r.Note != "" {
			labels = append(labels, r.Note)
		}
	}
	return labels
}

// Merge joins neighbouring text runs of the same style and drops empty
// ones. Footnote references are kept as they are.
func Merge(runs []Run) []Run { return MergeTo(nil, runs) }

// MergeTo appends runs to out as Merge joins them. out may be runs[:0]:
// the runs are then merged in place, each written at or before the one
// read.
func MergeTo(out, runs []Run) []Run {
	for _, r := range runs {
		if r.Text == "" && r.Note == "" {
			continue
		}
		if k := len(out) - 1; k >= 0 && r.Note == "" && out[k].Note == "" && out[k].Style == r.Style {
			out[k].Text += r.Text
			continue
		}
		out = append(out, r)
	}
	return out
}
