package markdown

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// inlineEscaper escapes the characters that can start inline markup
// anywhere in a line: emphasis, code, links, raw HTML, entities, GFM tables
// and strikethrough.
//
// The autolinks of GFM ("https://...", "www....", an e-mail address) are
// broken by escaping the ":", the "." after "www" and the "@": the text
// reads the same and is never a link.
var inlineEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `|`, `\|`, `~`, `\~`,
	`://`, `\://`, `www.`, `www\.`, `WWW.`, `WWW\.`, `@`, `\@`,
)

// needsInlineEscape reports whether inlineEscaper would change s: whether
// one of its patterns occurs. Most texts hold none, and the replacer, whose
// patterns are not all one byte, walks its trie at every byte and copies
// the text even then.
func needsInlineEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		if !escapeStart[s[i]] {
			continue
		}
		switch s[i] {
		case '\\', '`', '*', '_', '[', ']', '<', '|', '~', '@':
			return true
		case ':':
			if strings.HasPrefix(s[i:], "://") {
				return true
			}
		case 'w', 'W':
			if strings.HasPrefix(s[i:], "www.") || strings.HasPrefix(s[i:], "WWW.") {
				return true
			}
		}
	}
	return false
}

// escapeStart marks the bytes a pattern of inlineEscaper starts with.
var escapeStart = func() (t [256]bool) {
	for _, c := range []byte("\\`*_[]<|~@:wW") {
		t[c] = true
	}
	return t
}()

// entity matches what CommonMark would read as an entity or character
// reference: "&amp;", "&#8212;".
var entity = lazyre.New(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// blockStart matches what would make a line start a block: a heading, a
// quote, a list item, a thematic break or setext underline.
var blockStart = lazyre.New(`^(?:[#>+=-]|\d{1,9}[.)](?:[ \t]|$))`)

// escape returns s escaped for use inside a paragraph; atStart says s
// begins the line. Texts come trimmed from the model, so a line never
// starts with white space that would make it a code block.
func escape(s string, atStart bool) string {
	if needsInlineEscape(s) {
		s = inlineEscaper.Replace(s)
	}
	if strings.Contains(s, "&") {
		s = entity().ReplaceAllString(s, `\&$1;`)
	}
	if atStart {
		if m := blockStart().FindStringIndex(s); m != nil {
			// Escape the punctuation mark: "#" or the "." of "1.".
			k := m[0]
			if s[k] >= '0' && s[k] <= '9' {
				k = strings.IndexAny(s, ".)")
			}
			s = s[:k] + `\` + s[k:]
		}
	}
	return s
}

// Escape returns s escaped as the text of a paragraph or a table cell,
// for printers that write Markdown of their own (the register of tasks).
func Escape(s string) string { return escape(s, true) }
