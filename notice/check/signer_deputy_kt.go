package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// deputyWithoutKT reports, for signer-chain, a deputy's title written
// under the title of the head it signs for with no "KT." before the head's
// ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"): a deputy signs
// for the head "KT." (Điều 13, khoản 1 and 3), so the head's line reads
// "KT. CHÁNH VĂN PHÒNG"; the standing deputy too ("GIÁM ĐỐC / PHÓ GIÁM
// ĐỐC THƯỜNG TRỰC").
func deputyWithoutKT(p *Pass) {
	sig := p.View.Signer
	for i := 1; i < len(sig); i++ {
		head := strings.TrimSpace(strings.ToUpper(sig[i-1].Text))
		deputy := strings.TrimSpace(strings.ToUpper(sig[i].Text))
		if tmUBNDDeputy(p, head, deputy, &sig[i]) {
			continue
		}
		if head == "" || signerPrefix(head) != nil || deputy != "PHÓ "+head && deputy != "PHÓ "+head+" THƯỜNG TRỰC" {
			continue
		}
		p.Report(&sig[i-1], 0, diag.Msg("cấp phó (%s) ký thay %s nhưng dòng trên thiếu \"KT.\"", "a deputy (%s) signs for the %s, but the line above has no \"KT.\"", deputy, head),
			diag.Msg("viết \"KT. %s\"", "write \"KT. %s\"", head))
	}
}

// tmUBNDDeputy reports, for signer-chain, a Phó Chủ tịch signing right
// under "TM. ỦY BAN NHÂN DÂN": only the Chủ tịch signs for the Ủy ban
// alone; a deputy signs for the collective in place of the Chủ tịch,
// "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (Điều 13, khoản
// 2). A mass organisation's "TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH" and the
// Đảng's "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" sign by their own rules and are
// left alone.
func tmUBNDDeputy(p *Pass, head, deputy string, s *Seg) bool {
	m := signerPrefix(head)
	if m == nil || m[1] != "TM" || deputy != "PHÓ CHỦ TỊCH" {
		return false
	}
	body := strings.Join(strings.Fields(head[len(m[0]):]), " ")
	if body != "ỦY BAN NHÂN DÂN" && body != "UỶ BAN NHÂN DÂN" && body != "UBND" && !strings.HasPrefix(body, "ỦY BAN NHÂN DÂN ") && !strings.HasPrefix(body, "UỶ BAN NHÂN DÂN ") && !strings.HasPrefix(body, "UBND ") {
		return false
	}
	p.Report(s, 0, diag.Msg("Phó Chủ tịch ký thay mặt Ủy ban nhân dân nhưng thiếu dòng \"KT. CHỦ TỊCH\": chỉ Chủ tịch ký thẳng dưới \"TM.\"", "a Phó Chủ tịch signs for the Ủy ban nhân dân without the line \"KT. CHỦ TỊCH\": only the Chủ tịch signs right under \"TM.\""),
		diag.Msg("thêm dòng \"KT. CHỦ TỊCH\" giữa %q và \"PHÓ CHỦ TỊCH\"", "add the line \"KT. CHỦ TỊCH\" between %q and \"PHÓ CHỦ TỊCH\"", strings.TrimSpace(head)))
	return true
}
