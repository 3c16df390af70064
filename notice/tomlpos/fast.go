package tomlpos

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/thongbao/thongbao/notice/source"
)

// fastParse reads a TOML document written the plain way a notice is: bare
// keys, tables and arrays of tables named by dotted bare keys, plain
// strings (plainString), decimal integers and fractions, true and false, local dates,
// arrays, and inline tables on one line. It returns the tree BurntSushi/toml
// would, and ok; ok is false on anything else, valid or not (an escape,
// an exponent, a quoted or dotted key, a table named twice, a carriage
// return, ...), and parseRaw then hands the text to BurntSushi/toml, whose
// lexer passes each token through a channel: most of the cost of loading
// a notice's structure. Every text it reads is held to BurntSushi/toml's
// tree by TestFastParse and FuzzFastParse.
//
// text must be UTF-8: the caller knows it (source.File.ValidUTF8).
//
// As it reads, it files where each key and value stands: the index
// buildIndex would make of the same text, entry for entry (held to it by
// TestFastParse and FuzzFastParse), so that a document it reads is walked
// once. The index is nil when ok is false.
func fastParse(text string) (map[string]any, index, *paths, bool) {
	if strings.IndexByte(text, '\r') >= 0 {
		return nil, nil, nil, false
	}
	// the index is sized by the keys' equals signs, which a scan of the
	// text counts for a fraction of what growing the map would cost
	n := strings.Count(text, "=") + strings.Count(text, "[") + 1
	p := &fastParser{s: text, root: newFastTable(tableHeader, ""), ok: true, idx: make(index, n), slab: make([]entry, 0, n),
		paths: &paths{keys: map[string][]tableKey{}, elems: map[string][]elemPath{}}}
	p.cur = p.root
	for p.ok && p.i < len(p.s) {
		p.line()
	}
	if !p.ok {
		return nil, nil, nil, false
	}
	return p.root.tree(p.paths), p.idx, p.paths, true
}

// paths are the key paths fastParse built as it read, for the decoder to
// take where it would build each again (JoinKey, JoinIndex) and look it
// up in the index: each table's keys with their paths and index entries
// (nil where the index has none), in the order written, by the table's
// path, and each array's elements', by the array's.
type paths struct {
	keys  map[string][]tableKey // off is -1: the decoder reads it from the entry
	elems map[string][]elemPath
}

// elemPath is an element of an array: its path and its index entry.
type elemPath struct {
	path string
	e    *entry
}

// A fastTable is a table being read: how it was made tells what may
// still be added to it.
type fastTable struct {
	made int    // tableHeader, tableArray (an element of an array of tables), tableInline
	self string // the table's path
	keys map[string]any
	// written are the keys in the order written, each with its path and
	// index entry (nil where none): the decoder's tableKey, made as the
	// key is read, and handed to the decoder as they are.
	written []tableKey
	ent     *entry // the table's own entry, nil where none
}

const (
	tableHeader = iota // the root, or made by a [header], named or as a parent
	tableArray         // an element of an array of tables, made by [[header]]
	tableInline        // an inline table, made by a value
)

// fastArray is an array of tables, made by [[header]], at path self.
type fastArray struct {
	self  string
	elems []*fastTable
}

func newFastTable(made int, self string) *fastTable {
	return &fastTable{made: made, self: self, keys: map[string]any{}}
}

// set files v under the key k, whose path is path and index entry e
// (nil for none).
func (t *fastTable) set(k, path string, v any, e *entry) bool {
	if _, dup := t.keys[k]; dup {
		return false
	}
	t.keys[k] = v
	t.written = append(t.written, tableKey{k: k, path: path, off: -1, e: e})
	return true
}

// tree returns the table as BurntSushi/toml gives it: tables as
// map[string]any, arrays of tables as []map[string]any, arrays as []any.
// The table's own map becomes the tree's, its values turned in place: a
// table is read once, when the parse is done. The paths of its keys, and
// of the elements of its arrays of tables, are filed in ps.
func (t *fastTable) tree(ps *paths) map[string]any {
	for _, k := range t.written {
		t.keys[k.k] = treeValue(t.keys[k.k], ps)
	}
	ps.keys[t.self] = t.written
	return t.keys
}

