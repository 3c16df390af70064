package docx

import "unicode/utf8"

// View is the document as plain data for `thongbao text --format json`:
// the listing, line by line, with the paragraphs of each line and their
// effective formatting, then the page setup, the headers and footers and
// the state of the file. Lengths are in twips (1/20 pt, 567 to the cm),
// font sizes in half-points, as Word stores them; offsets are byte
// offsets in the line's text, columns count characters from 1.
type View struct {
	Path      string        `json:"path"`
	Lines     []LineView    `json:"lines"`
	Sections  []SectionView `json:"sections"`
	Changes   ChangesView   `json:"changes"`
	Props     Properties    `json:"properties"`
	ThemeLang string        `json:"theme_lang,omitempty"`
}

// LineView is one line of the listing.
type LineView struct {
	Line       int        `json:"line"`
	Kind       string     `json:"kind"` // "paragraph", "row", "note" or "mark"
	Text       string     `json:"text"`
	Note       string     `json:"note,omitempty"` // the note's number, on a note line
	Part       string     `json:"part,omitempty"` // the header part of a line of the first page's header
	Paragraphs []ParaView `json:"paragraphs"`
}

// ParaView is a paragraph in a line.
type ParaView struct {
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Col       int        `json:"col"`
	Cell      int        `json:"cell"` // -1 outside tables
	Text      string     `json:"text"`
	Label     *LabelView `json:"label,omitempty"`
	Style     string     `json:"style,omitempty"`
	StyleName string     `json:"style_name,omitempty"`
	Table     *CellView  `json:"table,omitempty"`
	TextBox   bool       `json:"text_box,omitempty"`
	Props     ParaProps  `json:"props"`
	Breaks    []int      `json:"breaks,omitempty"` // offsets in the line of manual line breaks
	PageBreak bool       `json:"page_break,omitempty"`
	Section   int        `json:"section"`
	Runs      []RunView  `json:"runs"`
}

// LabelView is a numbering label.
type LabelView struct {
	Text   string   `json:"text"`
	Format string   `json:"format"`
	NumID  int      `json:"num_id"`
	Level  int      `json:"level"`
	Props  RunProps `json:"props"`
}

// CellView places a paragraph in its innermost table.
type CellView struct {
	Row   int `json:"row"`
	Col   int `json:"col"`
	Depth int `json:"depth"`
}

// RunView is a run of a paragraph; hidden runs have Start == End.
type RunView struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Style    string   `json:"style,omitempty"`
	Faces    []string `json:"faces,omitempty"` // the faces its characters print in
	SizePt   float64  `json:"size_pt"`
	Props    RunProps `json:"props"`
	Field    string   `json:"field,omitempty"`
	Note     string   `json:"note,omitempty"`
	Inserted bool     `json:"inserted,omitempty"`
}

// SectionView is a section's page setup, headers and footers.
type SectionView struct {
	PageWidth     int                `json:"page_width"`
	PageHeight    int                `json:"page_height"`
	Orientation   string             `json:"orientation"`
	Margins       Margins            `json:"margins"`
	TitlePage     bool               `json:"title_page"`
	PageNumStart  int                `json:"page_num_start,omitempty"`
	PageNumFormat string             `json:"page_num_format"`
	Columns       int                `json:"columns"`
	Break         string             `json:"break"`
	Headers       map[string]*HFView `json:"headers,omitempty"`
	Footers       map[string]*HFView `json:"footers,omitempty"`
	Paragraphs    int                `json:"paragraphs"` // body paragraphs in the section
}

// HFView is a header or footer.
type HFView struct {
	Part       string     `json:"part"`
	PageField  bool       `json:"page_field"`
	Paragraphs []ParaView `json:"paragraphs"`
}

// ChangesView says whether the file is a draft with unaccepted changes.
type ChangesView struct {
	Insertions   int  `json:"insertions"`
	Deletions    int  `json:"deletions"`
	Moves        int  `json:"moves"`
	Formatting   int  `json:"formatting"`
	Comments     int  `json:"comments"`
	FirstLine    int  `json:"first_line,omitempty"`    // listing line of the first change
	FirstComment int  `json:"first_comment,omitempty"` // listing line of the first comment
	Tracking     bool `json:"tracking"`
}

