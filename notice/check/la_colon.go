package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "la-colon", Severity: diag.Info, Ref: diag.Practice, Run: laColon, Gate: laColonGate,
		Title: diag.Msg("không đặt dấu hai chấm sau chữ \"là\"", "no colon after \"là\""),
		Help:  diag.Msg("\"là\" đã dẫn vào điều được nói: bỏ dấu hai chấm, hoặc bỏ chữ \"là\" và giữ dấu hai chấm", "\"là\" already leads into what follows: drop the colon, or drop \"là\" and keep the colon")})
}

// laColon finds a colon after "là" ("Tuổi của học sinh vào học lớp 6
// là: 11 tuổi", "Tiêm tại gia đình là: 10.000 đồng/con"): the verb and
// the colon each lead into what follows, and one of them is too many
// ("... lớp 6 là 11 tuổi", "Tiêm tại gia đình: 10.000 đồng/con"). A
// quotation is left as written.
func laColon(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive || !strings.Contains(seg.Text, ":") {
			continue
		}
		x := p.View.index(seg.Text)
		for i, w := range x.words {
			if w.text != "là" && w.text != "Là" {
				continue
			}
			rest := seg.Text[w.end:]
			after := strings.TrimLeft(rest, " ")
			if !strings.HasPrefix(after, ":") || len(rest)-len(after) > 1 || quoted(seg.Text, w.off) {
				continue
			}
			from := w.off
			if i > 0 {
				from = x.words[i-1].off
			}
			written := seg.Text[from : w.end+len(rest)-len(after)+1]
			p.Report(seg, w.off, diag.Msg("%q: dấu hai chấm đứng sau chữ \"là\"", "%q: a colon after \"là\"", written),
				diag.Msg("viết %q, hoặc %q", "write %q, or %q", seg.Text[from:w.end], strings.TrimRight(seg.Text[from:w.off], " ")+":"))
		}
	}
}
