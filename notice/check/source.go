package check

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// Format is the kind of file a notice is written in, and so the reader
// that reads it.
type Format int

const (
	FormatNone Format = iota // not a notice: a walk leaves it out
	FormatTOML               // a notice source, read by notice.Load
	FormatText               // Markdown or plain text, read by plain.Read
)

// FormatOf says which reader reads the file at path, by its extension.
// It is the one place that maps extensions to readers: check, tasks and
// every command that reads notices go through it (and Read). A Word
// reader (.docx) is added here and in Read.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".toml":
		return FormatTOML
	case ".md", ".txt", ".markdown":
		return FormatText
	}
	return FormatNone
}

// Sniff says how to read a notice that has no name, on standard input: a
// TOML source when the first line that says anything is a TOML key =
// value or [table] line, as a notice source starts; else text.
func Sniff(src []byte) Format {
	for _, line := range strings.Split(string(src[:min(len(src), 4096)]), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if tomlStart.MatchString(line) {
			return FormatTOML
		}
		return FormatText
	}
	return FormatText
}

var tomlStart = regexp.MustCompile(`^(?:\[\[?\s*[A-Za-z0-9_."-]+(?:\s*\.\s*[A-Za-z0-9_."-]+)*\s*\]\]?|[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\s*=)`)

// Source is one notice as its reader read it: a TOML source or a text.
type Source struct {
	Path   string
	Notice *notice.Notice // a TOML source
	File   *plain.File    // a notice written as text
}

// Read reads src, the bytes of the file at path, with the reader of f.
// When the file cannot be read as a notice, the error is a diag.List with
// every problem and its position.
func Read(path string, src []byte, f Format) (*Source, error) {
	switch f {
	case FormatTOML:
		n, err := notice.Load(path, src)
		if err != nil {
			return nil, err
		}
		return &Source{Path: path, Notice: n}, nil
	default:
		file, err := plain.Read(path, src)
		if err != nil {
			return nil, err
		}
		return &Source{Path: path, File: file}, nil
	}
}

// View returns the view of the notice the rules and the register read.
func (s *Source) View() *View {
	if s.Notice != nil {
		return FromNotice(s.Notice)
	}
	return FromText(s.File)
}

// Check checks the notice under cfg.
func (s *Source) Check(cfg *config.Config, opts Options) diag.List {
	if s.Notice != nil {
		return Notice(s.Notice, cfg, opts)
	}
	return Text(s.File, cfg, opts)
}

// Footnotes returns the text of each footnote by the label its references
// use: the id of a TOML footnote ("cv4979" for [^cv4979]), the number of
// a text's.
func (s *Source) Footnotes() map[string]string {
	out := map[string]string{}
	if s.Notice != nil {
		for _, f := range s.Notice.Footnotes {
			out[f.ID] = f.Text.S
		}
		return out
	}
	for _, p := range s.File.Paras {
		if p.Kind == plain.Note && p.Number != "" {
			out[p.Number] = p.Text
		}
	}
	return out
}
