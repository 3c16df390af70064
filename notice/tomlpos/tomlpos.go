package tomlpos

import (
	"errors"
	"reflect"

	"github.com/BurntSushi/toml"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
)

// Doc is a decoded TOML document with where each key and value stands.
type Doc struct {
	file  *source.File
	idx   index
	warns diag.List
}

// Decode reads the TOML text of f into v, a pointer to a struct whose
// fields have toml tags (",required" marks what must be there). When the
// text cannot be read into v, the error is a diag.List of every problem,
// sorted, at most lim.MaxProblems of them and a count of the rest.
func Decode(f *source.File, v any, lim Limits) (*Doc, error) {
	if off, what := checkNesting(f.Text, lim); off >= 0 {
		return nil, tooDeep(f, off, what)
	}
	raw, idx, ps, err := parseRaw(f)
	if err != nil {
		return nil, diag.List{syntaxFinding(f, err, lim)}
	}
	d := &decoder{src: f, idx: idx, paths: ps, lim: lim}
	d.decode("", raw, reflect.ValueOf(v).Elem())
	d.warns.Sort()
	doc := &Doc{file: f, idx: d.idx, warns: d.warns}
	if len(d.errs) > 0 {
		return doc, d.finish()
	}
	return doc, nil
}

// File returns the source the document was read from.
func (doc *Doc) File() *source.File { return doc.file }

// KeyPos returns where the key of path ("footnotes", "meeting.chair") is
// written, or where its table starts.
func (doc *Doc) KeyPos(path string) diag.Pos {
	d := &decoder{src: doc.file, idx: doc.idx}
	return d.keyPos(path)
}

// ValueLines returns the lines a value spans when its key starts on line
// (from 1): a multi-line string runs over several. ok is false when no key
// starts on that line.
func (doc *Doc) ValueLines(line int) (first, last int, ok bool) {
	f := doc.file
	if line < 1 || line > f.Lines() {
		return 0, 0, false
	}
	start, end := f.LineStart(line), f.LineStart(line+1)
	for _, e := range doc.idx {
		if e.keyOff >= start && e.keyOff < end && e.valEnd > 0 {
			last = max(last, f.Pos(e.valEnd-1).Line)
		}
	}
	return line, last, last > 0
}

// syntaxFinding turns a TOML parse error into a finding at its position.
func syntaxFinding(s *source.File, err error, lim Limits) diag.Finding {
	f := diag.Finding{
		Pos: diag.Pos{Path: s.Path, Line: 1, Col: 1}, Rule: "toml-syntax", Severity: diag.Error,
		Message: diag.Msg("lỗi cú pháp TOML: %v", "TOML syntax error: %v", err),
		Fix:     diag.Msg("sửa dòng này theo cú pháp TOML: khóa = giá trị, chuỗi trong dấu ngoặc kép", "fix the line: TOML is key = value, with strings in double quotes"),
	}
	var pe toml.ParseError
	if errors.As(err, &pe) {
		var fix diag.Text
		if f.Message, fix = syntaxMessage(pe.Message, lim); !fix.IsZero() {
			f.Fix = fix
		}
		if pe.Position.Start > 0 || pe.Position.Line <= 1 {
			f.Pos = s.Pos(pe.Position.Start)
		} else {
			f.Pos = diag.Pos{Path: s.Path, Line: pe.Position.Line, Col: 1}
		}
	}
	return f
}

// DecodeBytes checks the encoding of src (at most max bytes, see
// source.Decode), then decodes it into v as Decode does.
func DecodeBytes(path string, src []byte, v any, max int64, lim Limits) (*Doc, error) {
	f, err := source.Load(path, src, max)
	if err != nil {
		return nil, err
	}
	return Decode(f, v, lim)
}

// Warnings returns the problems that did not stop the document from being
// read, such as keys written under their old names, sorted.
func (doc *Doc) Warnings() diag.List { return doc.warns }

// FieldAt returns the path of the innermost value of the TOML text that
// holds byte off ("subject", "tasks.groups[0].items[1].text"), read
// without decoding the text; ok is false outside every value.
func FieldAt(text string, off int) (path string, ok bool) {
	best := -1
	for p, e := range buildIndex(text) {
		if e.valOff < 0 || off < e.valOff || off >= e.valEnd {
			continue
		}
		if span := e.valEnd - e.valOff; best < 0 || span < best || span == best && p < path {
			path, best = p, span
		}
	}
	return path, best >= 0
}
