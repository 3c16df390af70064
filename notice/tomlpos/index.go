package tomlpos

import (
	"strconv"
	"strings"
	"unsafe"

	"github.com/thongbao/thongbao/notice/source"
)

// index maps every key path of a TOML document to where its key and value
// start. BurntSushi/toml parses the values but does not say where they are,
// so this scanner walks the same text once more and records positions.
//
// Paths name tables and keys with dots and array elements with brackets:
// "tasks.groups[1].items[0].text". Keys that are not bare are quoted.
type index map[string]*entry

type entry struct {
	keyOff int // where the key (or table header) starts
	valOff int // where the value starts; -1 for a table
	valEnd int // where the value ends
	// facts are source.Inspect's of a string value fastParse read, found
	// as it read it (plainFacts); inspected is false for any other entry.
	facts     source.Facts
	inspected bool
}

// factsOf returns source.Inspect(s) of the string s filed at e (nil when
// none is), as the parser found them.
func (e *entry) factsOf(s string) source.Facts {
	if e != nil && e.inspected {
		return e.facts
	}
	return source.Inspect(s)
}

// JoinKey appends key to a path, quoting keys that are not bare.
func JoinKey(path, key string) string {
	if !isBareKey(key) {
		key = strconv.Quote(key)
	}
	if path == "" {
		return key
	}
	return joinParts(path, ".", key, "")
}

// JoinIndex appends an array index to a path.
func JoinIndex(path string, i int) string {
	var num [20]byte
	return joinParts(path, "[", unsafe.String(&num[0], len(strconv.AppendInt(num[:0], int64(i), 10))), "]")
}

// joinParts is a + b + c + d, written into one block of the right size:
// the runtime's concatenation of strings, which a load asks some three
// hundred times a notice for its paths, costs several times as much.
func joinParts(a, b, c, d string) string {
	buf := make([]byte, len(a)+len(b)+len(c)+len(d))
	n := copy(buf, a)
	n += copy(buf[n:], b)
	n += copy(buf[n:], c)
	copy(buf[n:], d)
	return unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not written again
}

func isBareKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return k != ""
}

// maxValueDepth is how many values inside each other buildIndex reads;
// fastParse leaves a deeper text to the parser, so that its index is
// buildIndex's.
const maxValueDepth = 200

// buildIndex scans a TOML document; it runs before BurntSushi/toml has
// checked it (see parseRaw). It never fails: on anything unexpected it
// skips to the next line.
func buildIndex(text string) index {
	sc := newScanner(text)
	sc.document()
	return sc.idx
}

func newScanner(text string) *scanner {
	return &scanner{s: text, idx: index{}, arrays: map[string]int{}, esc: escapeFinder{s: text}}
}

type scanner struct {
	s      string
	i      int
	idx    index
	arrays map[string]int // array-of-tables path -> elements so far
	depth  int
	esc    escapeFinder // the backslashes of s, for its multi-line strings
	// until, if set, is the table whose keys are all PeekTable reads
	// besides the root's; done says the table was opened, so that the
	// next table header ends the reading.
	until string
	done  bool
}

func (sc *scanner) document() {
	cur := ""
	for sc.i < len(sc.s) {
		start := sc.i
		sc.skipBlank()
		if sc.i >= len(sc.s) {
			return
		}
		if sc.s[sc.i] == '[' {
			if sc.done {
				return
			}
			cur = sc.header()
		} else {
			sc.keyValue(cur)
		}
		if sc.i == start {
			sc.skipLine()
		}
	}
}

// header reads [a.b] or [[a.b]] and returns the concrete path it opens.
// opened notes that the table PeekTable reads was opened: by its header,
// or at the root by a dotted key into it or an inline table.
func (sc *scanner) opened(yes bool) {
	if yes && sc.until != "" {
		sc.done = true
	}
}

func (sc *scanner) header() string {
	start := sc.i
	isArray := strings.HasPrefix(sc.s[sc.i:], "[[")
	if isArray {
		sc.i += 2
	} else {
		sc.i++
	}
	keys := sc.keys()
	path := ""
	for j, k := range keys {
		path = JoinKey(path, k)
		last := j == len(keys)-1
		if last && isArray {
			n := sc.arrays[path]
			sc.arrays[path] = n + 1
			path = JoinIndex(path, n)
		} else if n, ok := sc.arrays[path]; ok {
			path = JoinIndex(path, n-1)
		}
	}
	sc.skipLine()
	sc.idx[path] = &entry{keyOff: start, valOff: -1, valEnd: -1}
	sc.opened(path == sc.until)
	return path
}

func (sc *scanner) keyValue(table string) {
	start := sc.i
	keys := sc.keys()
	if len(keys) == 0 {
		sc.skipLine()
		return
	}
	path := table
	for _, k := range keys {
		path = JoinKey(path, k)
	}
	sc.skipSpace()
	if !sc.eat('=') {
		sc.skipLine()
		return
	}
	sc.skipSpace()
	sc.idx[path] = &entry{keyOff: start}
	sc.opened(table == "" && (path == sc.until || strings.HasPrefix(path, sc.until+".")))
	sc.value(path)
}

