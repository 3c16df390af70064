package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// quiWordRe finds "qui" before the second syllable of a Sino-Vietnamese
// word that administrative Vietnamese writes with "quy" only: "qui định",
// "Qui chế", "QUI TRÌNH". The decree writes "quy định" throughout, as the
// spelling rules of the Bộ Giáo dục (Quyết định 240/QĐ, 1984) write "quy"
// after "qu"; the corpus's văn thư list every "qui định" they meet, in six
// offices of six rounds. "kì"/"kỳ", "lí"/"lý" stay the concern of the
// pairs written two ways, as does "qui" beside "quy" in one text. It is
// a leadExpr, tried only at "qui" in any case: run over a whole text, the
// regexp package tried its lead class from every byte.
var quiWordRe = sync.OnceValue(func() *leadExpr {
	return newLeadExpr(`(?i)`, `[^\p{L}]`, `(qui)\s+(định|chế|trình|hoạch|mô|tắc|chuẩn|cách|phạm|ước|luật)(?:$|[^\p{L}])`, "qui")
})

// quiAlone reports "qui định" and its kin in a notice that never writes
// the word with "quy" (when it does, the pair is reported as written two
// ways): once a line, at the first, with how many more the line holds.
func quiAlone(p *Pass, segs []*Seg) {
	type hit struct {
		seg      *Seg
		off      int
		word, as string
	}
	var hits []hit
	for _, s := range segs {
		for _, m := range quiWordRe().findAllIn(p.View, s.Text) {
			word := s.Text[m[2]:m[5]]
			hits = append(hits, hit{s, m[2], word, quyFor(word)})
		}
	}
	if len(hits) == 0 {
		return // nearly every notice: its words with "quy" need not be read
	}
	quy := map[string]bool{}
	for _, s := range segs {
		low := strings.ToLower(s.Text)
		for _, w := range []string{"định", "chế", "trình", "hoạch", "mô", "tắc", "chuẩn", "cách", "phạm", "ước", "luật"} {
			if strings.Contains(low, "quy "+w) {
				quy[w] = true
			}
		}
	}
	perLine := map[int]int{}
	for _, h := range hits {
		perLine[h.seg.PosAt(h.off).Line]++
	}
	said := map[int]bool{}
	for _, h := range hits {
		second := strings.ToLower(strings.Fields(h.word)[1])
		line := h.seg.PosAt(h.off).Line
		if quy[second] || said[line] {
			continue
		}
		said[line] = true
		msg := diag.Msg("%q: văn bản hành chính viết %q", "%q: administrative texts write %q", h.word, h.as)
		if n := perLine[line]; n > 1 {
			msg = diag.Msg("%q: văn bản hành chính viết %q (dòng này viết %d lần)", "%q: administrative texts write %q (%d times on this line)", h.word, h.as, n)
		}
		p.Report(h.seg, h.off, msg, diag.Msg("viết %q", "write %q", h.as))
	}
}

// quyFor is the word with "quy" for "qui", in the case it is written:
// "Qui định" → "Quy định", "QUI ĐỊNH" → "QUY ĐỊNH".
func quyFor(word string) string {
	r := []rune(word)
	switch r[2] {
	case 'i':
		r[2] = 'y'
	case 'I':
		r[2] = 'Y'
	}
	return string(r)
}
