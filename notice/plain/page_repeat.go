package plain

import (
	"strings"
	"unicode/utf8"
)

// A page may print a whole post a second time under it, its title, stamp,
// body and link to the file again (a portal's view of the post over its
// print view). markRepeatedPost marks the repeat as the page's: no
// notice writes its own paragraphs twice, in order, to its end.

// repeatLines is how many long lines (repeatWords words at least) a
// repeat of the post holds at least, repeatRunes how many characters
// its matched lines hold at least, repeatOdd how many of its lines may be
// no line of the first copy (the page's stamp printed another way:
// "Ngày 17/02/2021 00:00:00" over "Đăng lúc: 17/02/2021 00:00:00 (GMT+7)").
const (
	repeatLines = 3
	repeatWords = 8
	repeatRunes = 300
	repeatOdd   = 2
)

// markRepeatedPost marks as the page's the lines from the first that
// opens a run, to the text's last line, in which every line but
// repeatOdd at most repeats a line above the run, in the same order,
// the run's first and last lines among them, with repeatLines lines of
// repeatWords words at least and repeatRunes characters in all.
func markRepeatedPost(out []line) {
	var idx []int      // the lines of text
	var texts []string // each one's words joined by one space, made once
	var words []int    // and how many words it holds
	for i, l := range out {
		if l.cells != nil || l.page || strings.TrimSpace(l.text) == "" {
			continue
		}
		f := strings.Fields(l.text)
		idx, texts, words = append(idx, i), append(texts, strings.Join(f, " ")), append(words, len(f))
	}
	for b := 1; b+repeatLines <= len(idx); b++ {
		if words[b] < echoWords {
			continue
		}
		if repeatsAbove(texts, words, b) {
			for _, i := range idx[b:] {
				out[i].page = true
			}
			return
		}
	}
}

// repeatsAbove reports whether the lines texts[b:] repeat lines of
// texts[:b] in order, as markRepeatedPost asks; words[k] is how many
// words texts[k] holds.
func repeatsAbove(texts []string, words []int, b int) bool {
	a, odd, long, runes := 0, 0, 0, 0
	for k := b; k < len(texts); k++ {
		t := texts[k]
		m := -1
		for j := a; j < b; j++ {
			if texts[j] == t {
				m = j
				break
			}
		}
		if m < 0 {
			if k == b || k == len(texts)-1 {
				return false
			}
			if odd++; odd > repeatOdd {
				return false
			}
			continue
		}
		a = m + 1
		runes += utf8.RuneCountInString(t)
		if words[k] >= repeatWords {
			long++
		}
	}
	return long >= repeatLines && runes >= repeatRunes
}