// View returns the document as plain data.
func (d *Document) View() *View {
	l := d.Listing()
	v := &View{Path: d.Path, Props: d.Props, ThemeLang: d.ThemeLang, Lines: make([]LineView, 0, len(l.Lines))}
	for i, ln := range l.Lines {
		lv := LineView{Line: i + 1, Kind: ln.Kind.String(), Text: ln.Text, Paragraphs: []ParaView{}}
		if ln.Note != nil {
			lv.Note = ln.Note.Number
		}
		if ln.Part != nil {
			lv.Part = ln.Part.Part
		}
		for _, s := range ln.Spans {
			pv := paraView(s.Para, s.TextStart-s.Off)
			if s.Off > 0 || s.End-s.TextStart < len(s.Para.Text) {
				pv.piece(s)
			}
			pv.Start, pv.End, pv.Cell = s.Start, s.End, s.Cell
			pv.Col = utf8.RuneCountInString(ln.Text[:s.Start]) + 1
			lv.Paragraphs = append(lv.Paragraphs, pv)
		}
		v.Lines = append(v.Lines, lv)
	}
	count := make([]int, len(d.Sections))
	for _, p := range d.paras {
		if p.Section < len(count) {
			count[p.Section]++
		}
	}
	for i, s := range d.Sections {
		sv := SectionView{PageWidth: s.PageWidth, PageHeight: s.PageHeight, Orientation: s.Orientation, Margins: s.Margins,
			TitlePage: s.TitlePage, PageNumStart: s.PageNumStart, PageNumFormat: s.PageNumFormat, Columns: s.Columns,
			Break: s.Break, Headers: hfViews(s.Headers), Footers: hfViews(s.Footers), Paragraphs: count[i]}
		v.Sections = append(v.Sections, sv)
	}
	c := d.Changes
	v.Changes = ChangesView{Insertions: c.Insertions, Deletions: c.Deletions, Moves: c.Moves, Formatting: c.Formatting,
		Comments: c.Comments, Tracking: c.Tracking}
	v.Changes.FirstLine = d.lineOf(l, c.First)
	v.Changes.FirstComment = d.lineOf(l, c.FirstComment)
	return v
}

// lineOf returns the listing line of a place or, for a place in a body
// paragraph that is not listed (an empty one), of the next listed
// paragraph; 0 when there is none.
func (d *Document) lineOf(l *Listing, pl Place) int {
	if pl.Para == nil {
		return 0
	}
	if line, _, ok := l.Find(pl.Para, pl.Offset); ok {
		return line
	}
	if pl.Para.Story != InBody {
		return 0
	}
	for _, p := range d.paras[min(pl.Para.Index, len(d.paras)):] {
		if line, _, ok := l.Find(p, 0); ok {
			return line
		}
	}
	return 0
}

func paraView(p *Paragraph, base int) ParaView {
	pv := ParaView{Text: p.Text, Style: p.Style, StyleName: p.StyleName, TextBox: p.TextBox, Props: p.Props,
		PageBreak: p.PageBreak, Section: p.Section, Cell: -1}
	if p.Label != nil {
		pv.Label = &LabelView{Text: p.Label.Text, Format: p.Label.Format, NumID: p.Label.NumID, Level: p.Label.Level, Props: p.Label.Props}
	}
	if p.Table != nil {
		pv.Table = &CellView{Row: p.Row, Col: p.Col, Depth: p.Table.Depth}
	}
	for _, b := range p.Breaks {
		pv.Breaks = append(pv.Breaks, base+b)
	}
	for _, r := range p.Runs {
		rv := RunView{Start: base + r.Start, End: base + r.End, Text: r.Text, Style: r.Style, Props: r.Props,
			SizePt: r.Props.PointSize(), Field: r.Field, Inserted: r.Inserted, Faces: r.Props.Fonts.Faces(r.Text)}
		if r.Note != nil {
			rv.Note = r.Note.Number
		}
		pv.Runs = append(pv.Runs, rv)
	}
	return pv
}

// piece keeps of a paragraph's view the piece that s places in its line
// (a paragraph cut at its manual line breaks): its text, and its runs
// cut to it.
func (pv *ParaView) piece(s Span) {
	lo, hi := s.TextStart, s.End // in the line
	pv.Text = s.Para.Text[s.Off : s.Off+hi-lo]
	var runs []RunView
	for _, r := range pv.Runs {
		if r.End <= lo || r.Start >= hi {
			continue
		}
		if r.Start < lo || r.End > hi {
			from, to := max(r.Start, lo), min(r.End, hi)
			if from-r.Start <= len(r.Text) && to-r.Start <= len(r.Text) {
				r.Text = r.Text[from-r.Start : to-r.Start]
			}
			r.Start, r.End = from, to
		}
		runs = append(runs, r)
	}
	pv.Runs = runs
	var breaks []int
	for _, b := range pv.Breaks {
		if b >= lo && b < hi {
			breaks = append(breaks, b)
		}
	}
	pv.Breaks = breaks
	if s.Off > 0 {
		pv.Label = nil // the label is the first piece's
	}
}

func hfViews(set HeaderSet) map[string]*HFView {
	m := map[string]*HFView{}
	for name, h := range map[string]*HeaderFooter{"default": set.Default, "first": set.First, "even": set.Even} {
		if h == nil {
			continue
		}
		hv := &HFView{Part: h.Part, PageField: h.PageField() != nil}
		for _, p := range h.Paragraphs() {
			hv.Paragraphs = append(hv.Paragraphs, paraView(p, 0))
		}
		m[name] = hv
	}
	if len(m) == 0 {
		return nil
	}
	return m
}
