package importer

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/source"
)

// width is the column the source is wrapped at.
const width = 100

// clean makes s a text a source may hold: invisible characters removed,
// control characters as spaces, white space folded, NFC.
func clean(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case source.BadRune(r) && r < 0x80, r == 0x85:
			b.WriteByte(' ')
		case source.BadRune(r):
		default:
			b.WriteRune(r)
		}
	}
	return source.Normalize(b.String())
}

// escapeTOML escapes s for a TOML basic string, single- or multi-line.
func escapeTOML(s string) string {
	if !strings.ContainsAny(s, `\"`) {
		return s
	}
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

// quote writes s as a TOML string that starts at column col: a basic
// string when it fits, else a multi-line one wrapped at spaces, whose
// line breaks the loader reads as the spaces they replace. indent is put
// before each continuation line; open says whether the text starts on a
// line of its own after the opening quotes (the style of a lone long
// value) or right after them (inside an array).
func quote(s string, col int, indent string, open bool) string {
	e := escapeTOML(s)
	if col+utf8.RuneCountInString(e)+2 <= width {
		return `"` + e + `"`
	}
	var b strings.Builder
	b.WriteString(`"""`)
	line := col + 3
	if open {
		b.WriteString("\n")
		line = len(indent)
		b.WriteString(indent)
	}
	first := true
	for _, w := range strings.Fields(e) {
		n := utf8.RuneCountInString(w)
		if !first && line+1+n > width {
			b.WriteString("\n" + indent)
			line = len(indent)
		} else if !first {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += n
		first = false
	}
	b.WriteString(`"""`)
	return b.String()
}

// writer builds the text of the source.
type writer struct {
	b strings.Builder
}

func (w *writer) line(s string) {
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

func (w *writer) blank() {
	if w.b.Len() > 0 && !strings.HasSuffix(w.b.String(), "\n\n") {
		w.b.WriteByte('\n')
	}
}

// comment writes comment lines, each wrapped at the width.
func (w *writer) comment(lines ...string) {
	for _, l := range lines {
		for _, part := range wrapWords(clean(l), width-2) {
			w.line(strings.TrimRight("# "+part, " "))
		}
		if clean(l) == "" {
			w.line("#")
		}
	}
}

// wrapWords splits s into lines of at most n characters, at spaces.
func wrapWords(s string, n int) []string {
	var out []string
	var cur strings.Builder
	for _, word := range strings.Fields(s) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(word) > n {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(word)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// table writes a table header, after a blank line and comments.
func (w *writer) table(name string, comments ...string) {
	w.blank()
	w.comment(comments...)
	w.line("[" + name + "]")
}

// array writes an array-of-tables header.
func (w *writer) array(name string, comments ...string) {
	w.blank()
	w.comment(comments...)
	w.line("[[" + name + "]]")
}

// str writes key = "value" when value is not empty.
func (w *writer) str(key, value string) {
	if value != "" {
		w.set(key, value)
	}
}

// set writes key = "value", empty or not.
func (w *writer) set(key, value string) {
	w.line(key + " = " + quote(value, len(key)+3, "", true))
}

// raw writes key = value with value written as is (a date, a boolean).
func (w *writer) raw(key, value string) {
	w.line(key + " = " + value)
}

// strs writes an array of strings: on one line when it fits, a lone long
// string opened on a line of its own, else one string per line.
func (w *writer) strs(key string, vs []string) {
	if len(vs) == 0 {
		return
	}
	w.line(key + " = " + strArray(vs, len(key)+3, ""))
}

// strArray writes an array of strings that starts at column col, indent
// being the indentation of the line it starts on.
func strArray(vs []string, col int, indent string) string {
	one := make([]string, len(vs))
	n := col + 2
	for i, v := range vs {
		one[i] = `"` + escapeTOML(v) + `"`
		n += utf8.RuneCountInString(one[i]) + 2
	}
	if n <= width {
		return "[" + strings.Join(one, ", ") + "]"
	}
	if len(vs) == 1 {
		return "[" + quote(vs[0], col+1, indent, true) + "]"
	}
	var b strings.Builder
	b.WriteString("[\n")
	in := indent + "  "
	for _, v := range vs {
		b.WriteString(in + quote(v, len(in), in, false) + ",\n")
	}
	b.WriteString(indent + "]")
	return b.String()
}
