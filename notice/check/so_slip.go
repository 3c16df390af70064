package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// soSlip reports "sô" typed for "số" between a document's type and its
// number ("Thông báo sô 1481/TB-UBND"): the mark of "số" slipped. It is
// said only right after a type name, where no other word than "số" can
// stand.
func soSlip(p *Pass, c cited) {
	if c.HasSo || c.Off > len(c.seg.Text) {
		return
	}
	before := strings.TrimRightFunc(c.seg.Text[:c.Off], unicode.IsSpace)
	rest, ok := strings.CutSuffix(before, "sô")
	if !ok {
		rest, ok = strings.CutSuffix(before, "Sô")
	}
	if !ok || !strings.HasSuffix(rest, " ") {
		return
	}
	at := len(rest)
	rest = strings.TrimRightFunc(rest, unicode.IsSpace)
	for _, name := range cite.TypeNames() {
		if len(rest) < len(name) || !strings.EqualFold(rest[len(rest)-len(name):], name) {
			continue
		}
		if pre := rest[:len(rest)-len(name)]; pre != "" && !strings.HasSuffix(pre, " ") && !strings.HasSuffix(pre, "(") {
			continue
		}
		written := rest[len(rest)-len(name):]
		p.Report(c.seg, at, diag.Msg("\"%s sô %s\": \"sô\" là \"số\" gõ nhầm dấu", "\"%s sô %s\": \"sô\" is \"số\" with the wrong mark", written, c.Number.Raw),
			diag.Msg("viết \"%s số %s\"", "write \"%s số %s\"", written, c.Number.Raw))
		return
	}
}
