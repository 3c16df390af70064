package markdown

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"text/template"

	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/templates"
)

// tmpl is parsed once per process.
var tmpl = template.Must(template.New("notice.md").Option("missingkey=error").Parse(templates.NoticeMarkdown))

// blank stands for the parts of the number and date a draft leaves empty:
// no-break spaces, which Markdown does not collapse.
const blank = "\u00a0\u00a0\u00a0\u00a0\u00a0"

// Render writes d as Markdown to w. Nothing is written if rendering fails.
func Render(w io.Writer, d *compose.Document) error {
	b, err := RenderBytes(d)
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

// RenderBytes is Render into a new slice, which the caller owns. The
// buffer starts at the size of the last notice rendered: a batch's
// notices are alike, and one allocation serves where doubling from
// nothing made some ten.
func RenderBytes(d *compose.Document) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(sizeHint.Load()))
	if err := tmpl.Execute(&buf, newView(d)); err != nil {
		return nil, fmt.Errorf("render markdown: %w", err)
	}
	sizeHint.Store(int64(buf.Len()))
	return buf.Bytes(), nil
}

// sizeHint is the length of the last notice RenderBytes wrote.
var sizeHint atomic.Int64

// view is the template's data: every string is Markdown, escaped.
type view struct {
	Issuer, Number, Country, Motto, PlaceDate string
	Kind, Subject, Body                       string
	Recipients                                []string
	Archive, Signature, Name                  string
	Notes                                     []note
	Appendices                                []appendix
}

type note struct{ Number, Text string }

type appendix struct{ Heading, Title, Reference, Body, Table string }

func newView(d *compose.Document) view {
	v := view{
		Issuer:    issuer(d.Header),
		Number:    escape(d.Header.NumberLine(blank), true),
		Country:   escape(d.Header.Country, false),
		Motto:     escape(d.Header.Motto, false),
		PlaceDate: escape(d.Header.PlaceDate(blank), false),
		Kind:      escape(d.Kind, false),
		Subject:   inline(body.Merge(bolden(d.Subject)), true),
		Body:      blocks(d.Body),
		Archive:   inline(d.Archive, true),
		Signature: hardLines(d.Signature.Lines, true),
		Name:      escape(d.Signature.Name, false),
	}
	for _, r := range d.Recipients {
		v.Recipients = append(v.Recipients, inline(r, true))
	}
	for _, n := range d.Notes {
		v.Notes = append(v.Notes, note{Number: n.Number, Text: inline(n.Runs, true)})
	}
	for _, a := range d.Appendices {
		v.Appendices = append(v.Appendices, appendix{
			Heading:   escape(a.Heading, false),
			Title:     escape(a.Title, false),
			Reference: inline(a.Reference, false),
			Body:      blocks(a.Blocks),
			Table:     table(a.Table),
		})
	}
	return v
}

func bolden(runs []body.Run) []body.Run {
	out := make([]body.Run, len(runs))
	for i, r := range runs {
		r.Style |= body.Bold
		out[i] = r
	}
	return out
}

// issuer writes the parent body's lines in regular type and the issuer's in
// bold, one per line.
func issuer(h compose.Header) string {
	lines := make([]string, 0, len(h.Parent)+len(h.Issuer))
	for _, l := range h.Parent {
		lines = append(lines, escape(l, true))
	}
	for _, l := range h.Issuer {
		lines = append(lines, "**"+escape(l, false)+"**")
	}
	return strings.Join(lines, "\\\n")
}

// hardLines writes bold lines joined by hard line breaks.
func hardLines(ls []string, bold bool) string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = escape(l, !bold)
		if bold {
			out[i] = "**" + out[i] + "**"
		}
	}
	return strings.Join(out, "\\\n")
}

// blocks writes body blocks, a blank line between them except between
// items of one list.
func blocks(bs []compose.Block) string {
	var b strings.Builder
	for i, bl := range bs {
		if i > 0 {
			if bl.Kind == compose.Bullet && bs[i-1].Kind == compose.Bullet {
				b.WriteString("\n")
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(block(bl))
	}
	return b.String()
}

func block(bl compose.Block) string {
	switch bl.Kind {
	case compose.Heading:
		head := append([]body.Run{{Text: bl.Marker + " "}}, bl.Head...)
		s := inline(body.Merge(bolden(head)), true)
		if len(bl.Runs) > 0 {
			s += " " + inline(bl.Runs, false)
		}
		return s
	case compose.Bullet:
		return strings.Repeat("  ", bl.Depth) + bl.Marker + " " + inline(bl.Runs, true)
	}
	if bl.Marker != "" {
		return escape(bl.Marker, true) + " " + inline(bl.Runs, false)
	}
	return inline(bl.Runs, true)
}

// table writes a GFM table; group rows are bold.
func table(t *compose.Table) string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	head := make([]string, len(t.Columns))
	rule := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i], rule[i] = escape(c, false), "---"
	}
	row(head)
	row(rule)
	for _, r := range t.Rows {
		cells := make([]string, len(t.Columns))
		for i := range cells {
			if i < len(r.Cells) {
				cells[i] = inline(r.Cells[i], false)
			}
		}
		row(cells)
	}
	return b.String()
}
