package check_test

import (
	"os"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestElementFormatCosigns: in a joint notice laid out in Word, the later
// signatures' lines are held to the signer's form as the first's are: a
// second signer's name beside the first (a table of three columns with
// Nơi nhận) and a third's under them, typed not bold, are told; the
// lawful files are told nothing.
func TestElementFormatCosigns(t *testing.T) {
	const dir = "../../testdata/word-lawful/w79/"
	for _, c := range []struct{ file, name string }{
		{"joint-three-columns.docx", "Nguyễn Thị Hương"},
		{"joint-three-signers.docx", "Phan Đình Quý"},
	} {
		src, err := os.ReadFile(dir + c.file)
		if err != nil {
			t.Fatal(err)
		}
		parts, err := unzipParts(src)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := checkWordBytes(t, c.file, src); len(got) != 0 {
			t.Errorf("%s: %d findings on the lawful file, want none", c.file, len(got))
		}
		doc := parts["word/document.xml"]
		k := strings.Index(doc, c.name)
		r := strings.LastIndex(doc[:max(k, 0)], "<w:r>")
		if k < 0 || r < 0 || !strings.Contains(doc[r:k], "<w:b/><w:bCs/>") {
			t.Fatalf("%s: no bold run of %q", c.file, c.name)
		}
		parts["word/document.xml"] = doc[:r] + strings.Replace(doc[r:k], "<w:b/><w:bCs/>", "", 1) + doc[k:]
		got, lines := checkWordBytes(t, c.file, docxtest.Zip(parts))
		line := lineOf(lines, c.name)
		found := false
		for _, f := range got {
			found = found || f.Rule == "element-format" && f.Pos.Line == line
		}
		if !found {
			t.Errorf("%s: the later signer's name not bold is not told on line %d; findings %v", c.file, line, got)
		}
	}
}
