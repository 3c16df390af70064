package check

import "sync"

// The lexicons of a process. An archive repeats its vocabulary from one
// notice to the next, so a view does not make its lexemes afresh: it
// takes a lexicon a finished check gave back, with the words it met and
// the forms worked out for them, and gives it back when its own check
// is done (Notice, Text, Word). A lexicon serves one view at a time, so
// that the workers of a batch (`batch -j`) never share one; what a form
// holds that is a notice's own carries the lexicon's generation
// (lexeme.glueGen).
var lexicons struct {
	sync.Mutex
	free []*lexicon
}

// maxLexemes is the most words a lexicon given back is kept with: past
// it, it is dropped and a fresh one made (some 32,000 words, a few
// megabytes), so that an archive of many vocabularies does not grow the
// process without end.
const maxLexemes = 1 << 15

// lexicon returns the view's lexicon, taken on first use.
func (v *View) lexicon() *lexicon {
	if v.lexemes == nil {
		v.lexemes = takeLexicon()
	}
	return v.lexemes
}

// takeLexicon returns a lexicon no view holds, one given back when there
// is one, with its generation moved on.
func takeLexicon() *lexicon {
	lexicons.Lock()
	var l *lexicon
	if n := len(lexicons.free); n > 0 {
		l = lexicons.free[n-1]
		lexicons.free = lexicons.free[:n-1]
	}
	lexicons.Unlock()
	if l == nil {
		l = &lexicon{}
	}
	l.gen++
	return l
}

// releaseLexicon gives the view's lexicon back once its check is done:
// the view's indexes, which point into it and into its slabs, are dropped
// with it, so that the view, asked again, makes its own; the next view
// that takes the lexicon writes its indexes over the same slabs.
func (v *View) releaseLexicon() {
	l := v.lexemes
	if l == nil {
		return
	}
	v.lexemes, v.indexes, v.indexAt = nil, nil, indexTable{}
	if l.n > maxLexemes {
		return
	}
	l.slabs.reuse()
	lexicons.Lock()
	lexicons.free = append(lexicons.free, l)
	lexicons.Unlock()
}
