package cite

import (
	"fmt"
	"strconv"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// tetDays are the first days of the lunar years 2020 to 2040 (Tết
// Nguyên đán), by the Vietnamese calendar (UTC+7, Hồ Ngọc Đức's rules:
// it differs from the Chinese in 2030, 2 and 3 February).
var tetDays = map[int]Date{
	2020: {2020, 1, 25}, 2021: {2021, 2, 12}, 2022: {2022, 2, 1}, 2023: {2023, 1, 22},
	2024: {2024, 2, 10}, 2025: {2025, 1, 29}, 2026: {2026, 2, 17}, 2027: {2027, 2, 6},
	2028: {2028, 1, 26}, 2029: {2029, 2, 13}, 2030: {2030, 2, 2}, 2031: {2031, 1, 23},
	2032: {2032, 2, 11}, 2033: {2033, 1, 31}, 2034: {2034, 2, 19}, 2035: {2035, 2, 8},
	2036: {2036, 1, 28}, 2037: {2037, 2, 15}, 2038: {2038, 2, 4}, 2039: {2039, 1, 24},
	2040: {2040, 2, 12},
}

// clerkTetRe is a task to finish before Tết: "trước Tết Nguyên đán
// 2027", "trước Tết Nguyên đán Đinh Mùi 2027", "trước Tết Âm lịch năm
// 2027", "trước Tết" (no year: refused, ErrNoYear). The year is the one
// Tết falls in, as notices name it ("Tết Nguyên đán Bính Ngọ 2026" is
// 17/02/2026).
var clerkTetRe = lazyre.New(`(?i)^(?:chậm` + sp + `nhất` + sp + `)?trước` + sp + `(?:dịp` + sp + `)?tết(?:` + sp + `(?:nguyên` + sp + `đán|âm` + sp + `lịch|cổ` + sp + `truyền))?` +
	`(?:` + sp + `(?:năm` + sp + `)?(?:\pL+` + sp + `\pL+` + sp + `)?(` + d4 + `))?$`)

// parseClerkTet reads clerkTetRe: the task is due the day before Tết.
// ok is false when t is not one; a year the table has not is read as
// no deadline this tool knows.
func parseClerkTet(t string) (d Deadline, ok bool, err error) {
	m := clerkTetRe().FindStringSubmatch(t)
	if m == nil {
		return Deadline{}, false, nil
	}
	if m[1] == "" {
		return Deadline{}, true, fmt.Errorf("%q: %w", t, ErrNoYear)
	}
	y, _ := strconv.Atoi(m[1])
	tet, known := tetDays[y]
	if !known {
		return Deadline{}, false, nil
	}
	return Deadline{Kind: By, Date: tet.AddDays(-1)}, true, nil
}
