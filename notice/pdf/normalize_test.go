package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
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
	maps := map[string]bool{}
	for _, ref := range regexp.MustCompile(`/CIDToGIDMap (\d+) 0 R`).FindAllSubmatch(pdf[:xref], -1) {
		maps[string(ref[1])] = true
	}
	sorted := append(slices.Clone(offsets), xref)
	slices.Sort(sorted)
	var out bytes.Buffer
	out.Write(pdf[:sorted[0]])
	for i, off := range sorted[:len(sorted)-1] {
		if err := normalizeObject(&out, pdf[off:sorted[i+1]], maps); err != nil {
			return nil, fmt.Errorf("object at %d: %w", off, err)
		}
	}
	trailer := bytes.Index(pdf[xref:], []byte("trailer\n"))
	if trailer < 0 {
		return nil, fmt.Errorf("no trailer")
	}
	tail := pdf[xref+trailer:]
	out.Write(tail[:len(tail)-len(m[0])])
	return out.Bytes(), nil
}

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

var lengthKey = regexp.MustCompile(`/Length \d+`)

// normalizeObject writes one object, its stream (if it has one)
// uncompressed.
func normalizeObject(out *bytes.Buffer, obj []byte, maps map[string]bool) error {
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
	if maps[string(num)] {
		for len(content) >= 2 && content[len(content)-1] == 0 && content[len(content)-2] == 0 {
			content = content[:len(content)-2]
		}
	}
	out.Write(lengthKey.ReplaceAll(head, nil))
	out.WriteString(">>\nstream\n")
	out.Write(content)
	out.WriteString(end)
	return nil
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
	obj := func(num, content string) string {
		var b bytes.Buffer
		if err := normalizeObject(&b, []byte(num+" 0 obj\n<</Length "+strconv.Itoa(len(content))+">>\nstream\n"+content+"\nendstream\nendobj\n"),
			map[string]bool{"7": true}); err != nil {
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
}
