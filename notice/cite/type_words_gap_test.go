package cite

import (
	"strings"
	"testing"
)

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

// TestSubjectTypeBefore: a tên loại in small letters before "số" whose
// number's code is another's is the subject's word of the cited document
// further back; the number's own tên loại has none.
func TestSubjectTypeBefore(t *testing.T) {
	for _, c := range []struct{ s, name, want string }{
		{"và Quyết định phê duyệt kế hoạch số 15/QĐ-UBND ngày 02/3/2026", "kế hoạch", "Quyết định"},
		{"và quyết định phê duyệt kế hoạch số: 15/QĐ-UBND", "kế hoạch", "quyết định"},
		{"theo kế hoạch số 15/KH-UBND", "kế hoạch", ""},
		{"Quyết định phê duyệt kế hoạch số 15/KH-UBND", "kế hoạch", ""},
		{"phê duyệt kế hoạch số 15/QĐ-UBND", "kế hoạch", ""},
	} {
		start := strings.Index(c.s, c.name)
		a, b := SubjectTypeBefore(c.s, start, start+len(c.name))
		got := ""
		if a >= 0 {
			got = c.s[a:b]
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
}
