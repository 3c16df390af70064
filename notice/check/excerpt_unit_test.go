package check

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestBoundQuotesIn(t *testing.T) {
	short := "dòng nơi nhận " + strconv.Quote("- Các phòng: Kinh tế, Hạ tầng;") + " không kết thúc bằng \";\""
	if got := boundQuotesIn(short, maxQuote); got != short {
		t.Errorf("short quote changed: %q", got)
	}
	for _, long := range []string{
		strings.Repeat("ệ", 500),
		strings.Repeat("\"ă\\", 300),
		strings.Repeat("x\u00a0\x01", 300),
		strings.Repeat("Ủy ban nhân dân ", 40),
	} {
		msg := "dấu " + strconv.Quote(long) + " sau " + strconv.Quote("a") + " thừa"
		got := boundQuotesIn(msg, maxQuote)
		if !utf8.ValidString(got) || !strings.HasSuffix(got, " sau \"a\" thừa") {
			t.Errorf("bound %q: %q", long[:20], got)
			continue
		}
		q, err := strconv.QuotedPrefix(strings.TrimPrefix(got, "dấu "))
		if err != nil {
			t.Errorf("bound %q: the quotation is broken: %q", long[:20], got)
			continue
		}
		s, _ := strconv.Unquote(q)
		if n := utf8.RuneCountInString(s); n > maxQuote+1 || !strings.HasSuffix(s, "…") || !strings.HasPrefix(long, strings.TrimSuffix(s, "…")) {
			t.Errorf("bound %q: %q (%d characters)", long[:20], s, n)
		}
	}
	if got := excerpt(strings.Repeat("1.", 100)); utf8.RuneCountInString(got) != maxQuote+1 {
		t.Errorf("excerpt: %q", got)
	}
}
