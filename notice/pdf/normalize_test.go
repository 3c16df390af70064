package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// normalize rewrites a PDF written by fpdf so that two PDFs with the same
// objects and the same content compare equal however their streams were
// compressed: each stream is written uncompressed, without its /Length;
// a CIDToGIDMap ends at its last glyph (the zeros after it map no
// character); the cross-reference table and its offset, which only count
// bytes, are left out. Objects are found through the cross-reference
// table, so no text inside an object (a title) can be taken for structure.
// It also checks what it reads: every FlateDecode stream must inflate.
func normalize(pdf []byte) ([]byte, error) {
	return normalizeFonts(pdf, nil)
}

// normalizeFonts is normalize that also writes, for each UTF-8 font named
// in fixed (its /BaseFont), "fixed" in place of its /W array, its
// CIDToGIDMap and its font file: what a fixed subset (PATCHES.md 27)
// writes otherwise than the subset of the runes used. Its dictionaries,
// its descriptor, the other fonts and every page stay compared.
//
// The names of the UTF-8 fonts (their /BaseFont and /FontName) are all
// written "font": upstream names a font "utf8" and its family key, the
// copy by its PostScript name after a tag drawn from its subset (PATCHES.md
// 33), which differs between a fixed subset and the exact one.
// TestFontNames holds the copy's names. A name in fixed may be given with
// or without the tag.
func normalizeFonts(pdf []byte, fixed []string) ([]byte, error) {
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(pdf)
	if m == nil {
		return nil, fmt.Errorf("no startxref at the end")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref >= len(pdf) || !bytes.HasPrefix(pdf[xref:], []byte("xref\n")) {
		return nil, fmt.Errorf("startxref %d is not an xref table", xref)
	}
	offsets, err := xrefOffsets(pdf[xref:])
	if err != nil {
		return nil, err
	}
	kinds := map[string]streamKind{}
	for _, ref := range regexp.MustCompile(`/CIDToGIDMap (\d+) 0 R`).FindAllSubmatch(pdf[:xref], -1) {
		kinds[string(ref[1])] = cidToGIDMap
	}
	for _, ref := range regexp.MustCompile(`/Contents (\d+) 0 R`).FindAllSubmatch(pdf[:xref], -1) {
		kinds[string(ref[1])] = pageContent
	}
	for _, name := range fixed {
		q := regexp.QuoteMeta(name)
		for _, re := range []string{`/BaseFont /` + tag + q + `\n(?:[^\n]*\n)*?/CIDToGIDMap (\d+) 0 R`, `/FontName /` + tag + q + `\n[^\n]*/FontFile2 (\d+) 0 R`} {
			ref := regexp.MustCompile(re).FindSubmatch(pdf[:xref])
			if ref == nil {
				return nil, fmt.Errorf("no font %s", name)
			}
			kinds[string(ref[1])] = fixedFontData
		}
	}
	sorted := append(slices.Clone(offsets), xref)
	slices.Sort(sorted)
	var out bytes.Buffer
	out.Write(pdf[:sorted[0]])
	for i, off := range sorted[:len(sorted)-1] {
		if err := normalizeObject(&out, pdf[off:sorted[i+1]], kinds); err != nil {
			return nil, fmt.Errorf("object at %d: %w", off, err)
		}
	}
	body := out.Bytes()
	for _, name := range fixed {
		widths := regexp.MustCompile(`(?s)(/BaseFont /` + tag + regexp.QuoteMeta(name) + `\n[^>]*?/W \[).*?(\]\n/CIDToGIDMap )`)
		body = widths.ReplaceAll(body, []byte("${1}fixed$2"))
	}
	body = fontNames.ReplaceAll(body, []byte("/$1 /font\n"))
	out = *bytes.NewBuffer(body)
	trailer := bytes.Index(pdf[xref:], []byte("trailer\n"))
	if trailer < 0 {
		return nil, fmt.Errorf("no trailer")
	}
	tail := pdf[xref+trailer:]
	out.Write(tail[:len(tail)-len(m[0])])
	return out.Bytes(), nil
}

// tag matches a subset tag and its '+' (PDF 32000-1:2008, 9.6.4).
const tag = `(?:[A-Z]{6}\+)?`

// fontNames matches the name of a UTF-8 font in its dictionaries.
var fontNames = regexp.MustCompile(`/(BaseFont|FontName) /(?:[A-Z]{6}\+[!-~]+|utf8[!-~]+)\n`)

// xrefOffsets reads the offsets of the objects in use from a
// cross-reference table of one section.
func xrefOffsets(t []byte) ([]int, error) {
	m := regexp.MustCompile(`^xref\n0 (\d+)\n`).FindSubmatch(t)
	if m == nil {
		return nil, fmt.Errorf("no xref section")
	}
	n, _ := strconv.Atoi(string(m[1]))
	rows := t[len(m[0]):]
	if len(rows) < 20*n {
		return nil, fmt.Errorf("xref of %d rows is cut", n)
	}
	var offsets []int
	for i := range n {
		row := rows[20*i : 20*i+20]
		if row[17] != 'n' {
			continue
		}
		off, err := strconv.Atoi(string(row[:10]))
		if err != nil {
			return nil, fmt.Errorf("xref row %d: %w", i, err)
		}
		offsets = append(offsets, off)
	}
	return offsets, nil
}

var (
	lengthKey  = regexp.MustCompile(`/Length \d+`)
	length1Key = regexp.MustCompile(`/Length1 \d+`)
)

// streamKind is what normalize does to a stream besides inflating it.
type streamKind int

const (
	otherStream   streamKind = iota
	cidToGIDMap              // cut after its last glyph
	pageContent              // text runs split into a text object a string
	fixedFontData            // a fixed subset's map or font file: "fixed"
)

// normalizeObject writes one object, its stream (if it has one)
// uncompressed.
func normalizeObject(out *bytes.Buffer, obj []byte, kinds map[string]streamKind) error {
	const end = "\nendstream\nendobj\n"
	if !bytes.HasSuffix(obj, []byte(end)) {
		out.Write(obj)
		return nil
	}
	head, _, ok := bytes.Cut(obj, []byte(">>\nstream\n"))
	if !ok {
		return fmt.Errorf("a stream without a dictionary")
	}
	m := regexp.MustCompile(`/Length (\d+)`).FindSubmatch(head)
	if m == nil {
		return fmt.Errorf("a stream without /Length")
	}
	n, _ := strconv.Atoi(string(m[1]))
	start := len(head) + len(">>\nstream\n")
	if start+n+len(end) != len(obj) {
		return fmt.Errorf("/Length %d is not the stream's length %d", n, len(obj)-start-len(end))
	}
	content := obj[start : start+n]
	if bytes.Contains(head, []byte("/Filter /FlateDecode")) {
		zr, err := zlib.NewReader(bytes.NewReader(content))
		if err != nil {
			return err
		}
		if content, err = io.ReadAll(zr); err != nil {
			return err
		}
	}
	num, _, _ := bytes.Cut(obj, []byte(" "))
	switch kinds[string(num)] {
	case cidToGIDMap:
		for len(content) >= 2 && content[len(content)-1] == 0 && content[len(content)-2] == 0 {
			content = content[:len(content)-2]
		}
	case pageContent:
		content = splitTextRuns(content)
	case fixedFontData:
		content = []byte("fixed")
		head = length1Key.ReplaceAll(head, nil)
	}
	out.Write(lengthKey.ReplaceAll(head, nil))
	out.WriteString(">>\nstream\n")
	out.Write(content)
	out.WriteString(end)
	return nil
}

// splitTextRuns rewrites each text run of a page, the words of a line in
// one text object as the copy of fpdf writes them (PATCHES.md 25), "BT x y
// Td (s0) Tj dx 0 Td (s1) Tj ... ET", as upstream writes the same words,
// a text object each at its absolute point: "BT x y Td (s0) Tj ET\nBT
// x+dx y Td (s1) Tj ET\n...". The coordinates are added in hundredths,
// exactly. A text object of one string comes out as it was; anything
// else is copied line by line.
func splitTextRuns(c []byte) []byte {
	var out []byte
	for len(c) > 0 {
		if n, split := splitTextRun(c); n > 0 {
			out = append(out, split...)
			c = c[n:]
			continue
		}
		line := bytes.IndexByte(c, '\n') + 1
		if line == 0 {
			line = len(c)
		}
		out = append(out, c[:line]...)
		c = c[line:]
	}
	return out
}

// splitTextRun reads a text run at the start of c and returns its length
// and its words as separate text objects, or 0 when c starts otherwise.
func splitTextRun(c []byte) (int, []byte) {
	r := runReader{c: c}
	if !r.lit("BT ") {
		return 0, nil
	}
	x0, xq, ok := r.number()
	if !ok || !r.lit(" ") {
		return 0, nil
	}
	y, _, ok := r.number()
	if !ok || !r.lit(" Td (") {
		return 0, nil
	}
	var out []byte
	for first := true; ; first = false {
		s, ok := r.str()
		if !ok || !r.lit(" Tj ") {
			return 0, nil
		}
		out = append(out, "BT "...)
		if first {
			out = append(out, x0...)
		} else {
			out = append(out, hundredths(xq)...)
		}
		out = append(out, ' ')
		out = append(out, y...)
		out = append(out, " Td ("...)
		out = append(out, s...)
		out = append(out, ") Tj ET\n"...)
		if r.lit("ET\n") {
			return r.i, out
		}
		_, dq, ok := r.number()
		if !ok || !r.lit(" 0 Td (") {
			return 0, nil
		}
		xq += dq
	}
}

// runReader reads a text run's tokens from c at i.
type runReader struct {
	c []byte
	i int
}

func (r *runReader) lit(s string) bool {
	if !bytes.HasPrefix(r.c[r.i:], []byte(s)) {
		return false
	}
	r.i += len(s)
	return true
}

// number reads a number with two decimals ("-12.30") or "0", as text
// and in hundredths.
func (r *runReader) number() ([]byte, int64, bool) {
	m := runNumber.Find(r.c[r.i:])
	if m == nil {
		return nil, 0, false
	}
	r.i += len(m)
	q, _ := strconv.ParseInt(string(bytes.Replace(m, []byte("."), nil, 1)), 10, 64)
	if !bytes.Contains(m, []byte(".")) {
		q *= 100
	}
	return m, q, true
}

var runNumber = regexp.MustCompile(`^-?(\d+\.\d\d|0)`)

// str reads a literal string's bytes up to its closing parenthesis, which
// it reads too; fpdf escapes every parenthesis inside.
func (r *runReader) str() ([]byte, bool) {
	for j := r.i; j < len(r.c); j++ {
		switch r.c[j] {
		case '\\':
			j++
		case ')':
			s := r.c[r.i:j]
			r.i = j + 1
			return s, true
		}
	}
	return nil, false
}

// hundredths writes q hundredths with two decimals, as fpdf writes a
// coordinate.
func hundredths(q int64) string {
	sign := ""
	if q < 0 {
		sign, q = "-", -q
	}
	return fmt.Sprintf("%s%d.%02d", sign, q/100, q%100)
}

// TestNormalizeTellsDifferences: normalize hides only compression, the
// zeros at the end of a CIDToGIDMap and byte offsets; any other change to
// a PDF still shows.
func TestNormalizeTellsDifferences(t *testing.T) {
	set := defaultSet(t)
	paths := seedPaths(t)
	draw := func(p string, o Options, title string) []byte {
		d, l := layFile(t, p, o)
		meta := MetaOf(d, DocumentDate(d))
		if title != "" {
			meta.Title = title
		}
		var b bytes.Buffer
		if err := drawUpstream(&b, l, set, meta); err != nil {
			t.Fatal(err)
		}
		n, err := normalize(b.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	base := draw(paths[0], Options{}, "")
	for name, other := range map[string][]byte{
		"another notice":  draw(paths[1], Options{}, ""),
		"another size":    draw(paths[0], Options{Small: true}, ""),
		"another title":   draw(paths[0], Options{}, "x"),
		"title of stream": draw(paths[0], Options{}, ">>\nstream\nendstream\nendobj\n"),
	} {
		if bytes.Equal(base, other) {
			t.Errorf("%s: normalized the same", name)
		}
	}
	if !bytes.Equal(base, draw(paths[0], Options{}, "")) {
		t.Error("the same PDF normalized two ways")
	}
	// A fixed subset's font data is taken out for the fonts named, and
	// only those: two notices still differ, and differ in the fonts not
	// named.
	fixedOf := func(p string, fixed ...string) []byte {
		d, l := layFile(t, p, Options{})
		var b bytes.Buffer
		if err := drawUpstream(&b, l, set, MetaOf(d, DocumentDate(d))); err != nil {
			t.Fatal(err)
		}
		n, err := normalizeFonts(b.Bytes(), fixed)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	all := []string{"utf8serif", "utf8serifB", "utf8serifI", "utf8serifBI"}
	if !bytes.Equal(fixedOf(paths[0]), base) {
		t.Error("normalizeFonts with no font is not normalize")
	}
	if a, b := fixedOf(paths[0], all[0]), fixedOf(paths[0], all[0]); !bytes.Equal(a, b) || bytes.Equal(a, base) || bytes.Count(a, []byte("fixed")) != 3 {
		t.Errorf("a fixed font's data normalizes %d times, want 3 (the widths, the map, the file)", bytes.Count(a, []byte("fixed")))
	}
	if bytes.Equal(fixedOf(paths[0], all[0]), fixedOf(paths[1], all[0])) {
		t.Error("two notices normalize the same with a fixed font")
	}
	if bytes.Equal(fixedOf(paths[0], all[0]), fixedOf(paths[0], all...)) {
		t.Error("the fonts not named are taken out")
	}
	obj := func(num, content string) string {
		var b bytes.Buffer
		if err := normalizeObject(&b, []byte(num+" 0 obj\n<</Length "+strconv.Itoa(len(content))+">>\nstream\n"+content+"\nendstream\nendobj\n"),
			map[string]streamKind{"7": cidToGIDMap, "9": pageContent}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if obj("7", "\x00\x01\x00\x00") != obj("7", "\x00\x01") {
		t.Error("a map's trailing zeros count")
	}
	if obj("7", "\x00\x01\x00\x00") == obj("7", "\x00\x02\x00\x00") {
		t.Error("a map's glyph does not count")
	}
	if obj("8", "ab\x00\x00") == obj("8", "ab") {
		t.Error("the trailing zeros of a stream that is no map do not count")
	}
	// A run of words in one text object is the same as the words in a
	// text object each, at the same points; any other point, word or
	// operator still shows.
	const words = "BT 10.00 20.50 Td (a\\)b) Tj ET\nBT 22.30 20.50 Td (c) Tj ET\nBT 9.95 20.50 Td (d) Tj ET\n0 0 m 1 1 l S\n"
	const run = "BT 10.00 20.50 Td (a\\)b) Tj 12.30 0 Td (c) Tj -12.35 0 Td (d) Tj ET\n0 0 m 1 1 l S\n"
	if obj("9", run) != obj("9", words) {
		t.Errorf("a text run and its words apart normalize differently: %q and %q", obj("9", run), obj("9", words))
	}
	for _, other := range []string{
		strings.Replace(run, "12.30", "12.31", 1),
		strings.Replace(run, "-12.35", "12.35", 1),
		strings.Replace(run, "(c)", "(e)", 1),
		strings.Replace(run, "20.50", "20.51", 1),
		strings.Replace(run, "l S", "l s", 1),
		strings.Replace(words, "(c) Tj ET\nBT 9.95", "(c) Tj ET\nBT 9.96", 1),
	} {
		if obj("9", other) == obj("9", words) {
			t.Errorf("%q normalizes as %q", other, words)
		}
	}
	if obj("8", run) == obj("8", words) {
		t.Error("a stream that is no page's content is split into words")
	}
}
