package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// A Nơi nhận line that sends the document to those an Điều names writes
// "Điều" with its capital, as every citation of an article does (Phụ lục
// II): "- Như Điều 3;".

// recipientArticleCase reports "Như điều 3" in a Nơi nhận line.
func recipientArticleCase(p *Pass, seg *Seg) {
	s := seg.Text
	i := indexLit(s, "hư điều ")
	if i < 1 || s[i-1] != 'N' && s[i-1] != 'n' {
		return
	}
	i--
	j := i + len("Như điều ")
	k := j
	for k < len(s) && '0' <= s[k] && s[k] <= '9' {
		k++
	}
	if k == j || k-j > 3 {
		return
	}
	if i > 0 && strings.TrimSpace(strings.TrimLeft(s[:i], "-–+•")) != "" {
		return // "Như" does not open the line
	}
	wrote := s[i:k]
	right := strings.Replace(wrote, "điều", "Điều", 1)
	p.Report(seg, i+len("Như "), diag.Msg("%q: chữ \"Điều\" viết hoa, %q", "%q: \"Điều\" takes its capital, %q", wrote, right),
		diag.Msg("viết %q", "write %q", right))
}
