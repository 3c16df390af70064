package docx

import (
	"errors"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestSniffDocName: bytes that are no Word file at all, in a file named
// .doc, are said not to be in the .doc format its name promises (not
// ".docx"); the same bytes named .docx are said not to be a .docx.
func TestSniffDocName(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"t.doc", "it is not in the Word 97-2003 (.doc) format"},
		{"T.DOT", "it is not in the Word 97-2003 (.doc) format"},
		{"t.docx", "it is not in the .docx format"},
	} {
		var l diag.List
		err := sniff(c.path, randomBytes(4096))
		if !errors.As(err, &l) || len(l) != 1 || l[0].Rule != RuleUnreadable || !strings.Contains(l[0].Message.EN, c.want) {
			t.Errorf("%s: %v, want %q", c.path, err, c.want)
		}
	}
}
