package docx

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden listings")

const realDir = "../../testdata/real"

func readReal(t *testing.T, name string) *Document {
	t.Helper()
	path := filepath.Join(realDir, name+".docx")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(path, data)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return d
}

// TestRealListings pins the listing of each real file. Each golden was
// reviewed against the file's XML: it is what Word shows, line by line.
func TestRealListings(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realDir, "*.docx"))
	if len(files) != 4 {
		t.Fatalf("%d real files, want 4", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".docx")
		t.Run(name, func(t *testing.T) {
			got := readReal(t, name).Listing().Text()
			golden := filepath.Join("testdata", "real", name+".listing.txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := range min(len(gl), len(wl)) {
					if gl[i] != wl[i] {
						t.Fatalf("line %d\n got %q\nwant %q", i+1, gl[i], wl[i])
					}
				}
				t.Fatalf("%d lines, want %d", len(gl), len(wl))
			}
		})
	}
}

// The facts below were checked by reading each file's XML.

func TestRealKetLuan(t *testing.T) {
	d := readReal(t, "laocai-ubnd-tb-ket-luan-2026-06")
	s := d.Sections[0]
	// nd30.md §13.5: "bottom margin 15 mm" is 851 twips.
	if len(d.Sections) != 1 || s.Margins != (Margins{Top: 1134, Bottom: 851, Left: 1701, Right: 1134, Header: 510, Footer: 244}) ||
		s.PageWidth != 11907 || s.PageHeight != 16839 || !s.TitlePage {
		t.Errorf("section %+v", s)
	}
	// Every run asks for the theme's heading font (majorHAnsi), which the
	// theme names Calibri Light; the Vietnamese theme language makes it
	// Times New Roman, as Word shows.
	if d.ThemeLang != "vi-VN" {
		t.Errorf("theme language %q", d.ThemeLang)
	}
	quoc := para(t, d, "CỘNG HÒA XÃ HỘI")
	if f := quoc.Runs[0].Props.Fonts; f.ASCII != "Times New Roman" || f.HAnsi != "Times New Roman" {
		t.Errorf("theme font resolved to %+v", f)
	}
	if r := quoc.Runs[0].Props; !r.Bold || r.Size != 28 || quoc.Props.Align != "center" || quoc.Table == nil || quoc.Col != 1 {
		t.Errorf("Quốc hiệu %+v in col %d", r, quoc.Col)
	}
	// w:bCs alone does not make Latin text bold.
	if r := para(t, d, "UBND TỈNH LÀO CAI").Runs[0].Props; r.Bold || r.Size != 28 {
		t.Errorf("chủ quản %+v", r)
	}
	if r := para(t, d, "VĂN PHÒNG").Runs[0].Props; !r.Bold {
		t.Error("the issuer is bold")
	}
	if r := para(t, d, "Lào Cai, ngày").Runs[0].Props; !r.Italic || r.Bold {
		t.Errorf("place and date %+v", r)
	}
	// The body: 14 pt (docDefaults sz 28), justified, first line 709
	// twips, 6 pt before, nothing after; headings indented 720.
	body := para(t, d, "Ngày 19 tháng 6 năm 2026")
	if p := body.Props; p.Align != "both" || p.Indent.FirstLine != 709 || p.Spacing.Before != 120 || p.Spacing.After != 0 ||
		p.Spacing.Line != 240 || body.Runs[0].Props.Size != 28 {
		t.Errorf("body %+v size %d", p, body.Runs[0].Props.Size)
	}
	if p := para(t, d, "I. ĐÁNH GIÁ CHUNG"); !p.Runs[0].Props.Bold || p.Props.Indent.FirstLine != 720 || p.Label != nil {
		t.Errorf("heading %+v", p.Props)
	}
	if r := para(t, d, "Nơi nhận").Runs[0].Props; r.Size != 24 || !r.Bold || !r.Italic {
		t.Errorf("Nơi nhận label %+v", r)
	}
	if r := para(t, d, "Lưu: VT, TH.").Runs[0].Props; r.Size != 22 || r.Bold {
		t.Errorf("Nơi nhận line %+v", r)
	}
	if p := para(t, d, "CHÁNH VĂN PHÒNG"); !p.Runs[0].Props.Bold || p.Props.Align != "center" || p.Col != 2 {
		t.Errorf("signer title %+v col %d", p.Props, p.Col)
	}
	// Page numbers: 13 pt, centred, in the default header; the first
	// page has no header of its own.
	page := s.Headers.Default.PageField()
	if page == nil || page.Props.Align != "center" || page.Runs[0].Props.Size != 26 || page.Text != "5" || s.Headers.First != nil {
		t.Errorf("page number %+v", page)
	}
	if d.Changes.Tracked() != 0 || d.Changes.Comments != 0 || len(d.Footnotes) != 0 {
		t.Errorf("changes %+v, %d notes", d.Changes, len(d.Footnotes))
	}
	if d.Props.Revision != "5" || d.Props.Modified != "2026-06-19T07:37:00Z" {
		t.Errorf("props %+v", d.Props)
	}
	if n := len(d.Listing().Lines); n != 54 {
		t.Errorf("%d lines", n)
	}
}

