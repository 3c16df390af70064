package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// maxQuote is the most characters a finding's message quotes of the text:
// enough for the words around what it names, never a whole paragraph.
// maxFixQuote bounds a fix's quotation, most often the whole line
// rewritten ("viết ..."), which a clerk copies as it is.
const (
	maxQuote    = 80
	maxFixQuote = 240
)

// boundQuotes shortens each quotation of a finding's message or fix ("%q"
// of the text) to max characters, ending it with "…".
func boundQuotes(t diag.Text, max int) diag.Text {
	return diag.Text{VI: boundQuotesIn(t.VI, max), EN: boundQuotesIn(t.EN, max)}
}

// boundQuotesIn shortens the Go-quoted strings of s longer than max
// characters; s without a long one comes back as it is.
func boundQuotesIn(s string, max int) string {
	if len(s) <= max+2 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		end := quoteEnd(s, i+1)
		if end < 0 {
			break
		}
		if cut := clipQuoted(s[i+1:end], max); cut != "" {
			if b.Len() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[last : i+1])
			b.WriteString(cut)
			last = end
		}
		i = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// quoteEnd returns the offset of the '"' closing the quoted string whose
// content starts at from, or -1.
func quoteEnd(s string, from int) int {
	for j := from; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '"':
			return j
		}
	}
	return -1
}

// clipQuoted returns the content q of a quotation cut to max
// characters with "…", on a space when one is near the end, or "" when q is
// short enough. An escape ("\"", "\u00a0") is never cut.
func clipQuoted(q string, max int) string {
	n, cut, space := 0, -1, -1
	for j := 0; j < len(q); n++ {
		if n == max {
			cut = j
			break
		}
		if q[j] == ' ' {
			space = j
		}
		j += unitLen(q[j:])
	}
	if cut < 0 {
		return ""
	}
	if space > cut-max/4 && space > 0 {
		cut = space
	}
	return strings.TrimRight(q[:cut], " ") + "…"
}

// unitLen is the length of the character or escape at the start of q.
func unitLen(q string) int {
	if q[0] != '\\' || len(q) < 2 {
		_, w := utf8.DecodeRuneInString(q)
		return w
	}
	switch q[1] {
	case 'x':
		return min(4, len(q))
	case 'u':
		return min(6, len(q))
	case 'U':
		return min(10, len(q))
	}
	return 2
}

// excerpt cuts a piece of the text put in a message as it is (a list
// number, not quoted) to maxQuote characters, ending it with "…".
func excerpt(s string) string {
	if len(s) <= maxQuote {
		return s
	}
	n := 0
	for i := range s {
		if n == maxQuote {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
