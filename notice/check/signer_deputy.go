package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// deputyCut reports a deputy's title cut short under "KT. <title>":
// "PHÓ VĂN PHÒNG" under "KT. CHÁNH VĂN PHÒNG", where the deputy of the
// Chánh Văn phòng is the "PHÓ CHÁNH VĂN PHÒNG". The title after "PHÓ"
// is the head's title with its first words left out; "PHÓ GIÁM ĐỐC"
// under "KT. GIÁM ĐỐC", "THỨ TRƯỞNG" under "KT. BỘ TRƯỞNG" and a head of
// two titles ("KT. BỘ TRƯỞNG, CHỦ NHIỆM") are left alone.
func deputyCut(p *Pass, kt, s *Seg) {
	head, ok := strings.CutPrefix(strings.TrimSpace(kt.Text), "KT.")
	if !ok {
		return
	}
	head = strings.Join(strings.Fields(head), " ")
	t := strings.TrimSpace(s.Text)
	title, ok := strings.CutPrefix(t, "PHÓ ")
	if !ok || strings.ContainsAny(head, ",;") || head != strings.ToUpper(head) {
		return
	}
	title = strings.Join(strings.Fields(title), " ")
	if title == "" || title == head || !strings.HasSuffix(head, " "+title) {
		return
	}
	p.Report(s, indexLit(s.Text, "PHÓ"), diag.Msg("chức vụ người ký viết thiếu: dưới \"KT. %s\", cấp phó ký là %q, không phải %q", "the signer's title is cut short: under \"KT. %s\" the deputy signs as %q, not %q", head, "PHÓ "+head, t),
		diag.Msg("viết %q", "write %q", "PHÓ "+head))
}
