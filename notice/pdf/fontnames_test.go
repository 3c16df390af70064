package pdf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/pdf"
)

// needPoppler skips a test that reads a PDF with the poppler tool name when
// the machine lacks it, and fails it when THONGBAO_REQUIRE_TOOLS is set.
func needPoppler(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err == nil {
		return
	}
	msg := name + " not found: install poppler-utils (apt-get install -y poppler-utils)"
	if os.Getenv("THONGBAO_REQUIRE_TOOLS") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// renderFile draws the notice at path into a temporary PDF file, dated date.
func renderFile(t *testing.T, path string, date time.Time) string {
	t.Helper()
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	n, err := notice.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc bytes.Buffer
	if err := pdf.Render(&doc, compose.Compose(n), set, pdf.Options{}, date); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "n.pdf")
	if err := os.WriteFile(file, doc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// TestFontNames: pdffonts lists the four faces of a notice by their own
// PostScript names after a subset tag of six capitals (PDF 32000-1:2008,
// 9.6.4), as CID TrueType fonts, embedded, subset, with a ToUnicode map,
// as a văn thư checking that the notice is set in Times New Roman or a
// metric clone expects to read them (PATCHES.md 33).
func TestFontNames(t *testing.T) {
	needPoppler(t, "pdffonts")
	line := regexp.MustCompile(`^([A-Z]{6})\+(\S+)\s+CID TrueType\s+Identity-H\s+yes yes yes\s+\d+\s+0$`)
	for _, p := range []string{"../../testdata/seeds/001.toml", "../../testdata/seeds/004.toml"} {
		out := run(t, "pdffonts", renderFile(t, p, time.Unix(0, 0)))
		rows := strings.Split(strings.TrimSpace(out), "\n")[2:]
		got := map[string]bool{}
		for _, r := range rows {
			m := line.FindStringSubmatch(r)
			if m == nil {
				t.Errorf("%s: pdffonts row %q is not a tagged, embedded, subset CID TrueType font with Unicode", p, r)
				continue
			}
			got[m[2]] = true
		}
		for _, want := range []string{"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"} {
			if !got[want] {
				t.Errorf("%s: no font %s in\n%s", p, want, out)
			}
		}
		if len(rows) != 4 {
			t.Errorf("%s: %d fonts, want 4:\n%s", p, len(rows), out)
		}
	}
}

// TestDocumentInfo: pdfinfo reads the notice's title (tên loại and trích
// yếu), the issuing body as the author, the creator, the producer and the
// date the PDF was given, never the clock.
func TestDocumentInfo(t *testing.T) {
	needPoppler(t, "pdfinfo")
	date := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	out := run(t, "pdfinfo", "-isodates", renderFile(t, "../../testdata/seeds/004.toml", date))
	for _, want := range []string{
		"Title:           THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh Nguyễn Hoàng Giang",
		"Subject:         Thông báo kết luận cuộc họp\n",
		"Keywords:        thông báo, kết luận\n", // a draft: no number
		"Author:          Ủy ban nhân dân tỉnh Quảng Ngãi\n",
		"Creator:         thongbao\n",
		"Producer:        " + pdf.Producer + "\n",
		"CreationDate:    2026-12-01T00:00:00Z\n",
		"ModDate:         2026-12-01T00:00:00Z\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
}
