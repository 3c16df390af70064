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
		if head == "" || signerPrefix(head) != nil || deputy != "PHÓ "+head && deputy != "PHÓ "+head+" THƯỜNG TRỰC" {
			continue
		}
		p.Report(&sig[i-1], 0, diag.Msg("cấp phó (%s) ký thay %s nhưng dòng trên thiếu \"KT.\"", "a deputy (%s) signs for the %s, but the line above has no \"KT.\"", deputy, head),
			diag.Msg("viết \"KT. %s\"", "write \"KT. %s\"", head))
	}
}
