package notice

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// Load reads a notice from TOML source. path names the source in positions.
// When the source cannot be read as a notice, the error is a diag.List with
// every problem found, each with its position.
func Load(path string, src []byte) (*Notice, error) {
	return LoadWith(path, src, nil)
}

// LoadWith is Load that does not check the encoding of bytes acc has seen
// accepted under path (see source.Accepted).
func LoadWith(path string, src []byte, acc *source.Accepted) (*Notice, error) {
	f, err := acc.Load(path, src, MaxSourceSize)
	if err != nil {
		return nil, legacyField(path, src, err)
	}
	if strings.TrimSpace(f.Text) == "" {
		return nil, emptySource(path)
	}
	n := &Notice{runs: &runsMemo{}}
	doc, err := tomlpos.Decode(f, n, Limits)
	if doc == nil {
		return nil, err
	}
	n.doc = doc
	if len(n.Footnotes) > MaxFootnotes {
		err = addFinding(err, diag.Finding{Pos: doc.KeyPos("footnotes"), Rule: "too-long", Severity: diag.Error,
			Message: diag.Msg("thông báo có %s chú thích, quá giới hạn %s", "the notice has %s footnotes, over the limit of %s", diag.Count(len(n.Footnotes)), diag.Count(MaxFootnotes)),
			Fix:     diag.Msg("gộp các chú thích trùng nhau hoặc đưa vào phụ lục", "merge repeated footnotes or move them into an appendix")})
	}
	for _, f := range n.footnoteRefs() {
		err = addFinding(err, f)
	}
	if err != nil {
		return nil, err
	}
	n.number()
	return n, nil
}

// emptySource says a TOML source has nothing in it, once, where each
// missing key was told at 1:1 (eight errors for one empty file).
func emptySource(path string) error {
	msg := diag.Msg("tệp nguồn trống: chưa có nội dung nào", "the source is empty: nothing is written in it yet")
	fix := diag.Msg("viết một thông báo mẫu để điền bằng thongbao new -o thongbao.toml, hoặc chỉ tới đúng tệp nguồn",
		"write an example notice to fill in with thongbao new -o thongbao.toml, or name the right source")
	if path == diag.Stdin {
		msg, fix = diag.EmptyStdin()
	}
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: "empty-file", Severity: diag.Error, Message: msg, Fix: fix}}
}

// Warnings returns what was read but should be written otherwise, such as
// keys under their old names; the checks report them.
func (n *Notice) Warnings() diag.List {
	if n.doc == nil {
		return nil
	}
	return n.doc.Warnings()
}

// addFinding adds f to the problems of err (nil or a diag.List).
func addFinding(err error, f diag.Finding) error {
	var list diag.List
	errors.As(err, &list)
	list = append(list, f)
	list.Sort()
	return list
}

// LoadFile reads and loads the notice at path.
func LoadFile(path string) (*Notice, error) {
	src, err := source.Read(path, MaxSourceSize)
	if err != nil {
		return nil, err
	}
	return Load(path, src)
}

// SourceText returns the TOML source the notice was loaded from.
func (n *Notice) SourceText() string {
	if n.doc == nil {
		return ""
	}
	return n.doc.File().Text
}

// ValueLines returns the lines a value spans when its key starts on line
// (from 1): a multi-line string runs over several. ok is false when no key
// starts on that line.
func (n *Notice) ValueLines(line int) (first, last int, ok bool) {
	if n.doc == nil {
		return 0, 0, false
	}
	return n.doc.ValueLines(line)
}

// String describes where n came from, for debugging.
func (n *Notice) String() string { return fmt.Sprintf("notice %s at %s", n.Number.Raw, n.Pos) }

// legacyField names, in the refusal of a source typed in legacy mojibake,
// the field that holds it: a TOML source is never read past such text,
// which would be printed as it stands, but the clerk is told where it is.
func legacyField(path string, src []byte, err error) error {
	off, ok := source.LegacyMojibake(src)
	if !ok {
		return err
	}
	field, ok := tomlpos.FieldAt(string(bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF"))), off)
	if !ok {
		return err
	}
	if named := source.LegacyField(path, src, off, field); named != nil {
		return named
	}
	return err
}
