package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestShortFixes holds the fixes of two slips whose fix first told a
// clerk one way only: a sum whose last group is zeros ("1.500.000.00
// đồng", decimals written the English way) was told to take a third
// figure, a thousand times the sum; a law cited "Luật số 43/2019" was
// told to take a date and an issuer, where a first mention cites a law
// by its name (Phụ lục I, Mục II, khoản 6, điểm b); and a placeholder
// "<ký hiệu>" stood where the other citation fixes write "...".
func TestShortFixes(t *testing.T) {
	for _, c := range []struct {
		src, rule string
		want      []string
		not       []string
	}{
		{"Mức thu 1.500.000.00 đồng/năm học cho mỗi học sinh.\n", "amount-grouping", []string{`"1.500.000 đồng"`, `"1.500.000.000 đồng"`, "chỉ hai chữ số"}, []string{"thiếu"}},
		{"Mức thu 100.05 đồng/tháng cho mỗi học sinh.\n", "amount-grouping", []string{"viết đủ ba chữ số"}, []string{"bỏ phần lẻ"}},
		{"Căn cứ Luật số 43/2019 về giáo dục, Ủy ban nhân dân xã thông báo.\n", "citation-first-mention", []string{"tên loại và tên"}, []string{"<", "ngày ... của"}},
		{"Căn cứ Nghị định số 81/2021 của Chính phủ, Ủy ban nhân dân xã thông báo.\n", "citation-first-mention", []string{`"Nghị định số 81/2021/... ngày ... của ..."`}, []string{"<"}},
	} {
		f, err := plain.Read("a.txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range check.Text(f, nil, check.Options{}) {
			if d.Rule != c.rule {
				continue
			}
			found = true
			text := d.Message.VI + " | " + d.Fix.VI
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("%q: %s %q lacks %q", c.src, c.rule, text, w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(text, w) {
					t.Errorf("%q: %s %q holds %q", c.src, c.rule, text, w)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s finding", c.src, c.rule)
		}
	}
}

// TestYearOnlyCodeAfterSpace: a number whose ký hiệu stands after a space
// ("22/2021 TT-BGDĐT", "15/2018 /NĐ-CP") was said to lack its ký hiệu,
// and told to take a second one; it has one, a space for its "/".
func TestYearOnlyCodeAfterSpace(t *testing.T) {
	for _, src := range []string{
		"Căn cứ Thông tư số 22/2021 TT-BGDĐT ngày 20/7/2021 của Bộ Giáo dục và Đào tạo, nhà trường thông báo.\n",
		"Căn cứ Nghị định số 15/2018 /NĐ-CP ngày 01/02/2018 của Chính phủ, Ủy ban nhân dân xã thông báo.\n",
		"Căn cứ Luật số 43/2019 QH14, Ủy ban nhân dân xã thông báo.\n",
	} {
		f, err := plain.Read("a.txt", []byte("THÔNG BÁO\nVề việc tuyển sinh\n"+src))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range check.Text(f, nil, check.Options{}) {
			if d.Rule == "citation-first-mention" && strings.Contains(d.Message.VI, "thiếu ký hiệu") {
				t.Errorf("%q: %s", src, d.Message.VI)
			}
		}
	}
}
