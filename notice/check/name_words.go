package check

import (
	"strings"
	"unicode/utf8"
)

// nameWords writes the words of a name's normal form (normalForms) as
// they come: " " + the words joined by a space + " ", without a slice
// of the words or a join. One not started (open or from) takes no word
// and closes as "".
type nameWords struct {
	b strings.Builder
	n int // the words written
	// on: open or from was called
	on bool
}

// open starts the form, its room for about size bytes of words.
func (f *nameWords) open(size int) {
	f.b.Grow(size + 8)
	f.b.WriteByte(' ')
	f.on = true
}

// from starts the form with the words another holds so far.
func (f *nameWords) from(g *nameWords) {
	f.b.Grow(g.b.Len() + 16)
	f.b.WriteString(g.b.String())
	f.n, f.on = g.n, true
}

func (f *nameWords) started() bool { return f.on }

// add writes w after the words before it; nothing when not started.
func (f *nameWords) add(w string) {
	if !f.on {
		return
	}
	if f.n > 0 {
		f.b.WriteByte(' ')
	}
	f.b.WriteString(w)
	f.n++
}

// close ends the form with its space: "  " for no word, as " " + "" +
// " " was; "" when not started.
func (f *nameWords) close() string {
	if !f.on {
		return ""
	}
	f.b.WriteByte(' ')
	return f.b.String()
}

// trimNameMarks is strings.Trim(w, ".,;:–-“”\"'") read rune by rune
// from each end without building the cut set's table at each call.
func trimNameMarks(w string) string {
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !nameMark(r) {
			break
		}
		w = w[n:]
	}
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if !nameMark(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// nameMark reports whether r is one of the marks trimNameMarks cuts.
func nameMark(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '–', '-', '“', '”', '"', '\'':
		return true
	}
	return false
}
