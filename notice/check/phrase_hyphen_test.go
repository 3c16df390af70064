package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestHyphenSlipsAsWalked runs phrase-typo whole on every notice and text
// of testdata and on 100 notices of made lines, with the compounds
// written without their hyphen read at the words of hyphenStarts and
// with the walk over every token as it stood at main 989be3be
// (hyphenSlipsWalked): the findings, both languages' message and fix,
// equal in number, order and text.
func TestHyphenSlipsAsWalked(t *testing.T) {
	views := append(testdataViews(t), madeHyphenViews(t)...)
	walked := func(p *Pass) { phraseTypoBy(p, hyphenSlipsWalked) }
	sameAsOld(t, views, "phrase-typo", walked, nil, 100)
	n := 0
	for _, v := range views {
		r, _ := Lookup("phrase-typo")
		for _, f := range startFindings(r, v, walked) {
			if strings.Contains(f, " - ") {
				n++
			}
		}
	}
	t.Logf("phrase-typo: %d of them a compound's hyphen", n)
	if n < 20 {
		t.Errorf("%d findings of a compound's hyphen: the comparison shows too little", n)
	}
}

// madeHyphenViews are notices of made lines: the compounds' words in their
// cases, spaced, glued, with hyphens, dashes and marks between them.
func madeHyphenViews(t *testing.T) []*View {
	pieces := []string{
		"kinh tế", "Kinh tế", "KINH TẾ", "kinh", "tế", "chính trị", "Chính trị", "chính", "văn hóa", "Văn hóa", "văn hoá", "văn",
		"xã hội", "Xã hội", "xã", "hội", "kỹ thuật", "kĩ thuật", "kỹ", "thuật", " ", " ", " ", "  ", "\u00a0", " - ", "-", " – ", "–",
		",", ", ", ".", "(", ")", "phát triển ", "các tổ chức ", "báo cáo ", "khu ", "\t", "1", "kinh2", "Xkinh",
	}
	return madeViews(t, pieces, 8531)
}

// hyphenSlipsWalked is hyphenSlips as it stood at main 989be3be: a walk
// over every token of the text.
func hyphenSlipsWalked(p *Pass, seg *Seg, toks []token) {
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
