package doc

import (
	"slices"

	"github.com/thongbao/thongbao/notice/docx"
)

// formats resolves the formatting of paragraphs and runs through the
// stylesheet and the font table, each style once. ok stays true while
// everything asked could be read; once false, no formatting the file
// gives is taken (Read gives its text alone).
type formats struct {
	sheet *stylesheet
	fonts []string
	ok    bool
	paras map[int]*styled
	// hides is set when a style hides its text; hidden are the runs
	// resolved so far (hidden_style.go)
	hides  bool
	hidden map[hiddenKey]bool
}

// styled is a paragraph style resolved: its paragraph and character
// properties.
type styled struct {
	pap pap
	chp chp
	ok  bool
}

func newFormats(sheet *stylesheet, fonts []string) *formats {
	return &formats{sheet: sheet, fonts: fonts, ok: sheet.read && len(fonts) > 0,
		paras: map[int]*styled{}, hides: sheet.hidesText(), hidden: map[hiddenKey]bool{}}
}

// defaultChp is a run of no properties: 10 pt in the stylesheet's
// default fonts.
func (f *formats) defaultChp() chp {
	return chp{ftc: f.sheet.ftc, hps: 20, hpsBi: 20, istd: istdDefaultFont}
}

// paraStyle resolves the paragraph style istd.
func (f *formats) paraStyle(istd int) *styled {
	if s, ok := f.paras[istd]; ok {
		return s
	}
	s := &styled{pap: defaultPap(), chp: f.defaultChp()}
	chain, ok := f.sheet.chain(istd)
	s.ok = ok
	for _, st := range chain {
		s.ok = s.ok && st.ok && applyPap(&s.pap, st.pap) && applyChp(&s.chp, st.chp)
	}
	f.paras[istd] = s
	return s
}

// charStyle applies the character style istd over c, the paragraph
// style's run properties.
func (f *formats) charStyle(c chp, istd int) (chp, bool) {
	if istd == istdDefaultFont {
		return c, true
	}
	chain, ok := f.sheet.chain(istd)
	for _, st := range chain {
		if st.stk == stkChar {
			ok = ok && st.ok && applyChp(&c, st.chp)
		}
	}
	return c, ok
}

// para gives the properties of a paragraph of style istd, list level's
// sprms level and own sprms direct, and the name of its style.
func (f *formats) para(istd int, level, direct []byte) (docx.ParaProps, string) {
	s := f.paraStyle(istd)
	p := s.pap
	f.ok = f.ok && s.ok && applyPap(&p, level) && applyPap(&p, direct)
	return p.props, f.sheet.name(istd)
}

// run gives the properties of a run in a paragraph of style istd, of own
// sprms direct, then those of over (a list level's, for its label).
func (f *formats) run(istd int, direct, over []byte) docx.RunProps {
	c, ok := f.chpOf(istd, direct)
	f.ok = f.ok && ok && applyChp(&c, over)
	return c.runProps(f.fonts)
}

// chpOf resolves a run in a paragraph of style istd, of own sprms
// direct: the paragraph style's character properties, its character
// style's, its own; false when any of them cannot be read.
func (f *formats) chpOf(istd int, direct []byte) (chp, bool) {
	s := f.paraStyle(istd)
	own := chp{istd: istdDefaultFont}
	ok := applyChp(&own, direct) // its character style
	c, styleOK := f.charStyle(s.chp, own.istd)
	return c, s.ok && ok && styleOK && applyChp(&c, direct)
}

// forget takes away the formatting given to d's paragraphs and runs,
// when not all of it could be read: a paragraph keeps its text as one
// run.
func forget(d *docx.Document) {
	ps := d.Paragraphs()
	for _, s := range d.Sections {
		for _, h := range []*docx.HeaderFooter{s.Headers.Default, s.Headers.First, s.Headers.Even, s.Footers.Default, s.Footers.First, s.Footers.Even} {
			if h != nil {
				ps = append(ps, h.Paragraphs()...)
			}
		}
		s.PageWidth, s.PageHeight, s.Margins = 0, 0, docx.Margins{}
	}
	for _, n := range slices.Concat(d.Footnotes, d.Endnotes) {
		ps = append(ps, n.Paragraphs()...)
	}
	for _, p := range ps {
		p.Props, p.Mark, p.Style, p.StyleName = docx.ParaProps{}, docx.RunProps{}, "", ""
		p.Runs = []docx.Run{{Text: p.Text, End: len(p.Text)}}
		if p.Label != nil {
			p.Label.Props, p.Label.Run.Props = docx.RunProps{}, docx.RunProps{}
		}
	}
}
