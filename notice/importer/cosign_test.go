package importer_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/importer"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestImportCosignNote: a joint notice's second signature, which a
// source cannot carry (it has one signer), is said by name on import,
// not as text after the signature in no appendix, and kept word for word.
func TestImportCosignNote(t *testing.T) {
	src, err := os.ReadFile("../../testdata/lint/signer-cosign-lawful.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`  # (?:want|not):[^\n]*`).ReplaceAllString(string(src), "")
	r, err := reading.Read("joint.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res, err := importer.Import(r)
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, u := range res.Unmapped {
		notes = append(notes, u.What.VI)
	}
	all := strings.Join(notes, "\n")
	if !strings.Contains(all, "chữ ký thứ 2 của văn bản liên tịch (KT. GIÁM ĐỐC SỞ TÀI CHÍNH / PHÓ GIÁM ĐỐC / Nguyễn Thị Hương)") {
		t.Errorf("no note names the second signature:\n%s", all)
	}
	if strings.Contains(all, "không thuộc phụ lục nào") {
		t.Errorf("the second signature is said to be text in no appendix:\n%s", all)
	}
	if !strings.Contains(string(res.Source), `"Nguyễn Thị Hương"`) {
		t.Errorf("the second signer's name is not kept in the source:\n%s", res.Source)
	}
}
