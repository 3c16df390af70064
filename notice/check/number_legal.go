package check

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// legalNumberLine is the number of a văn bản quy phạm pháp luật, which
// carries its year between the number and the code (NĐ 30, Phụ lục I,
// Mục II, khoản 3): "Số: 18/2009/QĐ-UBND".
var legalNumberLine = lazyre.New(`^Số: (?:(\d+)|\s*)/(?:19|20)\d\d/([\p{L}\d&]+(?:-[\p{L}\d&]+)+)$`)

// numberParts reads a number line as numberLine does, and a legal normative
// number with its year too: the number and the code, nil if neither.
func numberParts(text string) []string {
	if m := numberLine().FindStringSubmatch(text); m != nil {
		return m
	}
	return legalNumberLine().FindStringSubmatch(text)
}