func treeValue(v any, ps *paths) any {
	switch v := v.(type) {
	case *fastTable:
		return v.tree(ps)
	case *fastArray:
		out := make([]map[string]any, len(v.elems))
		elems := make([]elemPath, len(v.elems))
		for i, e := range v.elems {
			out[i] = e.tree(ps)
			elems[i] = elemPath{e.self, e.ent}
		}
		ps.elems[v.self] = elems
		return out
	case []any:
		for i, e := range v {
			v[i] = treeValue(e, ps)
		}
	}
	return v
}

type fastParser struct {
	s    string
	i    int
	root *fastTable
	cur  *fastTable // the table key/value lines go into
	path string     // cur's path in the index ("" for the root)
	ok   bool
	idx  index // where each key and value stands, as buildIndex files them
	// depth counts the values being read inside each other: past
	// buildIndex's limit the text is left to the parser, so that the two
	// indexes stay the same.
	depth int
	// slab holds the index's entries, made in one block.
	slab []entry
	// facts are the last string's, read by str for value to file.
	facts source.Facts
	// paths are the key paths built, for the decoder.
	paths *paths
	// last is the entry value filed last.
	last *entry
}

// entry files one entry of the index under path, and returns it.
func (p *fastParser) entry(path string, keyOff, valOff, valEnd int) *entry {
	if len(p.slab) == cap(p.slab) {
		p.slab = make([]entry, 0, 32)
	}
	p.slab = append(p.slab, entry{keyOff: keyOff, valOff: valOff, valEnd: valEnd})
	e := &p.slab[len(p.slab)-1]
	p.idx[path] = e
	return e
}

// fail stops the parse; it returns false for the caller's return.
func (p *fastParser) fail() bool {
	p.ok = false
	return false
}

// line reads one line of the document, its newline included.
func (p *fastParser) line() {
	p.spaces()
	if p.i >= len(p.s) {
		return
	}
	switch c := p.s[p.i]; {
	case c == '\n':
		p.i++
		return
	case c == '#':
	case c == '[':
		if !p.header() {
			return
		}
	case isBareByte(c):
		if !p.keyValue(p.cur, p.path) {
			return
		}
	default:
		p.fail()
		return
	}
	p.endOfLine()
}

// endOfLine reads white space, a comment and the newline (or the end of
// the text) that end a line.
func (p *fastParser) endOfLine() bool {
	p.spaces()
	if p.i < len(p.s) && p.s[p.i] == '#' {
		if !p.comment() {
			return false
		}
	}
	if p.i >= len(p.s) {
		return true
	}
	if p.s[p.i] != '\n' {
		return p.fail()
	}
	p.i++
	return true
}

// comment reads a comment up to its newline, which it leaves; a control
// character in it (but a tab) fails.
func (p *fastParser) comment() bool {
	end := strings.IndexByte(p.s[p.i:], '\n')
	if end < 0 {
		end = len(p.s)
	} else {
		end += p.i
	}
	for j := p.i; j < end; j++ {
		if c := p.s[j]; c < 0x20 && c != '\t' || c == 0x7F {
			return p.fail()
		}
	}
	p.i = end
	return true
}

func (p *fastParser) spaces() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

func isBareByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

// bareKey reads a bare key.
func (p *fastParser) bareKey() (string, bool) {
	j := p.i
	for j < len(p.s) && isBareByte(p.s[j]) {
		j++
	}
	if j == p.i {
		return "", p.fail()
	}
	k := p.s[p.i:j]
	p.i = j
	return k, true
}

// header reads [a.b] or [[a.b]], dotted bare keys with no space, and
// makes the table key/value lines go into.
func (p *fastParser) header() bool {
	start := p.i
	array := strings.HasPrefix(p.s[p.i:], "[[")
	if array {
		p.i += 2
	} else {
		p.i++
	}
	t := p.root
	path := ""
	for {
		k, ok := p.bareKey()
		if !ok {
			return false
		}
		path = joinBare(path, k)
		if p.i < len(p.s) && p.s[p.i] == '.' {
			p.i++
			// a parent: a table made by a header, or the last element of
			// an array of tables
			switch v := t.keys[k].(type) {
			case nil:
				if _, there := t.keys[k]; there {
					return p.fail()
				}
				n := newFastTable(tableHeader, path)
				t.set(k, path, n, nil)
				t = n
			case *fastTable:
				if v.made == tableInline {
					return p.fail()
				}
				t = v
			case *fastArray:
				t = v.elems[len(v.elems)-1]
				path = JoinIndex(path, len(v.elems)-1)
			default:
				return p.fail()
			}
			continue
		}
		if array {
			if !strings.HasPrefix(p.s[p.i:], "]]") {
				return p.fail()
			}
			p.i += 2
			n := newFastTable(tableArray, "")
			switch v := t.keys[k].(type) {
			case nil:
				if _, there := t.keys[k]; there {
					return p.fail()
				}
				t.set(k, path, &fastArray{self: path, elems: []*fastTable{n}}, nil)
				path = JoinIndex(path, 0)
			case *fastArray:
				v.elems = append(v.elems, n)
				path = JoinIndex(path, len(v.elems)-1)
			default:
				return p.fail()
			}
			n.self = path
			p.cur = n
			n.ent = p.table(path, start)
			return true
		}
		if p.i >= len(p.s) || p.s[p.i] != ']' {
			return p.fail()
		}
		p.i++
		// a table named once: one named before, or made as a parent,
		// is left to BurntSushi/toml
		n := newFastTable(tableHeader, path)
		if !t.set(k, path, n, nil) {
			return p.fail()
		}
		p.cur = n
		n.ent = p.table(path, start)
		t.written[len(t.written)-1].e = n.ent
		return true
	}
}

