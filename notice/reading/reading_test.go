package reading

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/doc"
)

func TestKindOf(t *testing.T) {
	for _, tc := range []struct {
		path string
		src  string
		want Kind
	}{
		{"a.toml", "", TOML}, {"a.MD", "", Markdown}, {"a.docx", "", Word}, {"a.txt", "", Text},
		{"<stdin>", "PK\x03\x04rest", Word},
		// Word files that are not .docx go to the Word reader, which says
		// what they are and to save them as .docx.
		{"a.doc", "{\\rtf1 x}", Word}, {"a.rtf", "", Word}, {"a.odt", "", Word}, {"a.dotm", "", Word},
		{"<stdin>", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", Word},
		// A compound file holding a Word document is a Word 97-2003 file,
		// whatever its name; an encrypted .docx is not.
		{"a.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00", Doc},
		{"a.docx", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00", Doc},
		{"<stdin>", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00", Doc},
		// A compound file named .doc whose directory (and so the stream's
		// name) is cut off is a damaged .doc, not "not a .docx".
		{"a.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", Doc}, {"a.DOT", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", Doc},
		{"a.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00", Word},
		{"a.docx", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00", Word},
		{"<stdin>", "# a comment\n\nnumber = \"/TB-UBND\"\n", TOML},
		{"<stdin>", "[issuer]\nname = \"X\"\n", TOML},
		{"<stdin>", "ỦY BAN NHÂN DÂN\nTHÔNG BÁO\n", Text},
		{"<stdin>", "[^1]: ghi chú\n", Text},
	} {
		if got := KindOf(tc.path, []byte(tc.src)); got != tc.want {
			t.Errorf("KindOf(%q, %q) = %v, want %v", tc.path, tc.src, got, tc.want)
		}
	}
}

// TestListing: a Word file is listed as its listing, line for line; a
// text as its paragraphs with where they start and their role.
func TestListing(t *testing.T) {
	r, err := ReadFile("../../testdata/real/laocai-sct-tb-1894-2026-04.docx")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteListing(&b); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile("../docx/testdata/real/laocai-sct-tb-1894-2026-04.listing.txt")
	if b.String() != string(want) {
		t.Errorf("the listing of a Word file is not its docx listing")
	}
	r, err = ReadFile("../../testdata/seeds/001.txt")
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	r.WriteListing(&b)
	if !strings.HasPrefix(b.String(), "3:1\ttitle\tTHÔNG BÁO\n") {
		t.Errorf("text listing:\n%s", b.String()[:min(400, b.Len())])
	}
	r, err = ReadFile("../../testdata/seeds/001.toml")
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	r.WriteListing(&b)
	if !strings.HasPrefix(b.String(), "header\t") {
		t.Errorf("TOML listing:\n%s", b.String()[:min(400, b.Len())])
	}
}

// TestTruncatedDoc: a .doc cut short (a download broken off) is said to
// be a damaged .doc, to fetch again.
func TestTruncatedDoc(t *testing.T) {
	data, err := os.ReadFile("../../testdata/word-doc/tables-word.doc")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "cut.doc")
	if err := os.WriteFile(path, data[:6000], 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = ReadFile(path)
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != doc.RuleDamaged {
		t.Errorf("ReadFile = %v, want one %s finding", err, doc.RuleDamaged)
	}
}
