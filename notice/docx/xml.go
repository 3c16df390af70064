package docx

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/thongbao/thongbao/notice/diag"
)

// The parts of a Word file are read by a small XML scanner of its own
// rather than encoding/xml: it builds the element tree straight from the
// bytes, slicing names and text out of one string, and so reads a part
// some ten times faster (encoding/xml takes 19 ms for the 640 KB
// document.xml of the largest real file). It reads the XML that Office
// writes: elements, attributes, namespaces, character and entity
// references, CDATA, comments and processing instructions. It refuses a
// document type declaration (no entity is ever expanded) and applies the
// limits of limits.go while it reads, so that no part costs more than
// its size.

// nsID names the namespaces the reader looks at; every other one is
// nsOther.
type nsID uint8

const (
	nsNone nsID = iota
	nsW         // WordprocessingML, transitional and strict
	nsR         // relationships in parts
	nsMC        // markup compatibility
	nsA         // DrawingML
	nsM         // Office Math
	nsXML       // the xml: prefix
	nsPR        // package relationships (.rels)
	nsCT        // [Content_Types].xml
	nsCP        // core properties
	nsDC        // Dublin Core elements
	nsDCT       // Dublin Core terms
	nsOther
)

var nsURIs = map[string]nsID{
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main":            nsW,
	"http://purl.oclc.org/ooxml/wordprocessingml/main":                        nsW,
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships":     nsR,
	"http://purl.oclc.org/ooxml/officeDocument/relationships":                 nsR,
	"http://schemas.openxmlformats.org/markup-compatibility/2006":             nsMC,
	"http://schemas.openxmlformats.org/drawingml/2006/main":                   nsA,
	"http://purl.oclc.org/ooxml/drawingml/main":                               nsA,
	"http://schemas.openxmlformats.org/officeDocument/2006/math":              nsM,
	"http://purl.oclc.org/ooxml/officeDocument/math":                          nsM,
	"http://www.w3.org/XML/1998/namespace":                                    nsXML,
	"http://schemas.openxmlformats.org/package/2006/relationships":            nsPR,
	"http://schemas.openxmlformats.org/package/2006/content-types":            nsCT,
	"http://schemas.openxmlformats.org/package/2006/metadata/core-properties": nsCP,
	"http://purl.org/dc/elements/1.1/":                                        nsDC,
	"http://purl.org/dc/terms/":                                               nsDCT,
}

// node is one element. Children are a linked list of indexes into
// tree.nodes; -1 ends it.
type node struct {
	name  string // local name
	text  string // character data, for an element without children
	attr  int32  // first attribute in tree.attrs
	nattr int32
	first int32 // first child
	next  int32 // next sibling
	ns    nsID
}

type attr struct {
	name, val string
	ns        nsID
}

// tree is a parsed part; its root element is nodes[0].
type tree struct {
	nodes []node
	attrs []attr
}

// budget counts what all parts of one file may still hold.
type budget struct {
	elems, attrs int
}

func newBudget() *budget { return &budget{elems: MaxElements, attrs: MaxAttrs} }

// xmlError says what is wrong in a part, for a clerk: where exactly does
// not help them.
type xmlError struct {
	why     diag.Text
	tooMuch bool // a limit was reached rather than the XML broken
}

func (e *xmlError) Error() string { return e.why.EN }

