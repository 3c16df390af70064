package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"

	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/plain"
)

// superscriptDigits are the note marks a text writes ("¹²" is note 12).
const superscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"

var mdNoteRef = lazyre.New(`\[\^([^\]\s]{1,32})\]`)

// inliner writes the text of paragraphs as the inline Markdown of a text
// field: characters that are markup escaped, footnote references put back
// where the file wrote them, and, for a Markdown file, its emphasis.
type inliner struct {
	f *plain.File
	// notes are the footnote numbers the notice defines; a mark without
	// one ("m²") is kept as the character it was.
	notes map[string]bool
	md    bool
}

// text returns the text of p from byte from of p.Text on.
func (in *inliner) text(p plain.Para, from int) string {
	return in.span(p, from, len(p.Text))
}

// span returns bytes [from, to) of p.Text as inline Markdown.
func (in *inliner) span(p plain.Para, from, to int) string {
	from, to = max(0, min(from, len(p.Text))), max(0, min(to, len(p.Text)))
	var plainOut, rich strings.Builder
	marks := false
	if in.md && from < to {
		if g := in.leadGap(p, from); g != "" {
			rich.WriteString(g)
			marks = true
		}
	}
	for i := from; i < to; {
		r, w := utf8.DecodeRuneInString(p.Text[i:])
		esc := escapeRune(r)
		if r == '*' && i > 0 && i+1 < len(p.Text) && p.Text[i-1] == ' ' && p.Text[i+1] == ' ' {
			esc = "*" // a star between spaces is no emphasis: "5 * 3", as the file wrote it
		}
		plainOut.WriteString(esc)
		rich.WriteString(esc)
		refs, all, emph := in.marks(in.gap(p, i, i+w))
		plainOut.WriteString(refs)
		rich.WriteString(all)
		marks = marks || emph
		i += w
	}
	out := strings.TrimSpace(rich.String())
	if marks && (!sameText(out, plainOut.String()) || allStyled(out)) {
		return clean(plainOut.String())
	}
	return clean(out)
}

// allStyled reports whether the whole of a text is in one emphasis, as a
// heading or a trích yếu is: the renderer gives it its style.
func allStyled(s string) bool {
	style, seen := body.Style(0), false
	for _, r := range body.Parse(s) {
		if strings.TrimSpace(r.Text) == "" && r.Note == "" {
			continue
		}
		if r.Style == 0 || seen && r.Style != style {
			return false
		}
		style, seen = r.Style, true
	}
	return seen
}

// sameText reports whether the Markdown rich reads as the text of plain:
// emphasis put back from the file is kept only when it is balanced.
// Asterisks are not compared: the reader takes those of emphasis out of
// Markdown and keeps one that stands alone ("5 * 3").
func sameText(rich, plainText string) bool {
	a, b := body.Parse(rich), body.Parse(plainText)
	noStars := strings.NewReplacer("*", "", " ", "")
	pa := body.Plain(a)
	return noStars.Replace(pa) == noStars.Replace(body.Plain(b)) && strings.Join(body.Notes(a), " ") == strings.Join(body.Notes(b), " ") &&
		loneStars(pa)
}

// loneStars reports whether every asterisk left in a text stands alone
// between spaces: one next to a word is emphasis that did not pair.
func loneStars(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '*' {
			continue
		}
		j := i
		for j < len(s) && s[j] == '*' {
			j++
		}
		if i > 0 && s[i-1] != ' ' || j < len(s) && s[j] != ' ' {
			return false
		}
		i = j
	}
	return true
}

// gap returns what the file has between the character at bytes [i, j) of
// p.Text and the next one (or the end of its line for the last one of the
// span): the marks the reader took out. The character itself is skipped,
// with the combining marks NFC joined to it.
func (in *inliner) gap(p plain.Para, i, j int) string {
	src := in.f.Text
	start := p.Offset(i)
	if start < 0 || start >= len(src) {
		return ""
	}
	end := len(src)
	if j < len(p.Text) {
		end = p.Offset(j)
	}
	if end <= start {
		return ""
	}
	g := src[start:end]
	_, w := utf8.DecodeRuneInString(g)
	g = g[w:]
	for len(g) > 0 {
		r, w := utf8.DecodeRuneInString(g)
		if !unicode.Is(unicode.Mn, r) {
			break
		}
		g = g[w:]
	}
	if k := strings.IndexByte(g, '\n'); k >= 0 {
		g = g[:k]
	}
	return g
}

// leadGap returns the emphasis marks of a Markdown file just before byte
// from of p.Text, on the same line.
func (in *inliner) leadGap(p plain.Para, from int) string {
	src := in.f.Text
	at := p.Offset(from)
	if at <= 0 || at > len(src) {
		return ""
	}
	k := at
	for k > 0 && (src[k-1] == '*' || src[k-1] == '_') {
		k--
	}
	return src[k:at]
}

// marks reads a gap: footnote references (superscript digits, [^n]) and,
// in Markdown, the emphasis marks (runs of * and _). refs are the
// references alone, all the references and the marks in their order.
func (in *inliner) marks(gap string) (refs, all string, emph bool) {
	if gap == "" {
		return "", "", false
	}
	var r, a strings.Builder
	for i := 0; i < len(gap); {
		if m := mdNoteRef().FindStringSubmatchIndex(gap[i:]); m != nil && m[0] == 0 {
			ref := in.ref(gap[i+m[2]:i+m[3]], "[^"+gap[i+m[2]:i+m[3]]+"]")
			r.WriteString(ref)
			a.WriteString(ref)
			i += m[1]
			continue
		}
		c, w := utf8.DecodeRuneInString(gap[i:])
		switch {
		case strings.ContainsRune(superscriptDigits, c):
			j := i
			var num strings.Builder
			for j < len(gap) {
				c2, w2 := utf8.DecodeRuneInString(gap[j:])
				k := strings.IndexRune(superscriptDigits, c2)
				if k < 0 {
					break
				}
				num.WriteByte(byte('0' + utf8.RuneCountInString(superscriptDigits[:k])))
				j += w2
			}
			ref := in.ref(num.String(), gap[i:j])
			r.WriteString(ref)
			a.WriteString(ref)
			i = j
			continue
		case in.md && (c == '*' || c == '_'):
			a.WriteRune(c)
			emph = true
		}
		i += w
	}
	return r.String(), a.String(), emph
}

// ref is a footnote reference to note n, or, when the notice has no such
// note, the mark as the file wrote it.
func (in *inliner) ref(n, written string) string {
	if in.notes[n] {
		return "[^" + n + "]"
	}
	if strings.HasPrefix(written, "[^") {
		return `\` + written
	}
	return written
}

// escapeRune writes a character of text so that inline Markdown reads it
// as itself.
func escapeRune(r rune) string {
	switch r {
	case '\\', '*', '_', '[':
		return `\` + string(r)
	}
	return string(r)
}

// escapeText escapes a whole text.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(escapeRune(r))
	}
	return clean(b.String())
}
