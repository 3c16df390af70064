package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// dump writes a tree as indented lines: ns:name [attrs] "text".
func dump(t *tree) string {
	var b strings.Builder
	var walk func(i int32, depth int)
	walk = func(i int32, depth int) {
		n := &t.nodes[i]
		fmt.Fprintf(&b, "%s%d:%s", strings.Repeat(" ", depth), n.ns, n.name)
		for _, a := range t.attrs[n.attr : n.attr+n.nattr] {
			fmt.Fprintf(&b, " %d:%s=%q", a.ns, a.name, a.val)
		}
		if n.first < 0 && n.text != "" {
			fmt.Fprintf(&b, " %q", n.text)
		}
		b.WriteByte('\n')
		for k := n.first; k >= 0; k = t.nodes[k].next {
			walk(k, depth+1)
		}
	}
	walk(0, 0)
	return b.String()
}

// TestScanner reads the XML Office writes; the revision ids and the
// attributes of namespaces the reader does not know are left out.
func TestScanner(t *testing.T) {
	src := `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:x="urn:other">
  <w:p w:rsidR="00A1" w:jc='1' x:paraId="2">
    <w:r><w:t xml:space="preserve"> a &amp; b &lt;c&gt; &#x1EC7;&#7879; </w:t><w:t><![CDATA[<raw>]]> &quot;q&apos;</w:t></w:r>
    <x:ext val="v"/><w:tab/>
  </w:p >
</w:document>`
	tr, err := parseXML([]byte(src), newBudget(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `1:document
 1:p 1:jc="1"
  1:r
   1:t 6:space="preserve" " a & b <c> ệệ "
   1:t "<raw> \"q'"
  12:ext 0:val="v"
  1:tab
`
	if got := dump(tr); got != want {
		t.Errorf("tree\n%s\nwant\n%s", got, want)
	}
}

func TestScannerAlternateContent(t *testing.T) {
	src := `<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
		`<w:t>a</w:t>` +
		`<mc:AlternateContent><mc:Choice Requires="wps"><w:t>choice</w:t><w:tab/></mc:Choice><mc:Fallback><w:t>fallback</w:t></mc:Fallback></mc:AlternateContent>` +
		`<mc:AlternateContent><mc:Fallback><w:t>only fallback</w:t></mc:Fallback></mc:AlternateContent>` +
		`<mc:AlternateContent><mc:Choice Requires="x"/></mc:AlternateContent>` +
		`<w:t>b</w:t></w:r>`
	tr, err := parseXML([]byte(src), newBudget(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "1:r\n 1:t \"a\"\n 1:t \"choice\"\n 1:tab\n 1:t \"only fallback\"\n 1:t \"b\"\n"
	if got := dump(tr); got != want {
		t.Errorf("tree\n%s\nwant\n%s", got, want)
	}
}

func TestScannerKeep(t *testing.T) {
	src := `<s><skip a=">"><deep><deeper/></deep><!-- </skip> --></skip><keep x="1"><in/></keep><skip/></s>`
	tr, err := parseXML([]byte(src), newBudget(), func(depth int, ns nsID, name string) bool { return name != "skip" })
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(tr); got != "0:s\n 0:keep 0:x=\"1\"\n  0:in\n" {
		t.Errorf("tree\n%s", got)
	}
}

func TestScannerUTF16(t *testing.T) {
	src := `<a b="ệ">Công</a>`
	var u []byte
	u = append(u, 0xFF, 0xFE)
	for _, r := range src {
		u = append(u, byte(r), byte(r>>8))
	}
	tr, err := parseXML(u, newBudget(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(tr); got != "0:a 0:b=\"ệ\" \"Công\"\n" {
		t.Errorf("tree %s", got)
	}
}

func TestScannerErrors(t *testing.T) {
	for src, want := range map[string]*xmlError{
		``:                           errEmpty,
		`   `:                        errEmpty,
		`<a>`:                        errNotClosed,
		`<a><b></a></b>`:             errSyntax,
		`<a></b>`:                    errSyntax,
		`<a b></a>`:                  errSyntax,
		`<a b="1></a>`:               errNotClosed,
		`<a b="<"/>`:                 errSyntax,
		`<a/><b/>`:                   errSyntax,
		`<a>&bogus;</a>`:             errEntity,
		`<a>&#0;</a>`:                errEntity,
		`<a>&#xD800;</a>`:            errEntity,
		`<a>&#99999999999;</a>`:      errEntity,
		`<a>& b</a>`:                 errEntity,
		`<!DOCTYPE a><a/>`:           errDoctype,
		`<a><!-- never ends</a>`:     errNotClosed,
		`<a><![CDATA[ never</a>`:     errNotClosed,
		"<a>\x00</a>":                errControl,
		"<a>\xff</a>":                errEncoding,
		`<`:                          errSyntax,
		`</a>`:                       errSyntax,
		`<a x="1" x2='2' / >`:        errSyntax,
		`<a ="1"/>`:                  errSyntax,
		`<a><?pi never ends</a>`:     errNotClosed,
		`<s><k><!DOCTYPE x></k></s>`: errDoctype,
	} {
		_, err := parseXML([]byte(src), newBudget(), func(depth int, _ nsID, name string) bool { return name != "k" })
		if !errors.Is(err, want) {
			t.Errorf("%q: error %v, want %v", src, err, want)
		}
	}
}

func TestScannerLimits(t *testing.T) {
	deep := strings.Repeat("<a>", MaxDepth+1) + strings.Repeat("</a>", MaxDepth+1)
	if _, err := parseXML([]byte(deep), newBudget(), nil); !errors.Is(err, errDepth) {
		t.Errorf("deep: %v", err)
	}
	ok := strings.Repeat("<a>", MaxDepth) + strings.Repeat("</a>", MaxDepth)
	if _, err := parseXML([]byte(ok), newBudget(), nil); err != nil {
		t.Errorf("%d levels: %v", MaxDepth, err)
	}
	b := &budget{elems: 10, attrs: 10}
	if _, err := parseXML([]byte("<a>"+strings.Repeat("<b/>", 10)+"</a>"), b, nil); !errors.Is(err, errElems) {
		t.Errorf("elements: %v", err)
	}
	b = &budget{elems: 10, attrs: 3}
	if _, err := parseXML([]byte(`<a x="1" y="2"><b z="3" w="4"/></a>`), b, nil); !errors.Is(err, errAttrs) {
		t.Errorf("attributes: %v", err)
	}
	many := "<a " + strings.Repeat(`x="1" `, MaxElementAttrs+1) + "/>"
	if _, err := parseXML([]byte(many), newBudget(), nil); !errors.Is(err, errAttrs) {
		t.Errorf("attributes of one element: %v", err)
	}
}

// oracle reads src with encoding/xml into the same dump, applying the
// same rules: text only for elements without children, xmlns attributes
// left out, namespaces by id. ok is false when encoding/xml refuses src
// or src is outside what the scanner promises to read the same way.
func oracle(src []byte) (string, bool) {
	// The scanner checks the whole part; encoding/xml lets a bad byte pass
	// in a comment or a processing instruction.
	if checkBytes(src) != nil {
		return "", false
	}
	if bytes.Contains(src, []byte("AlternateContent")) || bytes.Contains(src, []byte("\r")) || bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}) {
		return "", false
	}
	for rest := src; ; {
		i := bytes.Index(rest, []byte("<!"))
		if i < 0 {
			break
		}
		rest = rest[i+2:]
		if !bytes.HasPrefix(rest, []byte("--")) && !bytes.HasPrefix(rest, []byte("[CDATA[")) {
			return "", false // a directive: the scanner refuses them all
		}
	}
	d := xml.NewDecoder(bytes.NewReader(src))
	type el struct {
		line     string
		text     strings.Builder
		children []*el
		kids     bool
	}
	var root *el
	var stack []*el
	roots := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", false
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 {
				roots++
			}
			if len(stack) >= MaxDepth || roots > 1 {
				return "", false
			}
			e := &el{line: fmt.Sprintf("%d:%s", nsOf(tok.Name.Space), tok.Name.Local)}
			if tok.Name.Space == "" {
				e.line = "0:" + tok.Name.Local
			}
			for _, a := range tok.Attr {
				if a.Name.Space == "xmlns" || a.Name.Space == "" && a.Name.Local == "xmlns" {
					continue
				}
				id := nsOf(a.Name.Space)
				if a.Name.Space == "" {
					id = nsNone
				}
				if a.Name.Space == "xml" {
					id = nsXML
				}
				if unread(id, a.Name.Local) {
					continue // counted, not kept: the scanner's unread
				}
				e.line += fmt.Sprintf(" %d:%s=%q", id, a.Name.Local, a.Value)
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.children = append(p.children, e)
				p.kids = true
			} else {
				root = e
			}
			stack = append(stack, e)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && !stack[len(stack)-1].kids {
				stack[len(stack)-1].text.Write(tok)
			}
		}
	}
	if root == nil {
		return "", false
	}
	var b strings.Builder
	var walk func(e *el, depth int)
	walk = func(e *el, depth int) {
		b.WriteString(strings.Repeat(" ", depth) + e.line)
		if !e.kids && e.text.Len() > 0 {
			fmt.Fprintf(&b, " %q", e.text.String())
		}
		b.WriteByte('\n')
		for _, c := range e.children {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return b.String(), true
}

// FuzzXML checks the scanner against encoding/xml: what encoding/xml
// reads, the scanner reads to the same tree; and it never panics.
func FuzzXML(f *testing.F) {
	for _, s := range []string{
		`<a/>`, `<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r><w:t xml:space="preserve"> x </w:t></w:r></w:p>`,
		`<a b='1' c="&amp;&#65;">t<![CDATA[<c>]]>u<!-- c --></a>`, `<a xmlns="urn:x"><b xmlns=""/></a>`,
		`<?xml version="1.0"?><a><b>x</b>y</a>`, `<a>&lt;&gt;&quot;&apos;</a>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		tr, err := parseXML(src, newBudget(), nil)
		want, ok := oracle(src)
		if !ok {
			return
		}
		if err != nil {
			t.Fatalf("encoding/xml reads %q, the scanner says %v", src, err)
		}
		if got := dump(tr); got != want {
			t.Fatalf("%q\nscanner:\n%s\nencoding/xml:\n%s", src, got, want)
		}
	})
}

// TestParseInt holds the digits-only path of parseInt to the general one.
func TestParseInt(t *testing.T) {
	for _, v := range []string{"", "0", "7", "28", "007", "1134", "999999999", "1234567890", "99999999999", "-5", "+3", " 12", "12 ", "720.0", "24pt", "x", "1x", "٣"} {
		n, ok := parseInt(v)
		wn, wok := parseIntSlow(v)
		if n != wn || ok != wok {
			t.Errorf("parseInt(%q) = %d, %v; want %d, %v", v, n, ok, wn, wok)
		}
	}
}

// TestWattr: a w: attribute wins over an unprefixed one of the same
// name, wherever it stands; an unprefixed one is taken when alone.
func TestWattr(t *testing.T) {
	tr, err := parseXML([]byte(`<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:o="urn:o"><w:a val="1" o:val="2" w:val="3"/><w:b val="4" val2="5"/><w:c o:val="6"/></w:r>`), newBudget(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct {
		v  string
		ok bool
	}{{"3", true}, {"4", true}, {"", false}} {
		k := tr.nodes[0].first
		for range i {
			k = tr.nodes[k].next
		}
		if v, ok := tr.wattr(k, "val"); v != want.v || ok != want.ok {
			t.Errorf("element %d: wattr = %q, %v; want %q, %v", i, v, ok, want.v, want.ok)
		}
	}
}

// TestShortValue holds the loop that reads short attribute values to the
// IndexByte path it stands for: the same value, the same errors, at the
// edge of its 32 bytes and past it.
func TestShortValue(t *testing.T) {
	for _, v := range []string{"", "28", "a&amp;b", "a<b", `it"s`, strings.Repeat("x", 31), strings.Repeat("x", 32),
		strings.Repeat("x", 33), strings.Repeat("x", 40) + "&lt;", strings.Repeat("x", 31) + "<", "&bogus;", "&#0;"} {
		for _, q := range []string{`"`, `'`} {
			if strings.Contains(v, q) {
				continue
			}
			for _, tail := range []string{q + "/>", "", "/>", ">"} {
				src := "<a b=" + q + v + tail
				got, gerr := parseXML([]byte(src), newBudget(), nil)
				want, werr := longAttrValue(src, len("<a b="))
				switch {
				case werr != nil || tail != q+"/>":
					if werr == nil {
						werr = errNotClosed
					}
					if !errors.Is(gerr, werr) {
						t.Errorf("%s: error %v, want %v", src, gerr, werr)
					}
				case gerr != nil:
					t.Errorf("%s: error %v", src, gerr)
				case got.attrs[0].val != want:
					t.Errorf("%s: %q, want %q", src, got.attrs[0].val, want)
				}
			}
		}
	}
}

// longAttrValue is attribute's reading of a quoted value before
// shortValue: IndexByte for the quote, then for "<" and "&".
func longAttrValue(s string, i int) (string, error) {
	q := s[i]
	k := strings.IndexByte(s[i+1:], q)
	if k < 0 {
		return "", errNotClosed
	}
	v := s[i+1 : i+1+k]
	if strings.IndexByte(v, '<') >= 0 {
		return "", errSyntax
	}
	if strings.IndexByte(v, '&') >= 0 {
		return decodeRefs(v)
	}
	return v, nil
}
