package notice

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/thongbao/thongbao/notice/diag"
)

// Load reads a notice from TOML source. path names the source in positions.
// When the source cannot be read as a notice, the error is a diag.List with
// every problem found, each with its position.
func Load(path string, src []byte) (*Notice, error) {
	text, err := sourceText(path, src)
	if err != nil {
		return nil, err
	}
	s := newSource(path, text)
	if off, what := checkNesting(text); off >= 0 {
		return nil, tooDeep(s, off, what)
	}
	var raw map[string]any
	if _, err := toml.Decode(text, &raw); err != nil {
		return nil, diag.List{syntaxFinding(s, err)}
	}
	d := &decoder{src: s, idx: buildIndex(text)}
	n := &Notice{src: s, idx: d.idx}
	d.decode("", raw, reflect.ValueOf(n).Elem())
	if len(n.Footnotes) > MaxFootnotes {
		d.add(d.keyPos("footnotes"), "too-long",
			diag.Msg("thông báo có %d chú thích, quá giới hạn %d", "the notice has %d footnotes, over the limit of %d", len(n.Footnotes), MaxFootnotes),
			diag.Msg("gộp các chú thích trùng nhau hoặc đưa vào phụ lục", "merge repeated footnotes or move them into an appendix"))
	}
	if len(d.errs) > 0 {
		return nil, d.finish()
	}
	return n, nil
}

// Decode reads any TOML document into v (a pointer to a struct whose
// fields have toml tags, as the model's do), with the loader's precise
// errors: unknown keys, wrong types, missing required fields, each with
// its position. Configuration and registry files use it.
func Decode(path string, src []byte, v any) error {
	text, err := sourceText(path, src)
	if err != nil {
		return err
	}
	s := newSource(path, text)
	if off, what := checkNesting(text); off >= 0 {
		return tooDeep(s, off, what)
	}
	var raw map[string]any
	if _, err := toml.Decode(text, &raw); err != nil {
		return diag.List{syntaxFinding(s, err)}
	}
	d := &decoder{src: s, idx: buildIndex(text)}
	d.decode("", raw, reflect.ValueOf(v).Elem())
	if len(d.errs) > 0 {
		return d.finish()
	}
	return nil
}

// SourceText returns the TOML source the notice was loaded from.
func (n *Notice) SourceText() string {
	if n.src == nil {
		return ""
	}
	return n.src.text
}

// ValueLines returns the lines a value spans when its key starts on line
// (from 1): a multi-line string runs over several. ok is false when no key
// starts on that line.
func (n *Notice) ValueLines(line int) (first, last int, ok bool) {
	if n.src == nil || line < 1 || line > len(n.src.lines) {
		return 0, 0, false
	}
	start := n.src.lines[line-1]
	end := len(n.src.text)
	if line < len(n.src.lines) {
		end = n.src.lines[line]
	}
	last = 0
	for _, e := range n.idx {
		if e.keyOff >= start && e.keyOff < end && e.valEnd > 0 {
			last = max(last, n.src.pos(e.valEnd-1).Line)
		}
	}
	return line, last, last > 0
}

// LoadFile reads and loads the notice at path.
func LoadFile(path string) (*Notice, error) {
	src, err := readSource(path)
	if err != nil {
		return nil, err
	}
	return Load(path, src)
}

