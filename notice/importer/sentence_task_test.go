package importer_test

import (
	"os"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/importer"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestImportSentenceTask: a numbered point of one sentence with no
// points under it ("4. Báo và Phát thanh, Truyền hình Lào Cai tăng cường
// ... mừng Xuân.") is a task given to its owner, as the points before it
// are, not a part's heading the rendering would set in bold; and an owner
// ends at the verb that opens its work ("Ủy ban nhân dân các xã, phường
// chủ động rà soát ...").
func TestImportSentenceTask(t *testing.T) {
	out := importText(t, "testdata/tasks-one-sentence.txt")
	for _, want := range []string{
		"owner = \"Báo và Phát thanh, Truyền hình Lào Cai\"\ntext = ",
		"owner = \"Sở Y tế\"\ntext = ",
		"owner = \"Ủy ban nhân dân các xã, phường\"\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the import lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "assignee = ") {
		t.Errorf("a task of one sentence is imported as a heading:\n%s", out)
	}
}

// TestImportSentenceSection: a numbered point of a long sentence is the
// section's text, not its heading, even with a paragraph after it ("3.
// Công dân đến trình bày ... có liên quan." and "Trường hợp thay đổi lịch
// ..."); a short point before a colon stays a heading ("2. Địa điểm: ...").
func TestImportSentenceSection(t *testing.T) {
	out := importText(t, "testdata/section-one-sentence.txt")
	for _, want := range []string{"title = \"\"\ntext = \"\"\"\nCông dân đến trình bày", "title = \"Địa điểm\"\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("the import lacks %q:\n%s", want, out)
		}
	}
}

// importText imports a text notice and returns its source.
func importText(t *testing.T, path string) string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := reading.Read(path, src)
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.Import(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(res.Source)
}

// TestImportLongHeadingWithPoints: a part's heading longer than a short
// one that ends with a full stop ("1. Về công tác cải cách hành chính,
// chuyển đổi số ... trên địa bàn tỉnh.") is still the heading of the
// lettered points under it, as the short one beside it is.
func TestImportLongHeadingWithPoints(t *testing.T) {
	out := importText(t, "testdata/heading-long-points.txt")
	for _, want := range []string{"title = \"\"\"\nVề công tác cải cách hành chính, chuyển đổi số", "title = \"Về công tác chuẩn bị Tết.\""} {
		if !strings.Contains(out, want) {
			t.Errorf("the import lacks %q:\n%s", want, out)
		}
	}
}
