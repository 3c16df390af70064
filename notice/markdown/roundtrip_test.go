package markdown_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
)

// reader is how a Markdown viewer reads the output: CommonMark with GFM
// tables, footnotes and autolinks (GitHub turns a bare URL, "www." or an
// e-mail address into a link).
var reader = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote, extension.Linkify))

// TestRoundTrip parses each seed's Markdown back and checks that every
// block reads as exactly the text the composer decided, in order: no text
// became markup, and no markup was lost.
func TestRoundTrip(t *testing.T) {
	for _, name := range seedNames(t) {
		t.Run(name, func(t *testing.T) {
			d, md := renderSeed(t, name)
			got := parsedBlocks(md)
			want := expectedBlocks(d)
			if len(got) != len(want) {
				t.Errorf("%d blocks read back, want %d", len(got), len(want))
			}
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("block %d reads back as\n  %q\nwant\n  %q", i, got[i], want[i])
				}
			}
		})
	}
}

// expectedBlocks lists the text of each block of d, as a reader should see
// it: hard line breaks as "\n", footnote references as [^n].
func expectedBlocks(d *compose.Document) []string {
	h := d.Header
	out := []string{
		strings.Join(append(append([]string{}, h.Parent...), h.Issuer...), "\n"),
		h.NumberLine("\u00a0\u00a0\u00a0\u00a0\u00a0"),
		h.Country + "\n" + h.Motto,
		h.PlaceDate("\u00a0\u00a0\u00a0\u00a0\u00a0"),
		d.Kind,
		runsText(d.Subject),
	}
	out = append(out, blockTexts(d.Body)...)
	out = append(out, "Nơi nhận:")
	for _, r := range d.Recipients {
		out = append(out, runsText(r))
	}
	out = append(out, runsText(d.Archive), strings.Join(d.Signature.Lines, "\n"), d.Signature.Name)
	for _, a := range d.Appendices {
		out = append(out, a.Heading, a.Title, runsText(a.Reference))
		out = append(out, blockTexts(a.Blocks)...)
		if a.Table != nil {
			out = append(out, a.Table.Columns...)
			for _, r := range a.Table.Rows {
				for i := range a.Table.Columns {
					var cell []body.Run
					if i < len(r.Cells) {
						cell = r.Cells[i]
					}
					out = append(out, runsText(cell))
				}
			}
		}
		out = append(out, "./.")
	}
	for _, n := range d.Notes {
		out = append(out, runsText(n.Runs))
	}
	return out
}

func blockTexts(bs []compose.Block) []string {
	var out []string
	for _, b := range bs {
		s := runsText(b.Runs)
		switch {
		case b.Kind == compose.Heading:
			s = strings.TrimSpace(b.Marker + " " + runsText(b.Head) + " " + s)
		case b.Kind == compose.Para && b.Marker != "":
			s = b.Marker + " " + s
		}
		out = append(out, s)
	}
	return out
}

func runsText(runs []body.Run) string {
	var b strings.Builder
	for _, r := range runs {
		if r.Note != "" {
			b.WriteString("[^" + r.Note + "]")
		}
		b.WriteString(r.Text)
	}
	return b.String()
}

// parsedBlocks parses md and returns the text of each leaf block:
// paragraphs, headings, list items, table cells, footnotes.
func parsedBlocks(md []byte) []string {
	doc := reader.Parser().Parse(text.NewReader(md))
	var out []string
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.Paragraph, *ast.Heading, *ast.TextBlock, *east.TableCell:
			out = append(out, inlineText(n, md))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// entityRef is a CommonMark entity or numeric character reference.
var entityRef = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});`)

// unescapeText resolves backslash escapes and entity references in one
// pass, as a CommonMark renderer does: "\\&amp;" is the text "&amp;".
func unescapeText(v []byte) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]) {
			b.WriteByte(v[i+1])
			i++
			continue
		}
		if v[i] == '&' {
			if m := entityRef.Find(v[i:]); m != nil {
				ref, j := m, len(m)-1
				if r := util.ResolveEntityNames(util.ResolveNumericReferences(ref)); !bytes.Equal(r, ref) {
					b.Write(r)
					i += j
					continue
				}
			}
		}
		b.WriteByte(v[i])
	}
	return b.String()
}

func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(unescapeText(c.Segment.Value(src)))
			if c.HardLineBreak() {
				b.WriteString("\n")
			} else if c.SoftLineBreak() {
				b.WriteString(" ")
			}
		case *east.FootnoteLink:
			b.WriteString("[^" + itoa(c.Index) + "]")
		case *ast.AutoLink, *ast.Link:
			b.WriteString("<a link>") // text never becomes a link
		default:
			b.WriteString(inlineText(c, src))
		}
	}
	return b.String()
}
