package importer

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
)

// Result is the source of an imported notice.
type Result struct {
	// Source is the TOML text; it loads.
	Source []byte
	// Unmapped are the places where the notice says something the source
	// has no key for, and how it was kept.
	Unmapped []Unmapped
}

// Unmapped is something of the notice kept otherwise than in its key.
type Unmapped struct {
	// Line is the line of the file (of a Word file, of its listing, as
	// thongbao text prints it); 0 when it is about no line.
	Line int
	What diag.Text

	table bool // a table's cells, said once per table
}

// String writes u in lang, as the command prints it.
func (u Unmapped) String(lang diag.Lang) string {
	if u.Line == 0 {
		return u.What.In(lang)
	}
	if lang == diag.EN {
		return fmt.Sprintf("line %d: %s", u.Line, u.What.In(lang))
	}
	return fmt.Sprintf("dòng %d: %s", u.Line, u.What.In(lang))
}

// ErrNotANotice is wrapped by the errors of readings that cannot be
// imported.
var ErrNotANotice = errors.New("nothing to import")

// Import writes the source of the notice r read. r must be a notice read
// from text, Markdown or Word: a TOML source is one already.
func Import(r *reading.Reading) (*Result, error) {
	if r.Text == nil {
		return nil, refuse(r.Path,
			diag.Msg("tệp này đã là tệp nguồn TOML, không cần nhập", "this file is a TOML source already; there is nothing to import"),
			diag.Msg("dùng thongbao check hoặc thongbao render với tệp này", "use thongbao check or thongbao render on it"))
	}
	if r.Text.Unreadable {
		return nil, refuse(r.Path,
			diag.Msg("văn bản không đọc được: phần lớn chữ không phải tiếng Việt (chữ của bản quét bị nhận dạng sai?)", "the text cannot be read: most of its words are not Vietnamese (the text layer of a scan?)"),
			diag.Msg("nhập từ bản Word hoặc bản văn bản gốc", "import the Word file or the original text instead"))
	}
	if !hasContent(r.Text) {
		return nil, refuse(r.Path,
			diag.Msg("không tìm thấy nội dung thông báo trong tệp", "no notice was found in the file"),
			diag.Msg("kiểm tra đây có phải một thông báo không", "check that this is a notice"))
	}
	im := newImporter(r)
	im.run()
	full := im.d.emit()
	im.numbering()
	src := im.d.emit()
	if !sameMarkers(r.Path, full, src) {
		src = full // the numbering did not give the numbers as written
	}
	if err := verify(r.Path, src); err != nil {
		return nil, err
	}
	return &Result{Source: src, Unmapped: im.unmapped}, nil
}

func refuse(path string, what, fix diag.Text) error {
	return fmt.Errorf("%w: %w", ErrNotANotice, diag.List{{Pos: diag.Pos{Path: path}, Rule: "import", Severity: diag.Error, Message: what, Fix: fix}})
}

func hasContent(f *plain.File) bool {
	for _, p := range f.Paras {
		if strings.TrimSpace(p.Text) != "" {
			return true
		}
	}
	return false
}

// verify loads the source written: an import that does not load is a
// fault of this package, reported as such.
func verify(path string, src []byte) error {
	n, err := notice.Load(path+".toml", src)
	if err != nil {
		return fmt.Errorf("import %s: the source written does not load: %w", path, err)
	}
	if w := n.Warnings(); len(w) > 0 {
		return fmt.Errorf("import %s: the source written loads with warnings: %w", path, w)
	}
	return nil
}

// sameMarkers reports whether two sources load and number their parts and
// items alike.
func sameMarkers(path string, a, b []byte) bool {
	ma, ok := markersOf(path, a)
	if !ok {
		return false
	}
	mb, ok := markersOf(path, b)
	return ok && slices.Equal(ma, mb)
}

func markersOf(path string, src []byte) ([]string, bool) {
	n, err := notice.Load(path+".toml", src)
	if err != nil {
		return nil, false
	}
	var out []string
	for _, b := range compose.Compose(n).Body {
		if b.Marker != "" {
			out = append(out, b.Marker)
		}
	}
	return out, true
}

// importer maps one reading to a draft.
type importer struct {
	r  *reading.Reading
	f  *plain.File
	v  *check.View
	d  *draft
	in *inliner
	// listed is how many paragraphs of the body list the addressees.
	listed int

	unmapped []Unmapped
}

func newImporter(r *reading.Reading) *importer {
	im := &importer{r: r, f: r.Text, v: check.FromText(r.Text), d: &draft{}}
	im.in = &inliner{f: r.Text, notes: map[string]bool{}, md: r.Text.Layout == plain.Blank}
	for _, p := range r.Text.Paras {
		if p.Kind == plain.Note && p.Number != "" {
			im.in.notes[p.Number] = true
		}
	}
	return im
}

// note lists something kept otherwise than in its key.
func (im *importer) note(line int, what diag.Text) {
	im.unmapped = append(im.unmapped, Unmapped{Line: line, What: what})
}

// zones are the paragraphs of the reading by where they stand.
type zones struct {
	header, body, notes, end, after []plain.Para
}

func (im *importer) zones() zones {
	var z zones
	ended, signed := false, false
	for _, p := range im.f.Paras {
		switch p.Kind {
		case plain.Header, plain.Title, plain.Subject, plain.Addressee:
			if ended {
				z.after = append(z.after, p)
			} else {
				z.header = append(z.header, p)
			}
		case plain.Note:
			z.notes = append(z.notes, p)
		case plain.Label, plain.Recipient, plain.Signer, plain.Name:
			ended = true
			signed = signed || p.Kind == plain.Name
			z.end = append(z.end, p)
		case plain.Appendix, plain.Cosigner, plain.Coname: // a joint notice's later signature: the source has one signer, so it is kept after the end, as before
			z.after = append(z.after, p)
		case plain.Path, plain.Page: // the drafter's copy on disk, the page's own line: no part of the notice
		default: // Body, Cell
			if ended {
				z.after = append(z.after, p)
			} else {
				z.body = append(z.body, p)
			}
		}
	}
	return z
}

func (im *importer) run() {
	z := im.zones()
	im.footnotes(z.notes)
	im.header(z.header)
	if im.v.Type == check.CongVan {
		im.note(0, diag.Msg("văn bản là một công văn (trích yếu \"V/v ...\", không có tên loại): tệp nguồn là của một thông báo, bản in ghi \"THÔNG BÁO\"", "the document is a công văn (a \"V/v ...\" trích yếu, no type name): a source is a notice's, printed \"THÔNG BÁO\""))
	}
	im.body(z.header, z.body)
	im.end(z.end)
	im.appendices(z.after)
	im.head()
}
