package reading

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/markdown"
	"github.com/thongbao/thongbao/notice/plain"
)

// WriteListing prints the notice as the checker reads it. A Word file is
// printed as its listing, line for line: the lines of findings on a Word
// file are the lines of this listing. Any other notice is printed one
// paragraph per line, each with where it starts in the file and its role
// ("12:1  body  2. Giao Sở ..."); a TOML source as the words it renders
// to, each with its role alone (its lines are those of the TOML).
func (r *Reading) WriteListing(w io.Writer) error { return r.WriteListingIn(w, diag.VI) }

// WriteListingIn is WriteListing with the marks of a Word file's
// listing ("[đầu trang]") in lang.
func (r *Reading) WriteListingIn(w io.Writer, lang diag.Lang) error {
	if r.Listing != nil {
		_, err := io.WriteString(w, r.Listing.TextIn(lang))
		return err
	}
	f, err := r.paragraphs()
	if err != nil {
		return err
	}
	for _, p := range f.Paras {
		pos := p.PosAt(0)
		kind := p.Kind.String()
		if p.Col != plain.Whole {
			kind += "/" + p.Col.String()
		}
		line := fmt.Sprintf("%d:%d\t%s\t%s\n", pos.Line, pos.Col, kind, p.Text)
		if r.Notice != nil {
			line = kind + "\t" + p.Text + "\n"
		}
		if _, err := io.WriteString(w, line); err != nil {
			return err
		}
	}
	return nil
}

// paragraphs is the reading as paragraphs: a TOML source through the
// Markdown it renders to.
func (r *Reading) paragraphs() (*plain.File, error) {
	if r.Text != nil {
		return r.Text, nil
	}
	var buf bytes.Buffer
	if err := markdown.Render(&buf, compose.Compose(r.Notice)); err != nil {
		return nil, fmt.Errorf("list notice: %w", err)
	}
	return plain.ReadWith(r.Path+".md", buf.Bytes(), plain.Options{Layout: plain.Blank})
}

// paraJSON is a paragraph of a text notice for --format json.
type paraJSON struct {
	Line   int    `json:"line,omitempty"`
	Col    int    `json:"col,omitempty"`
	Kind   string `json:"kind"`
	Column string `json:"column,omitempty"`
	Marker string `json:"marker,omitempty"`
	Text   string `json:"text"`
}

// WriteJSON prints the reading as JSON: of a Word file, its paragraphs
// line by line with their effective formatting (docx.View); of any other
// notice, its paragraphs with their roles.
func (r *Reading) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if r.Word != nil {
		return enc.Encode(r.Word.View())
	}
	f, err := r.paragraphs()
	if err != nil {
		return err
	}
	out := struct {
		Path       string     `json:"path"`
		Kind       string     `json:"kind"`
		Paragraphs []paraJSON `json:"paragraphs"`
	}{Path: r.Path, Kind: r.Kind.String(), Paragraphs: []paraJSON{}}
	for _, p := range f.Paras {
		pos := p.PosAt(0)
		pj := paraJSON{Line: pos.Line, Col: pos.Col, Kind: p.Kind.String(), Marker: p.Marker, Text: p.Text}
		if r.Notice != nil {
			pj.Line, pj.Col = 0, 0 // those of the Markdown it renders to, not of the TOML
		}
		if p.Col != plain.Whole {
			pj.Column = p.Col.String()
		}
		out.Paragraphs = append(out.Paragraphs, pj)
	}
	return enc.Encode(out)
}
