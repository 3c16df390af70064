package diag

import "strconv"

// Pos is a position in a source file. Line and Col start at 1; Col counts
// characters (runes), not bytes, so it matches what an editor shows for
// Vietnamese text. The zero Pos means "no position known".
type Pos struct {
	Path string `json:"path,omitempty"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// IsValid reports whether p names a line.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats p as path:line:col, leaving out what is unknown.
func (p Pos) String() string {
	s := p.Path
	if s == "" {
		s = "-"
	}
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += ":" + strconv.Itoa(p.Col)
		}
	}
	return s
}

// Before orders positions by path, line and column.
func (p Pos) Before(q Pos) bool {
	if p.Path != q.Path {
		return p.Path < q.Path
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Stdin is the path of findings about standard input: it names no file,
// so formats that locate files (SARIF) give such a finding no location.
// Machine formats keep it; what people read names it with PathIn.
const Stdin = "<stdin>"

// stdinVI is what a clerk reads for standard input.
const stdinVI = "<đầu vào chuẩn>"

// PathIn returns path as people read it in lang: standard input is
// "<đầu vào chuẩn>" in Vietnamese, "<stdin>" in English; a file is its path.
func PathIn(path string, lang Lang) string {
	if path == Stdin && lang == VI {
		return stdinVI
	}
	return path
}

// In formats p as String does, the path as PathIn gives it in lang.
func (p Pos) In(lang Lang) string {
	p.Path = PathIn(p.Path, lang)
	return p.String()
}

// appendIn appends p as In formats it.
func (p Pos) appendIn(b []byte, lang Lang) []byte {
	if p.Path == "" {
		b = append(b, '-')
	} else {
		b = append(b, PathIn(p.Path, lang)...)
	}
	if p.Line > 0 {
		b = strconv.AppendInt(append(b, ':'), int64(p.Line), 10)
		if p.Col > 0 {
			b = strconv.AppendInt(append(b, ':'), int64(p.Col), 10)
		}
	}
	return b
}

// EmptyStdin is what is said, and what to do, when standard input brings
// no text: the command before the pipe wrote nothing.
func EmptyStdin() (msg, fix Text) {
	return Msg("không nhận được chữ nào từ đầu vào chuẩn", "nothing came in on standard input"),
		Msg("xem lại lệnh đứng trước dấu | (hoặc tệp đưa vào bằng <): nó không đưa ra chữ nào", "look at the command before the | (or the file given with <): it wrote nothing")
}
