package cite

import "testing"

// TestWordsTypeBefore: a type name with its subject's words before "số"
// is the citation's type when the number's code is the type's own; a
// number whose code is another type's, words in capitals, a clause with
// punctuation, or too many words leave it untyped.
func TestWordsTypeBefore(t *testing.T) {
	for _, c := range []struct{ s, typ string }{
		{"thực hiện Kế hoạch tuyển sinh số 112/KH-MNHS của Trường Mầm non Hoa Sen", "Kế hoạch"},
		{"theo Thông báo kết luận số 45/TB-UBND ngày 02/3/2026", "Thông báo"},
		{"Quyết định xử phạt vi phạm hành chính số 12/QĐ-XPHC", "Quyết định"},
		{"Thông báo kết luận số 45-TB/TU", "Thông báo"},
		{"Kế hoạch tuyển sinh số: 112/KH-MNHS", "Kế hoạch"},
		{"Quyết định số 12/QĐ-UBND", "Quyết định"},
		{"thực hiện kết luận số 12/TB-UBND", "kết luận"},
		{"kế hoạch của Sở và văn bản số 12/SNV-TCCB", ""},
		{"Kế hoạch tuyển sinh năm học số 112/QĐ-MNHS", ""},
		{"Kế hoạch của Sở Y tế số 112/KH-SYT", ""},
		{"Kế hoạch tuyển sinh, đào tạo số 112/KH-MNHS", ""},
		{"Quyết định  12/QĐ-UBND", "Quyết định"},
		{"Quyết định về việc xử phạt vi phạm hành chính lần hai số 12/QĐ-XPHC", ""},
	} {
		cs := FindCitations(c.s)
		if len(cs) != 1 {
			t.Errorf("%q: %d citations", c.s, len(cs))
			continue
		}
		if cs[0].Type != c.typ {
			t.Errorf("%q: type %q, want %q", c.s, cs[0].Type, c.typ)
		}
	}
}