// table files the header at start that opens the table of path, and
// makes it the one key/value lines go into; it returns the entry filed.
func (p *fastParser) table(path string, start int) *entry {
	p.path = path
	return p.entry(path, start, -1, -1)
}

// joinBare appends a bare key to a path, as JoinKey does.
func joinBare(path, key string) string {
	if path == "" {
		return key
	}
	return joinParts(path, ".", key, "")
}

// keyValue reads key = value into t, the table of path.
func (p *fastParser) keyValue(t *fastTable, path string) bool {
	start := p.i
	k, ok := p.bareKey()
	if !ok {
		return false
	}
	p.spaces()
	if p.i >= len(p.s) || p.s[p.i] != '=' {
		return p.fail() // a dotted or spaced key too
	}
	p.i++
	p.spaces()
	kp := joinBare(path, k)
	v, ok := p.value(kp, start)
	if !ok {
		return false
	}
	if !t.set(k, kp, v, p.last) {
		return p.fail()
	}
	return true
}

// value reads a value on the line, and files it under path with its key
// at keyOff.
func (p *fastParser) value(path string, keyOff int) (any, bool) {
	start := p.i
	if p.depth++; p.depth > maxValueDepth {
		return nil, p.fail()
	}
	v, ok := p.valueAt(path)
	p.depth--
	if ok {
		e := p.entry(path, keyOff, start, p.i)
		p.last = e
		if _, str := v.(string); str {
			e.facts, e.inspected = p.facts, true
		}
	}
	return v, ok
}

// valueAt reads a value on the line; path is where it is filed.
func (p *fastParser) valueAt(path string) (any, bool) {
	if p.i >= len(p.s) {
		return nil, p.fail()
	}
	switch c := p.s[p.i]; {
	case c == '"' || c == '\'':
		return p.str()
	case c == '[':
		return p.array(path)
	case c == '{':
		return p.inline(path)
	case c == 't' || c == 'f':
		for _, w := range [2]string{"true", "false"} {
			if strings.HasPrefix(p.s[p.i:], w) && p.ends(p.i+len(w)) {
				p.i += len(w)
				return w == "true", true
			}
		}
		return nil, p.fail()
	case '0' <= c && c <= '9' || c == '+' || c == '-':
		return p.number()
	}
	return nil, p.fail()
}

// ends reports whether a number or a word ending at j ends there: white
// space, a newline, a comment, a comma or a closing bracket follows, or
// the end of the text.
func (p *fastParser) ends(j int) bool {
	if j >= len(p.s) {
		return true
	}
	switch p.s[j] {
	case ' ', '\t', '\n', '#', ',', ']', '}':
		return true
	}
	return false
}

// str reads a string that plainString takes as it stands.
func (p *fastParser) str() (any, bool) {
	q := p.s[p.i]
	var end int // where the token ends
	if p.i+2 < len(p.s) && p.s[p.i+1] == q && p.s[p.i+2] == q {
		j := strings.Index(p.s[p.i+3:], tripleQuote(q))
		if j < 0 {
			return nil, p.fail()
		}
		end = p.i + 3 + j + 3
		if end < len(p.s) && p.s[end] == q {
			return nil, p.fail() // quotes before the closing ones
		}
	} else {
		j := strings.IndexByte(p.s[p.i+1:], q)
		if j < 0 {
			return nil, p.fail()
		}
		end = p.i + 1 + j + 1
	}
	v, f, ok := plainFacts(p.s[p.i:end])
	if !ok {
		return nil, p.fail()
	}
	p.i = end
	p.facts = f
	return v, true
}

