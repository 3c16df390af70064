package reading

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/doc"
	"github.com/thongbao/thongbao/notice/docx"
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/source"
)

// Kind is what a file is.
type Kind int

// The kinds of file read.
const (
	TOML     Kind = iota // a notice source
	Text                 // a notice as plain text
	Markdown             // a notice as Markdown
	Word                 // a Word file (.docx)
	Doc                  // a Word 97-2003 file (.doc), its text only
)

var kindNames = [...]string{"toml", "text", "markdown", "docx", "doc"}

// String names the kind.
func (k Kind) String() string { return kindNames[k] }

// Exts are the extensions of the files read, for walking directories.
var Exts = []string{".toml", ".md", ".markdown", ".txt", ".docx", ".doc"}

// KindOf says what a file is, by its extension, or for standard input (an
// empty or unknown extension) by its content: a zip archive is a Word
// file, a compound file holding a Word document a Word 97-2003 one, a
// text that starts like TOML is a source, anything else text. A Word
// file's content says which of the two it is, whatever its name.
func KindOf(path string, src []byte) Kind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".toml":
		return TOML
	case ".md", ".markdown":
		return Markdown
	case ".docx", ".docm", ".dotx", ".dotm":
		return wordKind(src, false)
	case ".doc", ".dot":
		return wordKind(src, true)
	case ".rtf", ".odt":
		// Not read, but the Word reader names what the file is and says
		// to save it as .docx, where a text reader would read its bytes.
		return Word
	case ".txt":
		return Text
	}
	switch {
	case doc.Is(src):
		return Doc // a compound file holding a Word document
	case bytes.HasPrefix(src, []byte("PK\x03\x04")), bytes.HasPrefix(src, doc.Magic):
		return Word // a zip archive, or another OLE file (an encrypted .docx)
	case looksTOML(src):
		return TOML
	}
	return Text
}

// MaxSize is the largest file of kind k read.
func MaxSize(k Kind) int64 {
	switch k {
	case Word:
		return docx.MaxInputSize
	case Doc:
		return doc.MaxInputSize
	}
	return notice.MaxSourceSize
}

// Reading is one file as read.
type Reading struct {
	Path string
	Kind Kind
	// Notice is the notice of a TOML source.
	Notice *notice.Notice
	// Text is the notice as paragraphs with roles: of a text or Markdown
	// file, or of a Word file's listing (Listing.CheckText: its marks,
	// "[đầu trang]", read as empty lines).
	Text *plain.File
	// Word and Listing are the Word file and what Text was read from;
	// Word is nil for a Word 97-2003 file whose formatting could not be
	// read (doc.ReadLayout), which is checked for its text only.
	Word    *docx.Document
	Listing *docx.Listing
}

// ReadFile reads the file at path, refusing what is not a regular file or
// is over the size of its kind.
func ReadFile(path string) (*Reading, error) {
	src, err := source.Read(path, MaxSize(KindOf(path, nil)))
	if err != nil {
		return nil, err
	}
	return Read(path, src)
}

// Read reads src, named path in findings. When the file cannot be read as
// a notice the error is a diag.List of every problem found.
func Read(path string, src []byte) (*Reading, error) {
	r := &Reading{Path: path, Kind: KindOf(path, src)}
	if int64(len(src)) > MaxSize(r.Kind) {
		return nil, source.TooLarge(path, MaxSize(r.Kind))
	}
	var err error
	switch r.Kind {
	case TOML:
		r.Notice, err = notice.Load(path, src)
	case Word:
		err = r.readWord(src)
	case Doc:
		err = r.readDoc(src)
	case Markdown:
		r.Text, err = plain.ReadWith(path, src, plain.Options{Layout: plain.Blank})
	default:
		r.Text, err = plain.Read(path, src)
	}
	if err != nil {
		return nil, err
	}
	if r.Text != nil && !hasText(r.Text.Text) {
		return nil, emptyFile(path, r.Kind)
	}
	return r, nil
}

// readWord reads a Word file, then its listing one paragraph per line.
func (r *Reading) readWord(src []byte) error {
	d, err := docx.Read(r.Path, src)
	if err != nil {
		return err
	}
	r.Word, r.Listing = d, d.Listing()
	r.Text, err = plain.ReadWith(r.Path, []byte(r.Listing.CheckText()), plain.Options{Layout: plain.OnePerLine, Word: true})
	return err
}

// looksTOML reports whether the first line that says anything is a TOML
// key = value or [table] line, as a notice source starts.
func looksTOML(src []byte) bool {
	for _, line := range strings.Split(string(src[:min(len(src), 4096)]), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		return tomlStart(line)
	}
	return false
}

// tomlStart: "[table]", "[[array]]", or "key =" / "a.b =".
func tomlStart(line string) bool {
	if strings.HasPrefix(line, "[") {
		return strings.HasSuffix(line, "]") && !strings.ContainsAny(line, " \t")
	}
	k, _, ok := strings.Cut(line, "=")
	k = strings.TrimSpace(k)
	if !ok || k == "" {
		return false
	}
	for _, c := range k {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}
