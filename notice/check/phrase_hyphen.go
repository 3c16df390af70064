package check

import (
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

// hyphenSlips finds those compounds written without their hyphen, in
// small letters: a name in capitals ("Trường Cao đẳng Kinh tế Kỹ thuật
// ...") is written as its office writes it.
func hyphenSlips(p *Pass, seg *Seg, toks []token) {
	for i := 0; i+3 < len(toks); i++ {
		if w := toks[i].text; toks[i].upper || w == "" || w[0] != 'k' && w[0] != 'c' && w[0] != 'v' {
			continue // each compound starts "kinh", "chính" or "văn"
		}
		for _, h := range hyphenPairs() {
			if toks[i].text != h[0] || toks[i+1].text != h[1] || toks[i+2].text != h[2] || toks[i+3].text != h[3] {
				continue
			}
			if strings.Trim(seg.Text[toks[i+1].end:toks[i+2].off], " \u00a0") != "" {
				break // a hyphen, a dash or a mark stands between the two fields
			}
			written := seg.Text[toks[i].off:toks[i+3].end]
			right := seg.Text[toks[i].off:toks[i+1].end] + " - " + seg.Text[toks[i+2].off:toks[i+3].end]
			p.Report(seg, toks[i].off, diag.Msg("%q: có phải viết nhầm %q?", "%q: a slip for %q?", written, right),
				diag.Msg("viết %q", "write %q", right))
			i += 3
			break
		}
	}
}