// readSource reads a source file, refusing absurd sizes before reading them.
func readSource(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileFinding(path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxSourceSize {
		return nil, tooLarge(path)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, fileFinding(path, err)
	}
	return buf.Bytes(), nil
}

func fileFinding(path string, err error) error {
	return diag.List{{
		Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("không đọc được tệp: %s", "cannot read the file: %s", diag.OSReason(err)),
		Fix:     diag.Msg("kiểm tra đường dẫn và quyền đọc tệp", "check the path and that the file may be read"),
	}}
}

func tooLarge(path string) error {
	return diag.List{{
		Pos: diag.Pos{Path: path}, Rule: "too-large", Severity: diag.Error,
		Message: diag.Msg("tệp lớn hơn %d MiB, không phải một thông báo", "the file is larger than %d MiB; it is not a notice", MaxSourceSize>>20),
		Fix:     diag.Msg("kiểm tra lại tệp nguồn", "check that this is the right source file"),
	}}
}

// DecodeSource checks the encoding of any notice source (TOML, Markdown or
// plain text) and returns it as text, with a UTF-8 byte order mark
// removed. Problems are findings with a position.
func DecodeSource(path string, src []byte) (string, error) { return sourceText(path, src) }

// ReadSource reads a notice source file of any kind, refusing absurd sizes.
func ReadSource(path string) ([]byte, error) { return readSource(path) }

// sourceText checks the encoding of a source and returns it as text, with a
// UTF-8 byte order mark removed.
func sourceText(path string, src []byte) (string, error) {
	if len(src) > MaxSourceSize {
		return "", tooLarge(path)
	}
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return "", encodingFinding(path, 1, 1, diag.Msg("tệp được lưu bằng UTF-16", "the file is saved as UTF-16"))
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		if looksUTF16(src) {
			return "", encodingFinding(path, 1, 1, diag.Msg("tệp được lưu bằng UTF-16 (không có BOM)", "the file is saved as UTF-16 (without a BOM)"))
		}
		return "", diag.List{{
			Pos: newSource(path, string(src[:i])).pos(i), Rule: "encoding", Severity: diag.Error,
			Message: diag.Msg("tệp có ký tự NUL: đây là tệp nhị phân (PDF, Word, ảnh...), không phải văn bản", "the file holds a NUL byte: it is a binary file (PDF, Word, an image...), not text"),
			Fix:     diag.Msg("chỉ tới tệp nguồn .toml, .md hoặc .txt của thông báo", "name the notice's .toml, .md or .txt source instead"),
		}}
	}
	if !utf8.Valid(src) {
		if enc, off, ok := guessLegacy(src); ok {
			return "", legacyFinding(newSource(path, string(src[:off])), off, enc)
		}
		off := invalidOffset(src)
		p := newSource(path, string(src[:off])).pos(off)
		return "", encodingFinding(path, p.Line, p.Col,
			diag.Msg("byte 0x%02X không phải UTF-8", "byte 0x%02X is not UTF-8", src[off]))
	}
	if enc, off, ok := guessLegacy(src); ok {
		return "", legacyFinding(newSource(path, string(src)), off, enc)
	}
	return string(src), nil
}

// looksUTF16 reports text saved as UTF-16 without a byte order mark: the
// high bytes of ASCII characters make every other byte zero.
func looksUTF16(b []byte) bool {
	b = b[:min(len(b), 4096)]
	var zero [2]int
	for i, c := range b {
		if c == 0 {
			zero[i%2]++
		}
	}
	half := len(b) / 2
	mostly := func(n int) bool { return n > half*3/4 }
	few := func(n int) bool { return n < half/10 }
	return half >= 2 && (mostly(zero[0]) && few(zero[1]) || mostly(zero[1]) && few(zero[0]))
}

func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(b)
}

func encodingFinding(path string, line, col int, what diag.Text) error {
	return diag.List{{
		Pos: diag.Pos{Path: path, Line: line, Col: col}, Rule: "encoding", Severity: diag.Error,
		Message: diag.Msg("%s; thongbao chỉ đọc UTF-8", "%s; thongbao reads UTF-8 only", what),
		Fix:     diag.Msg("mở tệp và lưu lại với bảng mã UTF-8", "open the file and save it again as UTF-8"),
	}}
}

// syntaxFinding turns a TOML parse error into a finding at its position.
func syntaxFinding(s *source, err error) diag.Finding {
	f := diag.Finding{
		Pos: diag.Pos{Path: s.path, Line: 1, Col: 1}, Rule: "toml-syntax", Severity: diag.Error,
		Message: diag.Msg("lỗi cú pháp TOML: %v", "TOML syntax error: %v", err),
		Fix:     diag.Msg("sửa dòng này theo cú pháp TOML: khóa = giá trị, chuỗi trong dấu ngoặc kép", "fix the line: TOML is key = value, with strings in double quotes"),
	}
	var pe toml.ParseError
	if errors.As(err, &pe) {
		var fix diag.Text
		if f.Message, fix = syntaxMessage(pe.Message); !fix.IsZero() {
			f.Fix = fix
		}
		if pe.Position.Start > 0 || pe.Position.Line <= 1 {
			f.Pos = s.pos(pe.Position.Start)
		} else {
			f.Pos = diag.Pos{Path: s.path, Line: pe.Position.Line, Col: 1}
		}
	}
	return f
}

// String describes where n came from, for debugging.
func (n *Notice) String() string { return fmt.Sprintf("notice %s at %s", n.Number.Raw, n.Pos) }
