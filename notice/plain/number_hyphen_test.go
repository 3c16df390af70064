package plain

import "testing"

// TestNumberHyphenSpace holds a header row whose number is typed with a
// space after a hyphen of its ký hiệu ("PGD&ĐT- GDMN"): the group after
// the hyphen stays in the number's cell, the place and date in the other.
func TestNumberHyphenSpace(t *testing.T) {
	readCases(t, []readCase{
		{"Số : 24 / PGD&ĐT- GDMN Thọ Xuân, ngày 06 tháng 03 năm 2012\n",
			"n.txt:1:1 header: Số : 24 / PGD&ĐT- GDMN\nn.txt:1:24 header: Thọ Xuân, ngày 06 tháng 03 năm 2012"},
		{"Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n",
			"n.txt:1:1 header: Số: 454/UBND-NCTH\nn.txt:1:19 header: Vị Thanh, ngày 6 tháng 4 năm 2011"},
	})
}