// tripleQuote is the three quotes q that open and close a multi-line
// string, a constant where joining them cost an allocation a string.
func tripleQuote(q byte) string {
	if q == '\'' {
		return "'''"
	}
	return `"""`
}

// number reads a decimal integer or fraction, or a local date.
func (p *fastParser) number() (any, bool) {
	j := p.i
	if p.s[j] == '+' || p.s[j] == '-' {
		j++
	}
	d := j
	for j < len(p.s) && '0' <= p.s[j] && p.s[j] <= '9' {
		j++
	}
	if j-d == 4 && d == p.i && j < len(p.s) && p.s[j] == '-' {
		return p.date()
	}
	if j == d || p.s[d] == '0' && j-d > 1 {
		return nil, p.fail()
	}
	if j+1 < len(p.s) && p.s[j] == '.' && '0' <= p.s[j+1] && p.s[j+1] <= '9' {
		return p.float(j + 1)
	}
	if !p.ends(j) {
		return nil, p.fail()
	}
	n, err := strconv.ParseInt(p.s[p.i:j], 10, 64)
	if err != nil {
		return nil, p.fail()
	}
	p.i = j
	return n, true
}

// float reads a decimal fraction, its digits after the point from j: no
// exponent, no underscore.
func (p *fastParser) float(j int) (any, bool) {
	for j < len(p.s) && '0' <= p.s[j] && p.s[j] <= '9' {
		j++
	}
	if !p.ends(j) {
		return nil, p.fail()
	}
	f, err := strconv.ParseFloat(p.s[p.i:j], 64)
	if err != nil {
		return nil, p.fail()
	}
	p.i = j
	return f, true
}

// date reads a local date, YYYY-MM-DD, as BurntSushi/toml does.
func (p *fastParser) date() (any, bool) {
	const layout = "2006-01-02"
	j := p.i + len(layout)
	if j > len(p.s) || !p.ends(j) || j < len(p.s) && p.s[j] == ' ' && j+1 < len(p.s) && '0' <= p.s[j+1] && p.s[j+1] <= '9' {
		return nil, p.fail() // a time may follow after a space
	}
	s := p.s[p.i:j]
	for k := 0; k < len(s); k++ {
		if c := s[k]; k == 4 || k == 7 {
			if c != '-' {
				return nil, p.fail()
			}
		} else if c < '0' || c > '9' {
			return nil, p.fail()
		}
	}
	t, err := time.ParseInLocation(layout, s, localDate())
	if err != nil {
		return nil, p.fail()
	}
	p.i = j
	return t, true
}

// localDate is the location BurntSushi/toml gives a local date.
var localDate = sync.OnceValue(func() *time.Location {
	var m map[string]any
	if _, err := toml.Decode("d = 2006-01-02", &m); err != nil {
		panic(err)
	}
	return m["d"].(time.Time).Location()
})

// blank reads white space, newlines and comments inside an array.
func (p *fastParser) blank() bool {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n':
			p.i++
		case '#':
			if !p.comment() {
				return false
			}
		default:
			return true
		}
	}
	return true
}

// array reads [v, v, ...], over lines, a comma after the last allowed.
func (p *fastParser) array(path string) (any, bool) {
	p.i++
	out := []any{}
	var elems []elemPath
	for {
		if !p.blank() {
			return nil, false
		}
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			p.paths.elems[path] = elems
			return out, true
		}
		ep := JoinIndex(path, len(out))
		v, ok := p.value(ep, p.i)
		if !ok {
			return nil, false
		}
		elems = append(elems, elemPath{ep, p.last})
		out = append(out, v)
		if !p.blank() {
			return nil, false
		}
		if p.i >= len(p.s) {
			return nil, p.fail()
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			p.paths.elems[path] = elems
			return out, true
		default:
			return nil, p.fail()
		}
	}
}

// inline reads { k = v, k = v } on one line, with no comma after the
// last.
func (p *fastParser) inline(path string) (any, bool) {
	p.i++
	t := newFastTable(tableInline, path)
	p.spaces()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return t, true
	}
	for {
		p.spaces()
		if p.i >= len(p.s) || !isBareByte(p.s[p.i]) || !p.keyValue(t, path) {
			return nil, p.fail()
		}
		p.spaces()
		if p.i >= len(p.s) {
			return nil, p.fail()
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return t, true
		default:
			return nil, p.fail()
		}
	}
}
