package check

import "strings"

// A day and month may stand for a day of commemoration, written as its
// name: "trước Ngày 22/12 - Ngày thành lập Quân đội nhân dân Việt Nam",
// "đến hết Ngày 3/2 (Ngày thành lập Đảng)". The name after the date tells
// the "Ngày" before it is the holiday's own, not the common noun of a
// deadline ("trước Ngày 15/12/2026" stays said).

// holidayHeads open a holiday's name after a dash or in brackets.
var holidayHeads = []string{"Ngày ", "Tết ", "Lễ ", "Quốc khánh", "Quốc tế ", "Giỗ Tổ "}

// holidayMarks part a date from the holiday's name after it.
var holidayMarks = []string{"- ", "– ", "— ", "("}

// holidayAfterDate reports whether trim, the text after a noun, opens with
// a date (its year too: "22/12/2026", "22/12 năm 2026") followed by a
// holiday's name: after a dash or a bracket, one of holidayHeads; after a
// comma, "Ngày" ("Ngày 2/9, Ngày Quốc khánh").
func holidayAfterDate(trim string) bool {
	if trim == "" || trim[0] < '0' || trim[0] > '9' {
		return false
	}
	date, rest, _ := strings.Cut(trim, " ")
	if y, after, ok := strings.Cut(rest, " "); ok && y == "năm" {
		date, rest, _ = strings.Cut(after, " ")
	}
	if strings.HasSuffix(date, ",") {
		return strings.HasPrefix(rest, "Ngày ")
	}
	for _, m := range holidayMarks {
		if r, ok := strings.CutPrefix(rest, m); ok {
			return hasPrefixAny(strings.TrimLeft(r, " "), holidayHeads...)
		}
	}
	return false
}