// value reads one value and records where it is under path.
func (sc *scanner) value(path string) {
	e := sc.idx[path]
	if e == nil {
		e = &entry{keyOff: sc.i}
		sc.idx[path] = e
	}
	e.valOff = sc.i
	sc.depth++
	defer func() { sc.depth--; e.valEnd = sc.i }()
	if sc.depth > maxValueDepth || sc.i >= len(sc.s) {
		return
	}
	switch rest := sc.s[sc.i:]; {
	case strings.HasPrefix(rest, `"""`):
		sc.multiline(`"""`, true)
	case strings.HasPrefix(rest, `'''`):
		sc.multiline(`'''`, false)
	case rest[0] == '"':
		sc.quoted('"', true)
	case rest[0] == '\'':
		sc.quoted('\'', false)
	case rest[0] == '[':
		sc.array(path)
	case rest[0] == '{':
		sc.inlineTable(path)
	default:
		for sc.i < len(sc.s) && !strings.ContainsRune(",]}#\r\n", rune(sc.s[sc.i])) {
			sc.i++
		}
		for sc.i > e.valOff && (sc.s[sc.i-1] == ' ' || sc.s[sc.i-1] == '\t') {
			sc.i--
		}
	}
}

func (sc *scanner) array(path string) {
	sc.i++ // [
	for n := 0; ; n++ {
		sc.skipBlank()
		if sc.i >= len(sc.s) {
			return
		}
		if sc.s[sc.i] == ']' {
			sc.i++
			return
		}
		before := sc.i
		sc.value(JoinIndex(path, n))
		sc.skipBlank()
		if sc.eat(',') {
			continue
		}
		if sc.eat(']') || sc.i == before {
			return
		}
	}
}

func (sc *scanner) inlineTable(path string) {
	sc.i++ // {
	for {
		sc.skipBlank()
		if sc.i >= len(sc.s) || sc.eat('}') {
			return
		}
		before := sc.i
		sc.keyValue(path)
		sc.skipBlank()
		if sc.eat(',') {
			continue
		}
		if sc.eat('}') || sc.i == before {
			return
		}
	}
}

// keys reads a dotted key and returns its parts, unquoted.
func (sc *scanner) keys() []string {
	var keys []string
	for {
		sc.skipSpace()
		if sc.i >= len(sc.s) {
			return keys
		}
		switch c := sc.s[sc.i]; {
		case c == '"':
			start := sc.i
			sc.quoted('"', true)
			k, _ := unquoteBasic(sc.s[start:sc.i])
			keys = append(keys, k)
		case c == '\'':
			start := sc.i
			sc.quoted('\'', false)
			keys = append(keys, strings.Trim(sc.s[start:sc.i], "'"))
		default:
			start := sc.i
			for sc.i < len(sc.s) && isBareKey(sc.s[sc.i:sc.i+1]) {
				sc.i++
			}
			if sc.i == start {
				return keys
			}
			keys = append(keys, sc.s[start:sc.i])
		}
		sc.skipSpace()
		if !sc.eat('.') {
			return keys
		}
	}
}

// quoted skips a one-line string that starts at sc.i.
func (sc *scanner) quoted(q byte, escapes bool) {
	sc.i++
	for sc.i < len(sc.s) && sc.s[sc.i] != '\n' {
		c := sc.s[sc.i]
		sc.i++
		if c == '\\' && escapes && sc.i < len(sc.s) {
			sc.i++
		} else if c == q {
			return
		}
	}
}

// multiline skips a multi-line string that starts at sc.i, including up to
// two quotes that the closing delimiter may be preceded by.
func (sc *scanner) multiline(delim string, escapes bool) {
	s, i, q := sc.s, sc.i+3, delim[0]
	if sc.esc.s != s {
		sc.esc = escapeFinder{s: s}
	}
	esc := stringEscapes{&sc.esc, escapes}
	for i < len(s) {
		k := indexFrom(s, i, q)
		if b := esc.next(i); b < k {
			i = b + 2
			continue
		}
		if i = k; i >= len(s) {
			break
		}
		if strings.HasPrefix(s[i:], delim) {
			i += 3
			for k := 0; k < 2 && i < len(s) && s[i] == q; k++ {
				i++
			}
			sc.i = i
			return
		}
		i++
	}
	sc.i = min(i, len(s))
}

func (sc *scanner) eat(c byte) bool {
	if sc.i < len(sc.s) && sc.s[sc.i] == c {
		sc.i++
		return true
	}
	return false
}

func (sc *scanner) skipSpace() {
	for sc.i < len(sc.s) && (sc.s[sc.i] == ' ' || sc.s[sc.i] == '\t') {
		sc.i++
	}
}

// skipBlank skips white space, newlines and comments.
func (sc *scanner) skipBlank() {
	for sc.i < len(sc.s) {
		switch sc.s[sc.i] {
		case ' ', '\t', '\r', '\n':
			sc.i++
		case '#':
			sc.skipLine()
		default:
			return
		}
	}
}

func (sc *scanner) skipLine() {
	for sc.i < len(sc.s) && sc.s[sc.i] != '\n' {
		sc.i++
	}
	if sc.i < len(sc.s) {
		sc.i++
	}
}