func TestRealTB1894(t *testing.T) {
	d := readReal(t, "laocai-sct-tb-1894-2026-04")
	// The title is centred by nine typed spaces on top of its alignment;
	// the paragraph's firstLine="0" cancels the hanging indent of its
	// style, Heading1, which makes it bold.
	title := para(t, d, "THÔNG BÁO")
	if title.Text != "         THÔNG BÁO" || title.Style != "Heading1" || title.Props.Indent.Left != 182 ||
		title.Props.Indent.FirstLine != 0 || title.Props.Align != "center" || !title.Runs[1].Props.Bold {
		t.Errorf("title %q %s %+v", title.Text, title.Style, title.Props.Indent)
	}
	// The Quốc hiệu as typed, with its typo ("HÕA").
	if p := para(t, d, "XÃ HỘI CHỦ NGHĨA"); p.Text != "      CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM" || p.Props.Align != "left" {
		t.Errorf("Quốc hiệu %q %s", p.Text, p.Props.Align)
	}
	body := para(t, d, "Thực hiện Quyết định số 1050")
	if p := body.Props; p.Indent.FirstLine != 695 || p.Spacing.After != 120 || p.Spacing.Line != 380 || p.Spacing.LineRule != "exact" {
		t.Errorf("body %+v", p)
	}
	if body.Style != "BodyText" || body.Runs[0].Props.Size != 28 || body.Runs[0].Props.Fonts.HAnsi != "Times New Roman" {
		t.Errorf("body style %s run %+v", body.Style, body.Runs[0].Props)
	}
	if page := d.Sections[0].Headers.Default.PageField(); page == nil || page.Runs[0].Props.Size != 28 {
		t.Errorf("page number %+v", page)
	}
	if f := d.Sections[0].Footers.Default; f == nil || f.Part != "word/footer1.xml" {
		t.Errorf("footer %+v", f)
	}
}

func TestRealCV2245(t *testing.T) {
	d := readReal(t, "laocai-sct-cv-2245-2026-04")
	if m := d.Sections[0].Margins; m.Top != 851 || m.Bottom != 851 || m.Left != 1701 || m.Right != 1134 {
		t.Errorf("margins %+v", m)
	}
	// The page number has no formatting of its own: the Header style,
	// based on Normal, leaves it at the document default, 11 pt in the
	// theme's body font, Calibri (the theme language is en-US).
	page := d.Sections[0].Headers.Default.PageField()
	if page == nil || page.Runs[0].Props.Size != 22 || page.Runs[0].Props.Fonts.ASCII != "Calibri" || page.Style != "Header" {
		t.Errorf("page number %+v", page)
	}
	if p := para(t, d, "V/v Thông báo"); p.Runs[0].Props.Size != 24 || p.Table == nil || p.Col != 0 {
		t.Errorf("V/v %+v", p.Runs[0].Props)
	}
	l := d.Listing()
	if l.Lines[0].Text != "UBND TỈNH LÀO CAI |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" || l.Lines[0].Spans[1].Cell != 2 {
		t.Errorf("first line %q", l.Lines[0].Text)
	}
	if p := para(t, d, "1. Thời gian kiểm tra"); p.Text[0] != '\t' || p.Label != nil {
		t.Errorf("a typed number after a tab: %q", p.Text)
	}
}

