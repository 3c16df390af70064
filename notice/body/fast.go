package body

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/body/internal/goldmark/util"
)

// fastParse reads src without goldmark when src keeps to the markup the
// notices' fields use: pairs of "*", "**" or "***" that plainly open and
// close (an opening run can only open, a closing run can only close, by
// goldmark's own flanking test, and the pairs do not nest or cross),
// footnote references and backslash escapes. ok is false for anything else
// (an underscore, a control character, a space at either end, invalid
// UTF-8 beside a run of stars, a run of stars left over, or one that could both open and close
// where no run of its length is open),
// which parse then leaves to goldmark. Where ok is true the runs are
// goldmark's (FuzzFastParse, TestFastParseRandom, TestFastParseFields).
func fastParse(src string) (runs []Run, ok bool) {
	n := len(src)
	if n == 0 || src[0] == ' ' || src[n-1] == ' ' {
		return nil, false
	}
	var style Style
	open := 0  // the length of the open run of stars, 0 when none is open
	start := 0 // where the text since the last inline node starts
	flush := func(end int) {
		if end > start {
			text := src[start:end]
			if strings.IndexByte(text, '\\') >= 0 {
				text = unescape([]byte(text))
			}
			runs = appendText(runs, text, style, start)
		}
	}
	for i := 0; i < n; {
		if !markByte[src[i]] {
			i++
			continue
		}
		switch c := src[i]; {
		case c < ' ' || c == 0x7f || c == '_':
			return nil, false
		case c == '\\':
			// goldmark does not look for markup at an escaped punctuation
			// mark; unescape drops the backslash.
			if i+1 < n && util.IsPunct(src[i+1]) {
				i += 2
			} else {
				i++
			}
		case c == '[':
			label, end := noteAt(src[i:])
			if end == 0 {
				i++ // a "[" that opens no reference is text, as goldmark reads it
				continue
			}
			flush(i)
			runs = append(runs, Run{Note: label, Style: style, Off: i})
			i += end
			start = i
		case c == '*':
			j := i + 1
			for j < n && src[j] == '*' {
				j++
			}
			before, after := rune('\n'), rune(' ') // what goldmark takes at the ends
			if i > 0 {
				before, _ = utf8.DecodeLastRuneInString(src[:i])
			}
			if j < n {
				after, _ = utf8.DecodeRuneInString(src[j:])
			}
			if before == utf8.RuneError || after == utf8.RuneError {
				// Invalid UTF-8 beside the stars, which goldmark
				// decodes its own way (or a U+FFFD, declined alike).
				return nil, false
			}
			canOpen, canClose := flanking(before, after)
			switch k := j - i; {
			case open == 0 && k <= 3 && canOpen && !canClose:
				flush(i)
				open, style = k, starStyle(k)
			case open == k && canClose:
				// A run that could also open ("**82%**,") closes the
				// open one: goldmark matches a closer to the nearest
				// opener, and runs of equal length are never held apart
				// by the rule of three.
				flush(i)
				open, style = 0, 0
			default:
				return nil, false
			}
			i = j
			start = i
		}
	}
	if open != 0 {
		return nil, false
	}
	flush(n)
	return runs, true
}

// markByte marks the bytes fastParse stops at; the rest are text.
var markByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c < ' ' || c == 0x7f || c == '_' || c == '\\' || c == '[' || c == '*'
	}
	return t
}()

// flanking is goldmark's test of a run of stars (parser.ScanDelimiter)
// between the characters before and after it.
func flanking(before, after rune) (canOpen, canClose bool) {
	beforePunct, beforeSpace := util.IsPunctRune(before), util.IsSpaceRune(before)
	afterPunct, afterSpace := util.IsPunctRune(after), util.IsSpaceRune(after)
	canOpen = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
	canClose = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
	return canOpen, canClose
}

// starStyle is the style of text between runs of k stars.
func starStyle(k int) Style {
	switch k {
	case 1:
		return Italic
	case 2:
		return Bold
	}
	return Bold | Italic
}

// noteAt reads a footnote reference at the start of s as noteParser does:
// its label and length, or 0 when s opens none.
func noteAt(s string) (label string, end int) {
	if len(s) < 4 || s[1] != '^' {
		return "", 0
	}
	k := 2
	for k < len(s) && s[k] != ']' {
		k++
	}
	if k == len(s) || k < 3 || k > 34 {
		return "", 0
	}
	for _, c := range []byte(s[2:k]) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return "", 0 // not isLabel
		}
	}
	return s[2:k], k + 1
}
