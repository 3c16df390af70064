package source

import (
	"errors"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestWordFileWhereTextIsRead: a Word file under a text's name is told to
// take back its name; one on standard input, which has no name to change
// ("render - < tb.docx"), is told which commands read it.
func TestWordFileWhereTextIsRead(t *testing.T) {
	zip := []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml")
	for _, tt := range []struct{ path, vi, en string }{
		{"tb.toml", "đổi tên tệp về đuôi .docx", "rename it back to .docx"},
		{diag.Stdin, "thongbao check -, text - hoặc import -", "thongbao check -, text - or import -"},
	} {
		_, err := Decode(tt.path, zip, 1<<20)
		var list diag.List
		if !errors.As(err, &list) || len(list) != 1 {
			t.Fatalf("Decode(%s): want one finding, got %v", tt.path, err)
		}
		if !strings.Contains(list[0].Fix.VI, tt.vi) || !strings.Contains(list[0].Fix.EN, tt.en) {
			t.Errorf("Decode(%s): fix %q / %q, want %q / %q", tt.path, list[0].Fix.VI, list[0].Fix.EN, tt.vi, tt.en)
		}
		if tt.path == diag.Stdin && strings.Contains(list[0].Fix.VI, "đổi tên") {
			t.Errorf("Decode(stdin): told to rename standard input: %q", list[0].Fix.VI)
		}
	}
}