func TestRealYenHa(t *testing.T) {
	d := readReal(t, "laocai-sct-cv-tham-dinh-yenha-2026")
	if len(d.Footnotes) != 1 {
		t.Fatalf("%d footnotes", len(d.Footnotes))
	}
	n := d.Footnotes[0]
	if n.Number != "1" || n.ID != 1 || !strings.HasPrefix(n.Ref.Text, "-  Phí thẩm định thiết kế xây dựng:") ||
		n.Ref.Text[n.RefOffset:] != "¹." {
		t.Errorf("note %+v referenced from %q", n, n.Ref.Text)
	}
	l := d.Listing()
	last := l.Lines[len(l.Lines)-1]
	if last.Kind != LineNote || last.Note != n || !strings.HasPrefix(last.Text, "¹ Tại khoản 1, Điều 1 Thông tư số 64/2025/TT-BTC") {
		t.Errorf("note line %+v", last)
	}
	// "1." is a label of numbering 28 (decimal "%1."), indented by its
	// level (1080, hanging 360) over the List Paragraph style's 720.
	p := para(t, d, "Văn bản pháp lý")
	if p.Label == nil || p.Label.Text != "1." || p.Label.NumID != 28 || p.Props.Indent.Left != 1080 || p.Props.Indent.Hanging != 360 {
		t.Errorf("numbered %+v %+v", p.Label, p.Props.Indent)
	}
	if s := d.Sections[0]; s.PageNumStart != 1 || s.Margins.Top != 1134 {
		t.Errorf("section %+v", s)
	}
	// The data table of Phụ lục 2 is listed row by row.
	if !strings.Contains(l.Text(), "\n1.1 | Diện tích lưu vực tính đến tuyến đập | km2 | 60,7\n") {
		t.Error("table row missing")
	}
}

// TestAtRange walks every byte of each real listing: AtRange gives what a
// search of the line's spans and runs gives, and the same answer at every
// byte of the range it returns.
func TestAtRange(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realDir, "*.docx"))
	for _, f := range files {
		l := readReal(t, strings.TrimSuffix(filepath.Base(f), ".docx")).Listing()
		for line := 0; line <= len(l.Lines)+1; line++ {
			n := 2
			if line >= 1 && line <= len(l.Lines) {
				n += len(l.Lines[line-1].Text)
			}
			for off := -1; off < n; off++ {
				p, r, lo, hi := l.AtRange(line, off)
				if wp, wr := searchAt(l, line, off); p != wp || r != wr || lo > off || hi <= off {
					t.Fatalf("%s:%d:%d: AtRange %p %p [%d,%d), want %p %p", f, line, off, p, r, lo, hi, wp, wr)
				}
				for o := max(lo, -1); o < min(hi, n); o++ {
					if wp, wr := searchAt(l, line, o); p != wp || r != wr {
						t.Fatalf("%s:%d:%d: range [%d,%d) of %d holds another answer", f, line, o, lo, hi, off)
					}
				}
			}
		}
	}
}

// searchAt is what At gives, found by searching spans and runs in order.
func searchAt(l *Listing, line, off int) (*Paragraph, *Run) {
	if line < 1 || line > len(l.Lines) {
		return nil, nil
	}
	for _, s := range l.Lines[line-1].Spans {
		if off < s.Start || off >= s.End {
			continue
		}
		if off < s.TextStart {
			return s.Para, &s.Para.Label.Run
		}
		return s.Para, s.Para.RunAt(off - s.TextStart)
	}
	return nil, nil
}