var (
	errNotClosed = &xmlError{why: diag.Msg("bị cắt cụt (thiếu phần cuối)", "is cut short (its end is missing)")}
	errSyntax    = &xmlError{why: diag.Msg("không đúng cú pháp", "is not well-formed")}
	errDoctype   = &xmlError{why: diag.Msg("chứa khai báo DOCTYPE, Word không bao giờ ghi", "holds a DOCTYPE declaration, which Word never writes")}
	errEntity    = &xmlError{why: diag.Msg("chứa ký hiệu thực thể không hợp lệ", "holds an invalid entity reference")}
	errEncoding  = &xmlError{why: diag.Msg("không được mã hóa UTF-8 hợp lệ", "is not valid UTF-8")}
	errControl   = &xmlError{why: diag.Msg("chứa ký tự điều khiển không được phép", "holds a control character XML does not allow")}
	errEmpty     = &xmlError{why: diag.Msg("trống", "is empty")}
	errDepth     = &xmlError{why: diag.Msg("lồng nhau quá "+strconv.Itoa(MaxDepth)+" cấp", "nests deeper than "+strconv.Itoa(MaxDepth)+" levels")}
	errElems     = &xmlError{why: diag.Msg("có quá nhiều phần tử (hơn "+strconv.Itoa(MaxElements)+" trong cả tệp)", "holds too many elements (over "+strconv.Itoa(MaxElements)+" in the whole file)"), tooMuch: true}
	errAttrs     = &xmlError{why: diag.Msg("có quá nhiều thuộc tính", "holds too many attributes"), tooMuch: true}
)

type frame struct {
	node       int32
	last       int32 // last child
	beforeLast int32 // the child before it
	nsMark     int
	raw        string // qualified name, to match the end tag
}

type binding struct {
	prefix string
	id     nsID
}

type scanner struct {
	keep  keepFunc
	s     string
	i     int
	t     *tree
	b     *budget
	stack []frame
	ns    []binding
	// the prefixes resolved since the bindings last changed: a part
	// declares its namespaces once, on its root, and uses a few of them
	// on every element.
	seen  [4]binding
	nseen int
	// w1 is the namespace of the one-letter prefix "w" when w1ok: nearly
	// every name of a part that holds text starts with "w:".
	w1   nsID
	w1ok bool
	tmp  []rawAttr
	// character data waiting for the innermost open element: the first
	// clean segment is kept as a slice of s, more go to buf.
	pend    string
	pendBuf []byte
	pendN   int
}

type rawAttr struct{ name, val string }

// keepFunc says whether to keep an element at depth (the root is at 0)
// with its content; the reader skips, unparsed, what a part holds that it
// never looks at (the revision ids of settings.xml, the latent styles).
type keepFunc func(depth int, ns nsID, name string) bool

// parseXML reads one part into a tree; keep may be nil. The tree's
// names and text are slices of data, which it takes: the caller must not
// change data afterwards.
func parseXML(data []byte, b *budget, keep keepFunc) (*tree, error) {
	return parseTree(data, b, keep, true)
}

// parseTree is parseXML; sized says to size the tree from the bytes of
// the part, which is right when keep keeps most of it.
func parseTree(data []byte, b *budget, keep keepFunc, sized bool) (*tree, error) {
	s, err := xmlText(data)
	if err != nil {
		return nil, err
	}
	// Every element has a "<" and a "/" (in its end tag or its "/>"), and
	// every attribute an "=": counting these bytes, each a single pass,
	// sizes the tree without growing it.
	elems, attrs := 64, 64
	if sized {
		elems = min(strings.Count(s, "<"), strings.Count(s, "/"), b.elems) + 1
		attrs = min(strings.Count(s, "="), b.attrs+1)
	}
	sc := &scanner{s: s, b: b, keep: keep, t: &tree{nodes: make([]node, 0, elems), attrs: make([]attr, 0, attrs)}}
	if err := sc.run(); err != nil {
		return nil, err
	}
	if len(sc.t.nodes) == 0 {
		return nil, errEmpty
	}
	return sc.t, nil
}

// xmlText returns a part as UTF-8 text, refusing bytes XML forbids. The
// text is data itself, not a copy (parseXML takes data).
func xmlText(data []byte) (string, error) {
	switch {
	case len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF):
		return fromUTF16(data), nil
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		data = data[3:]
	}
	if err := checkBytes(data); err != nil {
		return "", err
	}
	return unsafe.String(unsafe.SliceData(data), len(data)), nil
}

