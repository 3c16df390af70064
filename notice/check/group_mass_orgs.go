package check

import "strings"

// massOrgHeads open the names of the tổ chức chính trị - xã hội (Hiến
// pháp, Điều 9: Công đoàn, Hội Nông dân, Đoàn Thanh niên Cộng sản Hồ Chí
// Minh, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh), in their normal form,
// full or with the short forms their own notices write ("Hội LHPN", "Hội
// CCB", "Đoàn TN"): the đoàn thể a Nơi nhận reaches as a group, "- Các
// đoàn thể phường;", "- Ủy ban MTTQ và các tổ chức chính trị - xã hội
// phường;", while a kết luận gives work to each by name ("Hội Cựu chiến
// binh, Hội Liên hiệp Phụ nữ, Hội Nông dân, Đoàn Thanh niên phường phối
// hợp ..."). Other hội (a "Hội đồng", a "Hội Chữ thập đỏ") are not of
// them.
var massOrgHeads = []string{" hội nông dân ", " hội cựu chiến binh ", " hội ccb ", " hội liên hiệp phụ nữ ", " hội lhpn ",
	" đoàn thanh niên ", " đoàn tn ", " đoàn tncs ", " công đoàn ", " liên đoàn lao động "}

// kindDoanThe is the kind of the đoàn thể (massOrgHeads).
var kindDoanThe = kindBit("đoàn thể")

// massOrgGroup reports whether a recipient line in its normal form names
// the tổ chức chính trị - xã hội as a group ("các tổ chức chính trị - xã
// hội phường"): they are the đoàn thể.
func massOrgGroup(line string) bool {
	return strings.Contains(line, " tổ chức chính trị xã hội ") || strings.Contains(line, " tổ chức chính trị - xã hội ")
}
