package templates

import (
	"fmt"
	"strings"
)

// Levels are the offices `thongbao new --level` prepares a notice for:
// the Văn phòng of a UBND tỉnh (the example as written), a UBND tỉnh, a UBND
// xã. Each changes the header, the signature and the names of the bodies
// the example assigns work to.
var Levels = []string{"van-phong", "tinh", "xa"}

// header is what every level but van-phong changes first: the issuer and
// its number.
var header = []string{
	"/TB-VP", "/TB-UBND",
	`parent = ["UBND TỈNH LÀO CAI"]`, `# parent = []  `,
}

var levelEdits = map[string][]string{
	"van-phong": nil,
	"tinh": append(header[:len(header):len(header)],
		`name = ["VĂN PHÒNG"]`, `name = ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]`,
		`short = "Văn phòng UBND tỉnh"`, `short = "UBND tỉnh Lào Cai"`,
		`authority = ["KT. CHÁNH VĂN PHÒNG"]`, `authority = ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]`,
	),
	"xa": append(header[:len(header):len(header)],
		`name = ["VĂN PHÒNG"]`, `name = ["ỦY BAN NHÂN DÂN", "XÃ GIA PHÚ"]`,
		`short = "Văn phòng UBND tỉnh"`, `short = "UBND xã Gia Phú"`,
		`place = "Lào Cai"`, `place = "Gia Phú"`,
		"Văn phòng UBND tỉnh", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
		"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân xã",
		"UBND tỉnh", "UBND xã",
		"Thường trực Tỉnh ủy", "Thường trực Đảng ủy xã",
		"lãnh đạo các Sở: Khoa học và Công nghệ, Tài chính, Nội vụ", "công chức các bộ phận chuyên môn",
		"Các Sở: Khoa học và Công nghệ, Tài chính, Nội vụ", "Phòng Văn hóa - Xã hội, Phòng Kinh tế",
		"Sở Khoa học và Công nghệ", "Phòng Văn hóa - Xã hội",
		"Sở Tài chính", "Phòng Kinh tế",
		"Các sở, ngành, địa phương", "Các bộ phận chuyên môn, các thôn",
		"Ban Chỉ đạo Chuyển đổi số tỉnh", "Ban Chỉ đạo Chuyển đổi số xã",
		"các sở, ngành", "các bộ phận chuyên môn",
		"các địa phương", "các thôn",
		"UBND các xã, phường", "Ban Quản lý các thôn",
		`authority = ["KT. CHÁNH VĂN PHÒNG"]`, `authority = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]`,
		`title = "PHÓ CHÁNH VĂN PHÒNG"`, `title = "PHÓ CHỦ TỊCH"`,
	),
}

// ForLevel returns a template (Example or Full) prepared for an office of
// level.
func ForLevel(src []byte, level string) ([]byte, error) {
	edits, ok := levelEdits[level]
	if !ok {
		return nil, fmt.Errorf("level %q: use one of %s", level, strings.Join(Levels, ", "))
	}
	return []byte(strings.NewReplacer(edits...).Replace(string(src))), nil
}