// checkBytes refuses a control character other than tab, line feed and
// carriage return (errControl), then bytes that are not UTF-8
// (errEncoding). Control characters are looked for 32 bytes at a time
// (four words with no byte below 0x20 are passed over whole), then
// utf8.Valid, which passes over ASCII eight bytes at a time too, reads
// the rest.
func checkBytes(data []byte) error {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// A byte below 0x20 sets its high bit in w-0x20*ones with its own
	// high bit clear: exact for whether a word has one.
	b := data
	for len(b) >= 32 {
		w0 := binary.LittleEndian.Uint64(b)
		w1 := binary.LittleEndian.Uint64(b[8:])
		w2 := binary.LittleEndian.Uint64(b[16:])
		w3 := binary.LittleEndian.Uint64(b[24:])
		if ((w0-0x20*ones)&^w0|(w1-0x20*ones)&^w1|(w2-0x20*ones)&^w2|(w3-0x20*ones)&^w3)&highs != 0 && hasControl(b[:32]) {
			return errControl
		}
		b = b[32:]
	}
	if hasControl(b) {
		return errControl
	}
	if !utf8.Valid(data) {
		return errEncoding
	}
	return nil
}

// hasControl reports whether b holds a control character other than
// tab, line feed and carriage return.
func hasControl(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return true
		}
	}
	return false
}

