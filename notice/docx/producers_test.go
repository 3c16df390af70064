package docx

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// producersDir holds Word files written by other programs than Microsoft
// Word: LibreOffice's export of notices laid out in its own model (flat
// ODT and HTML sources beside them), and the four real files saved again
// by LibreOffice (README.md says how each was made).
const producersDir = "testdata/producers"

func readProducer(t *testing.T, name string) *Document {
	t.Helper()
	path := filepath.Join(producersDir, name)
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

// TestProducerListings pins the listing of each file LibreOffice wrote
// from a source of ours, reviewed line by line against the source.
func TestProducerListings(t *testing.T) {
	for _, name := range []string{"lo-thongbao", "lo-congvan", "lo-frames", "lo-html", "lo-seed-003", "lo-seed-004"} {
		t.Run(name, func(t *testing.T) {
			got := readProducer(t, name+".docx").Listing().Text()
			golden := filepath.Join(producersDir, name+".listing.txt")
			if *update {
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
				t.Errorf("listing differs from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
}

// TestRoundTripListings: a real file saved again by LibreOffice, directly
// (lo-roundtrip-*), through its own format (lo-viaodt-*: .docx, .odt,
// .docx) or through Word 97-2003 (lo-viadoc-*: .docx, .doc, .docx), reads as the original does, line for line: LibreOffice changes
// sizes and faces in two of each (notice/check's TestWordProducers names
// each change), never the text, its order or its lines.
func TestRoundTripListings(t *testing.T) {
	for _, prefix := range []string{"lo-roundtrip-", "lo-viaodt-", "lo-viadoc-"} {
		files, _ := filepath.Glob(filepath.Join(producersDir, prefix+"*.docx"))
		if len(files) != 4 {
			t.Fatalf("%d files %s*, want 4", len(files), prefix)
		}
		for _, f := range files {
			roundTripListing(t, prefix, f)
		}
	}
}

func roundTripListing(t *testing.T, prefix, f string) {
	t.Helper()
	name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), prefix), ".docx")
	t.Run(prefix+name, func(t *testing.T) {
		got := readProducer(t, filepath.Base(f)).Listing().Text()
		want, err := os.ReadFile(filepath.Join("testdata", "real", "laocai-"+name+".listing.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("the LibreOffice copy reads otherwise than the original:\n--- got\n%s--- want\n%s", got, want)
		}
	})
}

// TestFramesInReadingOrder: LibreOffice writes the text boxes anchored in
// one paragraph by their stacking order; lo-frames has the signer's box
// drawn before the Nơi nhận box at its left, and they are read left to
// right, as the page shows them.
func TestFramesInReadingOrder(t *testing.T) {
	d := readProducer(t, "lo-frames.docx")
	var texts []string
	for _, p := range d.Paragraphs() {
		if p.TextBox && strings.TrimSpace(p.Text) != "" {
			texts = append(texts, p.Text)
		}
	}
	want := "UBND HUYỆN ĐỨC PHỔ|PHÒNG GIÁO DỤC VÀ ĐÀO TẠO|Số: 37/TB-PGDĐT|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|" +
		"Độc lập - Tự do - Hạnh phúc|Đức Phổ, ngày 10 tháng 9 năm 2024|Nơi nhận:|- Các trường MN, TH, THCS;|- Lưu: VT.|TRƯỞNG PHÒNG|Võ Thị Lan"
	if got := strings.Join(texts, "|"); got != want {
		t.Errorf("text boxes read as\n%s\nwant\n%s", got, want)
	}
}

// TestRenamedByLibreOffice: what LibreOffice writes in its other formats,
// renamed .docx (a Word 97-2003 .doc, an .odt), is refused with one
// finding that names what the file is and what to do.
func TestRenamedByLibreOffice(t *testing.T) {
	for _, c := range []struct{ file, rule, en string }{
		{"lo-doc97.docx", RuleOldFormat, "the file lo-doc97.docx is a Word 97-2003 document (.doc), not a .docx file"},
		{"lo-odt.docx", RuleNotWord, "the file lo-odt.docx is an OpenDocument text (.odt), not a Word document"},
	} {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(producersDir, "renamed", c.file))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Read(c.file, data)
			var l diag.List
			if !errors.As(err, &l) || len(l) != 1 {
				t.Fatalf("error %v, want one finding", err)
			}
			if f := l[0]; f.Rule != c.rule || f.Severity != diag.Error || f.Message.EN != c.en || f.Fix.VI == "" {
				t.Errorf("finding %s %s %q, want %s %q", f.Rule, f.Severity, f.Message.EN, c.rule, c.en)
			}
		})
	}
}
