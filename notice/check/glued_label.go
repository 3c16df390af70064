package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// gluedLabel reports a "Kính gửi" label whose two words are glued,
// "Kínhgửi:", as a site joins them; the reader takes it for the label.
func gluedLabel(p *Pass) {
	a := p.View.Addressee
	if a == nil {
		return
	}
	const kinh = "Kính"
	if rest, ok := strings.CutPrefix(a.Text, kinh); ok && strings.HasPrefix(strings.ToLower(rest), "gửi") {
		p.Report(a, len(kinh), diag.Msg("\"%s\" dính liền \"%s\"", "%q is glued to %q", kinh, rest[:len("gửi")]),
			diag.Msg("viết \"Kính gửi\"", "write \"Kính gửi\""))
	}
}
