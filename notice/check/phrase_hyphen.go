package check

import (
	"sort"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// hyphenPairs are the compounds of two fields written with a spaced
// hyphen, "phát triển kinh tế - xã hội", "các tổ chức chính trị - xã
// hội", "báo cáo kinh tế - kỹ thuật" (Luật Xây dựng): the phrase list
// holds them, but phrase-typo reads a hyphen as a space, so that the
// compound written without it, "kinh tế xã hội", is no near-miss of it.
var hyphenPairs = sync.OnceValue(func() [][4]string {
	var out [][4]string
	for _, p := range []string{"kinh tế - xã hội", "chính trị - xã hội", "kinh tế - kỹ thuật", "văn hóa - xã hội"} {
		t := phraseTokens(p)
		out = append(out, [4]string{t[0], t[1], t[2], t[3]})
	}
	return out
})

// hyphenStarts are the words a compound of hyphenPairs starts with,
// "kinh", "chính", "văn", in any case (the token's own case is asked
// after): hyphenSlips reads the tokens at those words alone.
var hyphenStarts = newStartSet(func(x *lexeme) bool {
	f := x.folded()
	for _, h := range hyphenPairs() {
		if f == h[0] {
			return true
		}
	}
	return false
})

// hyphenSlips finds those compounds written without their hyphen, in
// small letters: a name in capitals ("Trường Cao đẳng Kinh tế Kỹ thuật
// ...") is written as its office writes it. It reads only the tokens
// that start where a word of hyphenStarts does (a token of letters is a
// word of the text index, the same run), found by halves; a compound
// reported is skipped whole, as a walk over every token skipped it.
func hyphenSlips(p *Pass, seg *Seg, toks []token) {
	words := p.View.index(seg.Text).words
	next := 0 // the first token a compound may start at
	for _, k := range p.View.startsOf(seg.Text, hyphenStarts) {
		off := words[k].off
		i := sort.Search(len(toks), func(j int) bool { return toks[j].off >= off })
		if i < next || i+3 >= len(toks) || toks[i].off != off {
			continue
		}
		if hyphenSlipAt(p, seg, toks, i) {
			next = i + 4
		}
	}
}

// hyphenSlipAt reports the compound of hyphenPairs that toks[i:i+4]
// write without their hyphen, if they do, and whether it did.
func hyphenSlipAt(p *Pass, seg *Seg, toks []token, i int) bool {
	if toks[i].upper {
		return false
	}
	for _, h := range hyphenPairs() {
		if toks[i].text != h[0] || toks[i+1].text != h[1] || toks[i+2].text != h[2] || toks[i+3].text != h[3] {
			continue
		}
		if strings.Trim(seg.Text[toks[i+1].end:toks[i+2].off], " \u00a0") != "" {
			return false // a hyphen, a dash or a mark stands between the two fields
		}
		written := seg.Text[toks[i].off:toks[i+3].end]
		right := seg.Text[toks[i].off:toks[i+1].end] + " - " + seg.Text[toks[i+2].off:toks[i+3].end]
		p.Report(seg, toks[i].off, diag.Msg("%q: có phải viết nhầm %q?", "%q: a slip for %q?", written, right),
			diag.Msg("viết %q", "write %q", right))
		return true
	}
	return false
}
