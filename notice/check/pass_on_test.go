package check

import (
	"regexp"
	"testing"
)

// passOnExpr is what passOnEnd finds, as an expression.
const passOnExpr = `(?i)(?:phổ biến|quán triệt|truyền đạt|chuyển|chuyển tiếp|sao gửi|niêm yết|đăng tải|tuyên truyền|thông tin)(?:\s+(?:nội dung|toàn văn|rộng rãi))?\s*$`

var passOnCases = []string{
	"", "phổ biến", "Đề nghị lãnh đạo các đơn vị phổ biến ", "PHỔ BIẾN\t\n", "phổ biến nội dung ", "quán triệt  toàn văn",
	"truyền đạt rộng rãi\r", "chuyển tiếp", "luân chuyển", "sao gửinội dung", "niêm yết nội  dung", "đăng tải  Nội Dung  ",
	"tuyên truyền\u00a0", "thông tin\u00a0rộng rãi", "nội dung", " rộng rãi", "thông tin rộng rãi rộng rãi", "CHUYỂN \xff",
	"chuyển\u212a", "phổ biến toàn văn.", "đề nghị phổ biến", "chuyển tiếp \f toàn văn \v",
}

// samePassOn checks passOnEnd against passOnExpr on s.
func samePassOn(t *testing.T, s string) {
	if want, got := regexp.MustCompile(passOnExpr).MatchString(s), passOnEnd(s); got != want {
		t.Errorf("passOnEnd(%q) = %v, the expression says %v", s, got, want)
	}
}

// TestPassOnEnd holds passOnEnd to passOnExpr.
func TestPassOnEnd(t *testing.T) {
	for _, s := range passOnCases {
		samePassOn(t, s)
	}
}

func FuzzPassOnEnd(f *testing.F) {
	for _, s := range passOnCases {
		f.Add(s)
	}
	f.Fuzz(samePassOn)
}
