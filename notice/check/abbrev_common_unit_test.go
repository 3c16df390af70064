package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestAbbrevCommonUnit: the full name abbrev-common asks for is the body
// and its unit ("Ủy ban nhân dân tỉnh"), never the verb after the unit
// ("UBND tỉnh cấp phép" is not "Ủy ban nhân dân tỉnh cấp"); "các cấp" and
// "cấp huyện" stay units; a person's name after the unit is no place's
// ("xã Lò Văn Thắng"), a place's of three words is ("xã Vàng Ma Chải").
func TestAbbrevCommonUnit(t *testing.T) {
	for _, c := range []struct{ line, want, not string }{
		{"Dự án được UBND tỉnh cấp phép từ năm 2019.", "Ủy ban nhân dân tỉnh", "tỉnh cấp"},
		{"Đề nghị UBND các cấp triển khai thực hiện.", "Ủy ban nhân dân các cấp", ""},
		{"Đề nghị UBND cấp huyện triển khai thực hiện.", "Ủy ban nhân dân cấp huyện", ""},
		{"Đồng chí Phó Chủ tịch UBND xã Lò Văn Thắng chủ trì cuộc họp.", "Ủy ban nhân dân xã", "Thắng"},
		{"Đồng chí Chủ tịch UBND xã Sùng Thị Mai chủ trì cuộc họp.", "Ủy ban nhân dân xã", "Mai"},
		{"Đề nghị UBND xã Vàng Ma Chải triển khai thực hiện.", "Ủy ban nhân dân xã Vàng Ma Chải", ""},
	} {
		var got []string
		for _, f := range lineFindings(t, c.line, "abbrev-common") {
			got = append(got, f.Message.In(diag.VI)+" | "+f.Fix.In(diag.VI))
		}
		if len(got) != 1 {
			t.Errorf("%q: got %q, want one abbrev-common finding", c.line, got)
			continue
		}
		if !strings.Contains(got[0], c.want) || (c.not != "" && strings.Contains(got[0], c.not)) {
			t.Errorf("%q: got %q, want it to name %q and not %q", c.line, got[0], c.want, c.not)
		}
	}
}
