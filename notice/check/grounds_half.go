package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// halfGround reports a paragraph that opens with "Căn" and the name of a
// type of document ("Căn Thông tư số 25/2020/TT-BGDĐT ..."): the ground's
// "Căn cứ" lost its "cứ".
func halfGround(p *Pass, seg *Seg) {
	t := strings.TrimSpace(seg.Text)
	if dash := listDash(seg); dash != "" {
		t = strings.TrimSpace(strings.TrimPrefix(t, dash))
	}
	rest, ok := strings.CutPrefix(t, "Căn ")
	if !ok || !startsWithTypeName(rest) {
		return
	}
	p.Report(seg, strings.Index(seg.Text, t), diag.Msg("căn cứ viết thiếu chữ \"cứ\": %q", "the ground lacks the \"cứ\" of \"Căn cứ\": %q", short(t)),
		diag.Msg("viết \"Căn cứ %s\"", "write \"Căn cứ %s\"", short(rest)))
}
