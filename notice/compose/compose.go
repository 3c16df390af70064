package compose

import (
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
)

// The fixed texts of the header (spec §3.1, §3.2).
const (
	Country = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	Motto   = "Độc lập - Tự do - Hạnh phúc"
)

// Compose builds the document of a loaded notice.
func Compose(n *notice.Notice) *Document {
	c := &composer{n: n, notes: newNotes(n)}
	d := &Document{
		Header:  c.header(),
		Kind:    kindName(n),
		Subject: c.notes.text(n.Subject.Text),
	}
	for _, l := range n.Subject.Lines {
		d.SubjectLines = append(d.SubjectLines, c.notes.text(l))
	}
	d.Body = c.body()
	for _, r := range n.Closing.Recipients {
		d.Recipients = append(d.Recipients, join(trimEnd(c.notes.text(r), " ;.,"), plain(";")))
	}
	d.Archive = join(plain("Lưu: "), trimEnd(c.notes.text(n.Closing.Archive), " ;.,"), plain("."))
	d.Signature = signature(n.Signer)
	d.Appendices = c.appendices()
	d.Notes = c.notes.list(n.Footnotes)
	d.Meta = meta(n, d)
	d.Corrections = corrections(n, d)
	return d
}

type composer struct {
	n      *notice.Notice
	notes  *notes
	blocks []Block
}

func kindName(n *notice.Notice) string {
	return "THÔNG BÁO"
}

func (c *composer) header() Header {
	n := c.n
	return Header{
		Parent:  upperLines(n.Issuer.Parent),
		Issuer:  upperLines(n.Issuer.Name),
		Number:  strings.TrimSpace(n.Number.Text.S),
		Draft:   n.Number.IsDraft(),
		Country: Country,
		Motto:   Motto,
		Place:   n.Place.S,
		Date:    n.Date.Date,
	}
}

func upperLines(l notice.Lines) []string {
	out := make([]string, len(l))
	for i, t := range l {
		out[i] = strings.ToUpper(body.Plain(t.Runs()))
	}
	return out
}

func signature(s notice.Signer) Signature {
	var sig Signature
	for _, a := range s.Authority {
		sig.Lines = append(sig.Lines, a.Line())
	}
	sig.Lines = append(sig.Lines, strings.ToUpper(body.Plain(s.Title.Runs())))
	sig.Name = body.Plain(s.Name.Runs())
	return sig
}

// meta is the PDF's document information. The author is the issuing body
// named in full as a reader of an archive searches for it: the issuer's
// name as a running name ("Ủy ban nhân dân huyện Lý Sơn"), with its parent
// when the name alone is a kind of body ("Văn phòng UBND tỉnh Lào Cai", as
// the appendix reference names it). The number is in the subject and the
// keywords when the notice has one (a draft's "/TB-UBND" is left out).
func meta(n *notice.Notice, d *Document) Meta {
	m := Meta{
		Title:    d.Kind + " " + body.Plain(d.Subject),
		Author:   issuerName(n),
		Subject:  "Thông báo kết luận cuộc họp",
		Keywords: "thông báo, kết luận",
	}
	if !n.Number.IsDraft() && n.Number.Text.S != "" {
		m.Subject += " số " + n.Number.Text.S
		m.Keywords += ", " + n.Number.Text.S
	}
	return m
}

// issuerName is the issuing body's full name in running text: its name,
// and its parent's when the name alone is a kind of body ("Văn phòng").
func issuerName(n *notice.Notice) string {
	name := runningName(plainLines(n.Issuer.Name))
	if slices.Contains(kinds, name) && len(n.Issuer.Parent) > 0 {
		name += " " + runningName(plainLines(n.Issuer.Parent))
	}
	return name
}

// body builds the body: the opening paragraph, the "Sau khi nghe"
// paragraph, the numbered parts and the closing formula.
func (c *composer) body() []Block {
	for _, p := range c.openingParas() {
		c.para(p)
	}
	c.parts()
	closing := trimEnd(c.notes.text(c.n.Closing.Text), " ./")
	c.blocks = append(c.blocks, Block{Kind: Para, Runs: join(closing, plain("./.")), Last: true})
	return c.blocks
}

func (c *composer) para(runs []body.Run) {
	if len(runs) > 0 {
		c.blocks = append(c.blocks, Block{Kind: Para, Runs: runs})
	}
}

func (c *composer) paras(ts []notice.Text) {
	for _, t := range ts {
		c.para(c.notes.text(t))
	}
}
