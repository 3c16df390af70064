package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// stateBefore are the words after which "nhà nước" can only be the noun,
// the State, which Phụ lục II, Mục V, khoản 1 writes "Nhà nước": "nộp
// cho nhà nước", "của nhà nước", "do nhà nước quản lý". After a noun
// ("cơ quan nhà nước", "ngân sách nhà nước", "quản lý nhà nước") it
// qualifies that noun and stays in small letters.
var stateBefore = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"cho": true, "của": true, "do": true}
})

// stateNoun reports "nhà nước" in small letters after one of
// stateBefore, outside a quotation.
func stateNoun(p *Pass) {
	for _, seg := range unquotedWith(p.View, litNhaNuoc) {
		words := p.View.words(seg.Text)
		for i := 1; i+1 < len(words); i++ {
			if words[i].text != "nhà" || words[i+1].text != "nước" || !contiguous(seg.Text, words[i-1:i+2]) ||
				!stateBefore()[strings.ToLower(words[i-1].text)] || quoted(seg.Text, words[i].off) {
				continue
			}
			p.Report(seg, words[i].off, diag.Msg("\"nhà nước\" chỉ Nhà nước viết hoa: \"Nhà nước\"", "\"nhà nước\" naming the State is written \"Nhà nước\""),
				diag.Msg("viết \"Nhà nước\"", "write \"Nhà nước\""))
		}
	}
}

var litNhaNuoc = newLiteral("nhà nước")
