package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	for _, name := range []string{"lo-thongbao", "lo-congvan", "lo-frames", "lo-html"} {
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

// TestRoundTripListings: a real file saved again by LibreOffice reads as
// the original does, line for line.
func TestRoundTripListings(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(producersDir, "lo-roundtrip-*.docx"))
	if len(files) != 4 {
		t.Fatalf("%d round-tripped files, want 4", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "lo-roundtrip-"), ".docx")
		t.Run(name, func(t *testing.T) {
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
