package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// headRunUnits are the bodies run by their head (chế độ thủ trưởng), not
// by a collective: no one signs "TM." for them (Điều 13: "TM." is
// signing for a collective, "TM. ỦY BAN NHÂN DÂN"). Their head signs
// with his own title, or a unit's head signs "TL." for the head above.
var headRunUnits = []string{"PHÒNG", "VĂN PHÒNG", "SỞ", "CỤC", "VỤ", "KHOA", "TRUNG TÂM"}

// headRunTM reports a "TM." line that names a body run by its head
// ("TM. PHÒNG CTCT-SV").
func headRunTM(p *Pass, prefixes []string, segs []*Seg) {
	for i, pre := range prefixes {
		if pre != "TM." {
			continue
		}
		rest := strings.ToUpper(strings.TrimSpace(segs[i].Text))
		if m := signerPrefix(rest); m != nil {
			rest = strings.TrimSpace(rest[len(m[0]):])
		}
		for _, u := range headRunUnits {
			if strings.HasPrefix(rest, u+" ") {
				p.Report(segs[i], 0, diag.Msg("\"TM.\" chỉ dùng khi thay mặt tập thể; %s làm việc theo chế độ thủ trưởng", "\"TM.\" is only for signing on behalf of a collective; a %s is run by its head", strings.ToLower(u)),
					diag.Msg("người đứng đầu ký bằng chức vụ của mình, hoặc ký \"TL.\" người đứng đầu cấp trên", "the head signs with their own title, or \"TL.\" for the head above"))
				break
			}
		}
	}
}
