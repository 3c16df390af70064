package check

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestWordAmpsAsExpression holds wordAmps to the expression the
// ampersand rule used before it, every match and its groups: on every
// line of testdata that holds "&" and each tail of it from a character
// on, and made texts of words, "&", spaces, figures, the signs the
// expression names and a broken byte.
func TestWordAmpsAsExpression(t *testing.T) {
	re := regexp.MustCompile(`(?:^|[^\d/=?&._\-\p{L}])(\p{L}+) ?& ?(\p{L}+)(?:$|[^\d=/\p{L}])`)
	var texts []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			texts = append(texts, s)
		}
	}
	for _, l := range testlines.Read(t, "../../testdata", nil) {
		if !strings.Contains(l, "&") {
			continue
		}
		for i := range l {
			add(l[i:])
		}
	}
	alphabet := []string{"a", "Đào", "tạo", "GD", "ĐT", "x", "&", "&", " & ", " &", "& ", " ", "  ", "1", "2", "/", "=", "?", ".", "_", "-", "–",
		",", "(", ")", "\n", "\t", "\xff", "ſ", "ǅ", "é", "\u0301", "Ⅻ", "٣", "&amp;"}
	for _, s := range testlines.Random(alphabet, 200000, 9, 98) {
		add(s)
	}
	held := 0
	for _, s := range texts {
		want := re.FindAllStringSubmatchIndex(s, -1)
		if want != nil {
			held++
		}
		if got := wordAmps(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("wordAmps(%q) = %v, want %v", s, got, want)
		}
	}
	if held < 1000 {
		t.Errorf("the expression matched %d texts, want 1000 at least: the texts were not read", held)
	}
}