func fromUTF16(data []byte) string {
	big := data[0] == 0xFE
	u := make([]uint16, 0, len(data)/2)
	for i := 2; i+1 < len(data); i += 2 {
		if big {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	return string(utf16.Decode(u))
}

func (sc *scanner) run() error {
	s := sc.s
	for sc.i < len(s) {
		j := 0 // tags mostly follow one another
		if s[sc.i] != '<' {
			j = strings.IndexByte(s[sc.i:], '<')
		}
		if j < 0 {
			sc.chars(s[sc.i:])
			sc.i = len(s)
			break
		}
		if j > 0 {
			if err := sc.charData(s[sc.i : sc.i+j]); err != nil {
				return err
			}
		}
		sc.i += j
		var err error
		// The byte after "<" tells a tag from the rest, which is rare.
		switch sc.next() {
		case '/':
			err = sc.endTag()
		case '?':
			err = sc.skipTo("?>")
		case '!':
			err = sc.bang(sc.cdata)
		default:
			err = sc.startTag()
		}
		if err != nil {
			return err
		}
	}
	if len(sc.stack) > 0 {
		return errNotClosed
	}
	return nil
}

// next returns the byte after the "<" at sc.i, or 0 at the end.
func (sc *scanner) next() byte {
	if sc.i+1 < len(sc.s) {
		return sc.s[sc.i+1]
	}
	return 0
}

func (sc *scanner) skipTo(end string) error {
	k := strings.Index(sc.s[sc.i+2:], end)
	if k < 0 {
		return errNotClosed
	}
	sc.i += 2 + k + len(end)
	return nil
}

func (sc *scanner) cdata() error {
	start := sc.i + len("<![CDATA[")
	k := strings.Index(sc.s[start:], "]]>")
	if k < 0 {
		return errNotClosed
	}
	sc.chars(sc.s[start : start+k])
	sc.i = start + k + 3
	return nil
}

// charData takes character data with references still in it.
func (sc *scanner) charData(seg string) error {
	if len(sc.stack) == 0 {
		return nil // white space around the root
	}
	if strings.IndexByte(seg, '&') < 0 {
		sc.chars(seg)
		return nil
	}
	d, err := decodeRefs(seg)
	if err != nil {
		return err
	}
	sc.chars(d)
	return nil
}

// chars adds decoded character data to the innermost open element, unless
// it has children: text between elements is layout, not content.
func (sc *scanner) chars(seg string) {
	if len(sc.stack) == 0 || sc.stack[len(sc.stack)-1].last >= 0 || seg == "" {
		return
	}
	switch sc.pendN {
	case 0:
		sc.pend = seg
	case 1:
		sc.pendBuf = append(append(sc.pendBuf[:0], sc.pend...), seg...)
	default:
		sc.pendBuf = append(sc.pendBuf, seg...)
	}
	sc.pendN++
}

func (sc *scanner) flushText(n int32) {
	switch sc.pendN {
	case 0:
		return
	case 1:
		sc.t.nodes[n].text = sc.pend
	default:
		sc.t.nodes[n].text = string(sc.pendBuf)
	}
	sc.pend, sc.pendN = "", 0
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (sc *scanner) skipSpace() {
	s, i := sc.s, sc.i
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	sc.i = i
}

// name reads an element or attribute name up to white space or one of
// the delimiters "/", ">", "=".
func (sc *scanner) name() string {
	s, start := sc.s, sc.i
	i := start
	for i < len(s) && !nameEnd[s[i]] {
		i++
	}
	sc.i = i
	return s[start:i]
}

// nameEnd marks the bytes that end a name.
var nameEnd = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\r/>=<\"'") {
		t[c] = true
	}
	return t
}()

// startTag reads a start tag from the "<" at sc.i. It reads through
// locals (the text and the offset), which the compiler keeps in
// registers, and stores the offset back once.
func (sc *scanner) startTag() error {
	s := sc.s
	i := skipName(s, sc.i+1)
	raw := s[sc.i+1 : i]
	if raw == "" {
		return errSyntax
	}
	mark := len(sc.ns)
	tmp := sc.tmp[:0]
	self := false
	for {
		i = skipSpaces(s, i)
		if i >= len(s) {
			return errNotClosed
		}
		if s[i] == '>' {
			i++
			break
		}
		if s[i] == '/' && i+1 < len(s) && s[i+1] == '>' {
			i += 2
			self = true
			break
		}
		a, next, err := attribute(s, i)
		if err != nil {
			return err
		}
		i = next
		switch {
		case a.name == "xmlns":
			sc.ns = append(sc.ns, binding{"", nsOf(a.val)}) // xmlns="" takes the default away
		case strings.HasPrefix(a.name, "xmlns:") && len(a.name) > 6:
			sc.ns = append(sc.ns, binding{a.name[6:], nsOf(a.val)})
		default:
			if len(tmp) >= MaxElementAttrs {
				return errAttrs
			}
			tmp = append(tmp, a)
		}
	}
	sc.i, sc.tmp = i, tmp
	if len(sc.ns) != mark {
		sc.nseen, sc.w1ok = 0, false
	}
	return sc.open(raw, mark, self)
}

// skipName returns the end of the name that starts at i in s: the first
// byte of white space or of the delimiters "/", ">", "=" from i on.
func skipName(s string, i int) int {
	for i < len(s) && !nameEnd[s[i]] {
		i++
	}
	return i
}

// skipSpaces returns the first byte from i on in s that is not white
// space.
func skipSpaces(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

func nsOf(uri string) nsID {
	if uri == "" {
		return nsNone
	}
	if id, ok := nsURIs[uri]; ok {
		return id
	}
	return nsOther
}

// attribute reads the attribute that starts at i in s, and returns it
// and where it ends.
func attribute(s string, i int) (rawAttr, int, error) {
	end := skipName(s, i)
	n := s[i:end]
	if n == "" {
		return rawAttr{}, end, errSyntax
	}
	i = skipSpaces(s, end)
	if i >= len(s) || s[i] != '=' {
		return rawAttr{}, i, errSyntax
	}
	i = skipSpaces(s, i+1)
	if i >= len(s) || s[i] != '"' && s[i] != '\'' {
		return rawAttr{}, i, errSyntax
	}
	q := s[i]
	v, lt, amp, ok := shortValue(s, i, q)
	if !ok {
		k := strings.IndexByte(s[i+1:], q)
		if k < 0 {
			return rawAttr{}, i, errNotClosed
		}
		v = s[i+1 : i+1+k]
		lt, amp = strings.IndexByte(v, '<') >= 0, strings.IndexByte(v, '&') >= 0
	}
	i += len(v) + 2
	if lt {
		return rawAttr{}, i, errSyntax
	}
	if amp {
		d, err := decodeRefs(v)
		if err != nil {
			return rawAttr{}, i, err
		}
		v = d
	}
	return rawAttr{n, v}, i, nil
}

// shortValue reads an attribute value of up to 32 bytes quoted by q at
// i in s in one loop, noting whether it holds "<" or "&"; ok is false
// for a longer value (or one not closed), left to IndexByte. Most values
// are a few bytes ("28", "both", a revision id), for which three calls
// of IndexByte cost more than the loop.
func shortValue(s string, i int, q byte) (v string, lt, amp, ok bool) {
	start := i + 1
	end := min(len(s), start+32)
	for j := start; j < end; j++ {
		c := s[j]
		if !valueStop[c] {
			continue
		}
		switch c {
		case q:
			return s[start:j], lt, amp, true
		case '<':
			lt = true
		case '&':
			amp = true
		}
	}
	return "", false, false, false
}

// valueStop marks the bytes shortValue looks at.
var valueStop = func() (t [256]bool) {
	for _, c := range []byte(`"'<&`) {
		t[c] = true
	}
	return t
}()

// resolve splits a qualified name and finds its namespace; elem says an
// unprefixed name takes the default namespace.
func (sc *scanner) resolve(raw string, elem bool) (nsID, string) {
	if sc.w1ok && len(raw) > 2 && raw[1] == ':' && raw[0] == 'w' {
		return sc.w1, raw[2:]
	}
	id, local := sc.resolveSlow(raw, elem)
	if len(raw) > 2 && raw[1] == ':' && raw[0] == 'w' {
		sc.w1, sc.w1ok = id, true
	}
	return id, local
}

func (sc *scanner) resolveSlow(raw string, elem bool) (nsID, string) {
	// Names are short: a loop finds the colon sooner than a call.
	colon := -1
	for i := 0; i < len(raw); i++ {
		if raw[i] == ':' {
			colon = i
			break
		}
	}
	prefix, local, ok := "", raw, colon >= 0
	if ok {
		prefix, local = raw[:colon], raw[colon+1:]
	}
	if !ok || prefix == "" || local == "" { // ":x" and "x:" are names without a prefix
		local, prefix = raw, ""
		if !elem {
			return nsNone, local
		}
	}
	if prefix == "xml" {
		return nsXML, local
	}
	for _, b := range sc.seen[:min(sc.nseen, len(sc.seen))] {
		if samePrefix(b.prefix, prefix) {
			return b.id, local
		}
	}
	id := nsOther
	if prefix == "" {
		id = nsNone
	}
	for k := len(sc.ns) - 1; k >= 0; k-- {
		if sc.ns[k].prefix == prefix {
			id = sc.ns[k].id
			break
		}
	}
	sc.seen[sc.nseen%len(sc.seen)] = binding{prefix, id}
	sc.nseen++
	return id, local
}

// samePrefix is a == b for the short strings prefixes are, without a
// call.
func samePrefix(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// popNS takes away the bindings declared from mark on.
func (sc *scanner) popNS(mark int) {
	if len(sc.ns) != mark {
		sc.ns, sc.nseen, sc.w1ok = sc.ns[:mark], 0, false
	}
}

func (sc *scanner) open(raw string, mark int, self bool) error {
	id, local := sc.resolve(raw, true)
	if sc.b.elems--; sc.b.elems < 0 {
		return errElems
	}
	if len(sc.stack) > 0 && (sc.keep != nil && !sc.keep(len(sc.stack), id, local) || id == nsMC && local == "Fallback" && sc.chosen()) {
		sc.popNS(mark)
		if self {
			return nil
		}
		return sc.skipElement()
	}
	if sc.b.attrs -= len(sc.tmp); sc.b.attrs < 0 {
		return errAttrs
	}
	if len(sc.stack) >= MaxDepth {
		return errDepth
	}
	t := sc.t
	n := int32(len(t.nodes))
	first := len(t.attrs)
	for _, a := range sc.tmp {
		aid, alocal := sc.resolve(a.name, false)
		if !unread(aid, alocal) {
			t.attrs = append(t.attrs, attr{name: alocal, val: a.val, ns: aid})
		}
	}
	t.nodes = append(t.nodes, node{name: local, ns: id, attr: int32(first), nattr: int32(len(t.attrs) - first), first: -1, next: -1})
	if len(sc.stack) > 0 {
		p := &sc.stack[len(sc.stack)-1]
		if p.last < 0 {
			sc.pend, sc.pendN = "", 0 // the parent's text was layout
			t.nodes[p.node].first = n
		} else {
			t.nodes[p.last].next = n
		}
		p.beforeLast, p.last = p.last, n
	} else if n != 0 {
		return errSyntax // a second root
	}
	sc.stack = append(sc.stack, frame{node: n, last: -1, beforeLast: -1, nsMark: mark, raw: raw})
	if self {
		sc.close()
	}
	return nil
}

// unread reports whether the reader never asks for an attribute, which
// is then counted against the limits but not kept: the revision ids Word
// puts on every paragraph and run (w:rsidR, w:rsidRPr...) and the
// attributes of namespaces the reader does not know (w14:paraId).
func unread(ns nsID, name string) bool {
	return ns == nsOther || ns == nsW && strings.HasPrefix(name, "rsid")
}

// chosen reports whether the innermost open element is an
// mc:AlternateContent that already has an mc:Choice: close takes the
// first choice, so an mc:Fallback after it is never read.
func (sc *scanner) chosen() bool {
	p := &sc.stack[len(sc.stack)-1]
	t := sc.t
	if t.nodes[p.node].ns != nsMC || t.nodes[p.node].name != "AlternateContent" {
		return false
	}
	for k := t.nodes[p.node].first; k >= 0; k = t.nodes[k].next {
		if t.nodes[k].ns == nsMC && t.nodes[k].name == "Choice" {
			return true
		}
	}
	return false
}

// skipElement skips the content and the end tag of an element whose
// start tag was just read, without building anything; its elements
// still count against the limit.
func (sc *scanner) skipElement() error {
	s := sc.s
	depth := 1
	for depth > 0 {
		// Skipped elements mostly follow one another with nothing
		// between them.
		if sc.i >= len(s) || s[sc.i] != '<' {
			j := strings.IndexByte(s[sc.i:], '<')
			if j < 0 {
				return errNotClosed
			}
			sc.i += j
		}
		var err error
		switch sc.next() {
		case '/':
			depth--
			err = sc.skipTag()
		case '?':
			err = sc.skipTo("?>")
		case '!':
			err = sc.bang(func() error { return sc.skipTo("]]>") })
		default:
			if sc.b.elems--; sc.b.elems < 0 {
				return errElems
			}
			if err = sc.skipTag(); err == nil && s[sc.i-2] != '/' {
				depth++
				if len(sc.stack)+depth > MaxDepth {
					err = errDepth
				}
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// skipTag moves past the ">" that ends the tag at sc.i, stepping over
// quoted attribute values.
func (sc *scanner) skipTag() error {
	s := sc.s
	// Most tags have no ">" inside a quoted value: then the first ">" ends
	// them.
	if k := strings.IndexByte(s[sc.i:], '>'); k > 0 {
		tag := s[sc.i : sc.i+k]
		if strings.IndexByte(tag[1:], '<') < 0 && strings.Count(tag, `"`)%2 == 0 && strings.IndexByte(tag, '\'') < 0 {
			sc.i += k + 1
			return nil
		}
	}
	for i := sc.i + 1; i < len(s); i++ {
		switch s[i] {
		case '"', '\'':
			k := strings.IndexByte(s[i+1:], s[i])
			if k < 0 {
				return errNotClosed
			}
			i += k + 1
		case '>':
			sc.i = i + 1
			return nil
		case '<':
			return errSyntax
		}
	}
	return errNotClosed
}

func (sc *scanner) endTag() error {
	sc.i += 2
	// Nearly always the end tag names the open element and has no space.
	if len(sc.stack) > 0 {
		raw := sc.stack[len(sc.stack)-1].raw
		if end := sc.i + len(raw); end < len(sc.s) && sc.s[end] == '>' && sc.s[sc.i:end] == raw {
			sc.i = end + 1
			sc.close()
			return nil
		}
	}
	raw := sc.name()
	sc.skipSpace()
	if sc.i >= len(sc.s) || sc.s[sc.i] != '>' {
		return errSyntax
	}
	sc.i++
	if len(sc.stack) == 0 || sc.stack[len(sc.stack)-1].raw != raw {
		return errSyntax
	}
	sc.close()
	return nil
}

// close ends the innermost open element. An mc:AlternateContent is
// replaced, in its parent, by the content of its first mc:Choice (or of
// its mc:Fallback when it has no choice): the choices say the same thing
// twice, and the first is what current Word shows.
func (sc *scanner) close() {
	f := sc.stack[len(sc.stack)-1]
	sc.stack = sc.stack[:len(sc.stack)-1]
	sc.popNS(f.nsMark)
	t := sc.t
	if f.last < 0 {
		sc.flushText(f.node)
	}
	if t.nodes[f.node].ns != nsMC || t.nodes[f.node].name != "AlternateContent" || len(sc.stack) == 0 {
		return
	}
	p := &sc.stack[len(sc.stack)-1]
	first, last := int32(-1), int32(-1)
	if c := sc.choice(f.node); c >= 0 {
		first = t.nodes[c].first
		for k := first; k >= 0; k = t.nodes[k].next {
			last = k
		}
	}
	if first < 0 { // nothing chosen: drop the element
		if p.beforeLast < 0 {
			t.nodes[p.node].first = -1
		} else {
			t.nodes[p.beforeLast].next = -1
		}
		p.last, p.beforeLast = p.beforeLast, -1
		return
	}
	if p.beforeLast < 0 {
		t.nodes[p.node].first = first
	} else {
		t.nodes[p.beforeLast].next = first
	}
	p.last, p.beforeLast = last, -1
}

func (sc *scanner) choice(ac int32) int32 {
	t := sc.t
	fallback := int32(-1)
	for k := t.nodes[ac].first; k >= 0; k = t.nodes[k].next {
		if t.nodes[k].ns != nsMC {
			continue
		}
		switch t.nodes[k].name {
		case "Choice":
			return k
		case "Fallback":
			fallback = k
		}
	}
	return fallback
}

var entities = map[string]string{"lt": "<", "gt": ">", "amp": "&", "quot": `"`, "apos": "'"}

// decodeRefs replaces the character and entity references of s.
func decodeRefs(s string) (string, error) {
	var b strings.Builder
	b.Grow(len(s))
	for {
		k := strings.IndexByte(s, '&')
		if k < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		b.WriteString(s[:k])
		s = s[k+1:]
		end := strings.IndexByte(s, ';')
		if end <= 0 || end > 12 {
			return "", errEntity
		}
		ref := s[:end]
		s = s[end+1:]
		if ref[0] != '#' {
			e, ok := entities[ref]
			if !ok {
				return "", errEntity
			}
			b.WriteString(e)
			continue
		}
		var n uint64
		var err error
		if len(ref) > 1 && (ref[1] == 'x' || ref[1] == 'X') {
			n, err = strconv.ParseUint(ref[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(ref[1:], 10, 32)
		}
		r := rune(n)
		if err != nil || !xmlChar(r) {
			return "", errEntity
		}
		b.WriteRune(r)
	}
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// Queries on the tree. Indexes are int32; -1 is "none".

func (t *tree) is(i int32, ns nsID, name string) bool {
	return t.nodes[i].ns == ns && t.nodes[i].name == name
}

// child returns the first child of i named ns:name, or -1.
func (t *tree) child(i int32, ns nsID, name string) int32 {
	if i < 0 {
		return -1
	}
	for k := t.nodes[i].first; k >= 0; k = t.nodes[k].next {
		if t.nodes[k].ns == ns && t.nodes[k].name == name {
			return k
		}
	}
	return -1
}

// wchild returns the first w: child of i named name, or -1.
func (t *tree) wchild(i int32, name string) int32 { return t.child(i, nsW, name) }

// attr returns the value of the attribute ns:name of i.
func (t *tree) attr(i int32, ns nsID, name string) (string, bool) {
	if i < 0 {
		return "", false
	}
	n := &t.nodes[i]
	for _, a := range t.attrs[n.attr : n.attr+n.nattr] {
		if a.name == name && a.ns == ns {
			return a.val, true
		}
	}
	return "", false
}

// wattr returns the w: attribute name of i; an unprefixed one is taken
// too, as some writers other than Word leave the prefix out.
func (t *tree) wattr(i int32, name string) (string, bool) {
	if i < 0 {
		return "", false
	}
	n := &t.nodes[i]
	none, haveNone := "", false
	for _, a := range t.attrs[n.attr : n.attr+n.nattr] {
		if a.name != name {
			continue
		}
		switch {
		case a.ns == nsW:
			return a.val, true
		case a.ns == nsNone && !haveNone:
			none, haveNone = a.val, true
		}
	}
	return none, haveNone
}

// val returns the w:val attribute of i.
func (t *tree) val(i int32) string {
	v, _ := t.wattr(i, "val")
	return v
}

// intAttr returns a w: attribute as a number; values Word writes as
// "720.0" or with a unit are read as far as they are a number.
func (t *tree) intAttr(i int32, name string) (int, bool) {
	v, ok := t.wattr(i, name)
	if !ok {
		return 0, false
	}
	return parseInt(v)
}

func parseInt(v string) (int, bool) {
	// Nearly every value is a few digits ("28", "1134"): read them without
	// a call; nine digits stay below the limit.
	if len(v) > 0 && len(v) < 10 {
		n := 0
		for i := 0; i < len(v); i++ {
			c := v[i]
			if c < '0' || c > '9' {
				return parseIntSlow(v)
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	return parseIntSlow(v)
}

func parseIntSlow(v string) (int, bool) {
	v = strings.TrimSpace(v)
	end := 0
	for end < len(v) && (v[end] >= '0' && v[end] <= '9' || end == 0 && (v[end] == '-' || v[end] == '+')) {
		end++
	}
	n, err := strconv.Atoi(v[:end])
	if err != nil {
		return 0, false
	}
	const limit = 1 << 30
	return max(-limit, min(limit, n)), true
}

// onOff reads an on/off property element: present without w:val, or
// with a true value, is on.
func (t *tree) onOff(i int32) bool {
	v, ok := t.wattr(i, "val")
	if !ok {
		return true
	}
	switch v {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// bang reads the markup that starts "<!" at sc.i: a comment is skipped, a
// CDATA section goes to cdata (read as text, or skipped), and anything
// else (a DOCTYPE, which WordprocessingML never has) is refused.
func (sc *scanner) bang(cdata func() error) error {
	rest := sc.s[sc.i:]
	switch {
	case strings.HasPrefix(rest, "<!--"):
		return sc.skipTo("-->")
	case strings.HasPrefix(rest, "<![CDATA["):
		return cdata()
	}
	return errDoctype
}
