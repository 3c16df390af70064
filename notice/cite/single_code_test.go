package cite

import "testing"

// TestSingleCode pins the numbers whose ký hiệu is the issuer's code
// alone: read after a type name and "số", nowhere else.
func TestSingleCode(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Căn cứ Kế hoạch số 768/PGDĐT ngày 07/10/2019 của Phòng Giáo dục và Đào tạo;", "Kế hoạch|so=true|768/PGDĐT|2019-10-07|Phòng Giáo dục"},
		{"Căn cứ công văn số 461/VP ngày 14 tháng 10 năm 2020 về việc thu học phí;", "công văn|so=true|461/VP|2020-10-14||về việc thu học phí"},
		{"theo Hướng dẫn số 4488/BCĐ ngày 14/11/2013 của Ban Chỉ đạo.", "Hướng dẫn|so=true|4488/BCĐ|2013-11-14|Ban Chỉ đạo"},
		{"Kết luận số 1001/PGD&ĐT ngày 06/9/2012 của Phòng", "Kết luận|so=true|1001/PGD&ĐT|2012-09-06|Phòng"},
		{"học sinh lớp 10/A1 và phòng số 12/B nghỉ học", ""},        // no type name
		{"Quyết định số 202/TTg ngày 08/4/1997", ""},                // a code in small letters: a number of its time
		{"Quyết định 768/PGDĐT ngày 07/10/2019", ""},                // no "số"
		{"Quyết định số 5274/QĐ - BGD ĐT ngày 24/10/2010", ""},      // a type code cut by a space
		{"công văn số 234/KCN .ĐN ngày 04/3/2002", ""},              // a code cut by a space
		{"Công văn số 969/UBND – YT của Ủy ban nhân dân huyện", ""}, // an en dash spaced
		{"Thông báo số 5015/TB ngày 01/01/2024", ""},                // the type code alone
		{"Công văn số 12/U ngày 01/01/2024", ""},                    // one letter is no code
		// a legislature's code: a law or resolution of the Quốc hội cited without its
		// year, its name between "Luật" and "số" (citation-legal-year says the year)
		{"Căn cứ Luật Đất đai số 31/QH15 ngày 18/01/2024;", "|so=true|31/QH15|2024-01-18|"},
		{"Căn cứ Luật số 72/QH15;", "Luật|so=true|72/QH15||"},
		{"Luật Đất đai 31/QH15", ""},           // no "số"
		{"phòng số 12/QH ngày 01/01/2024", ""}, // "QH" alone is no legislature
	} {
		cs := FindCitations(tc.in)
		got := ""
		if len(cs) > 0 {
			got = show(cs[0])
		}
		if got != tc.want {
			t.Errorf("FindCitations(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
