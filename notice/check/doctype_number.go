package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// yearNumberLine is a number line whose ký hiệu may follow the year, as a
// legal document's does ("Số: 12/2016/QĐ-UBND", "Số: 881/QĐ-UBND"); the
// ký hiệu is its group.
var yearNumberLine = lazyre.New(`^Số: (?:\d+|\s*)/(?:\d{4}/)?([\d&\p{L}]+(?:-[\d&\p{L}]+)+)$`)

// numberKind reads the kind of a document whose tên loại was not read
// from its number's ký hiệu: "Số: 881/QĐ-UBND" is a Quyết định's, "Số:
// 55/2007/CT-UBND" a Chỉ thị's (NĐ 30, Phụ lục III, Mục I: the ký hiệu
// opens with the kind's abbreviation). A page that served the header but
// not the tên loại under it (a library's export flattening the header's
// cells) leaves the kind in the number. It returns the kind's name in
// capitals and its code, or "" for a number that names none, a notice's
// ("TB") or a Công văn's (no kind's code).
func numberKind(v *View) (name, code string) {
	if v.Number == nil || v.FromTOML {
		return "", ""
	}
	m := yearNumberLine().FindStringSubmatch(strings.Join(strings.Fields(v.Number.Text), " "))
	if m == nil {
		return "", ""
	}
	n, err := cite.ParseNumber("/" + m[1])
	if err != nil || n.Family == cite.Party || n.Type == "" || n.Type == "TB" {
		return "", ""
	}
	if k := cite.AdminName(n.Type); k != "" {
		return strings.ToUpper(k), n.Type
	}
	return "", ""
}
