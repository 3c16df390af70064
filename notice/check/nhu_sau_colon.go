package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "nhu-sau-colon", Severity: diag.Warning, Ref: diag.Practice, Run: nhuSauColon, Gate: needs(trigNhuSau),
		Title: diag.Msg("sau \"như sau\" đặt dấu hai chấm", "a colon after \"như sau\""),
		Help:  diag.Msg("\"như sau\" dẫn vào nội dung kể tiếp theo: viết \"... cụ thể như sau:\"", "\"như sau\" (as follows) leads into what it announces: write \"... cụ thể như sau:\"")})
}

// nhuSauColon finds "như sau" (as follows) closed by a full stop ("...
// thông báo các khoản thu vụ chiêm năm 2019 cụ thể như sau.") or ending
// its paragraph with no mark, where what it announces follows: the
// phrase leads into the points or the paragraph after it, and the colon
// is what says so ("cụ thể như sau:"). A semicolon or a comma that ends
// the paragraph after it ("... như sau;") stands where the colon goes too;
// one with words after it is the sentence's. The notice's last
// paragraph, and a quotation, are left alone.
func nhuSauColon(p *Pass) {
	body := p.View.bodySegs()
	for i, seg := range body {
		s := seg.Text
		for at := 0; ; {
			k := indexLit(s[at:], "như sau")
			if k < 0 {
				break
			}
			k += at
			at = k + len("như sau")
			if k > 0 && !strings.ContainsRune(" \t(", rune(s[k-1])) {
				continue // part of a longer word
			}
			rest := strings.TrimRight(s[at:], " \t")
			switch {
			case strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, ".."):
			case (rest == "" || rest == ";" || rest == ",") && i+1 < len(body):
			default:
				continue
			}
			if quoted(s, k) {
				continue
			}
			p.Report(seg, k, diag.Msg("\"như sau\" không có dấu hai chấm dẫn vào nội dung tiếp theo", "\"như sau\" has no colon to lead into what follows"),
				diag.Msg("viết \"như sau:\"", "write \"như sau:\""))
		}
	}
}
