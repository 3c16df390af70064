package reading

import (
	"errors"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestEmptyFile: a text, Markdown or Word file with no text is one error,
// the file is empty, and not a notice missing all its parts.
func TestEmptyFile(t *testing.T) {
	for _, tc := range []struct {
		path string
		src  []byte
	}{
		{"a.txt", nil}, {"a.txt", []byte("\ufeff")}, {"a.md", []byte(" \n\t\r\n\u00a0\n")}, {"<stdin>", []byte("\n\n")},
		{"a.docx", dx.Doc{Body: `<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>`}.Bytes()},
	} {
		_, err := Read(tc.path, tc.src)
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 || l[0].Rule != RuleEmpty || l[0].Severity != diag.Error {
			t.Errorf("Read(%q, %q) = %v, want one %s error", tc.path, tc.src, err, RuleEmpty)
		}
	}
	if _, err := Read("a.txt", []byte("THÔNG BÁO\n")); err != nil {
		t.Errorf("a text with one word: %v", err)
	}
}
