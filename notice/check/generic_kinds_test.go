package check

import (
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestGenericKindsAsExpressions holds genericHeadLen, isGeneric,
// isBareGroup and isGenericLead to the four expressions they replaced,
// built from the same kinds: on every line of testdata folded and
// lowered and each tail of it from a word on, where it opens with a word
// a kind or genericLeads' words open with, each such text cut where
// genericHead's match ends and with made endings after it, and made
// texts of the kinds, their joins and what may follow them.
func TestGenericKindsAsExpressions(t *testing.T) {
	kinds := strings.Join(genericKinds, "|")
	head := `^(?:(?:các|toàn thể|mọi)\s+(?:cộng đồng\s+|(?:bậc|em)\s+)?|cộng đồng\s+)?(?:` + kinds + `)(?:\s*(?:,|và)\s*(?:các\s+(?:(?:bậc|em)\s+)?)?(?:` + kinds + `|trường học))*`
	headRe := regexp.MustCompile(head)
	genericRe := regexp.MustCompile(head + `(?:\s+(?:` + strings.Join(genericAudience, "|") + `)\b.*)?$`)
	bareRe := regexp.MustCompile(head + `$`)
	leadRe := regexp.MustCompile(head + `\s+\p{L}`)

	var texts []string
	seen := map[string]bool{}
	add := func(s string) {
		if seen[s] {
			return
		}
		seen[s] = true
		texts = append(texts, s)
		if m := headRe.FindStringIndex(s); m != nil {
			for _, end := range []string{"", " ", "\n", " có nhu cầu", " quan tâmx", " quan tâm_", " quan tâmả\n", "\tcả nước 1", " x", "  Ă", " \xff", " 1", ", ", " và"} {
				texts = append(texts, s[:m[1]]+end)
			}
		}
	}
	for _, l := range testlines.Read(t, "../../testdata", nil) {
		for _, f := range []string{cite.Fold(l), strings.ToLower(l)} {
			for i := 0; i < len(f); i++ {
				if (i == 0 || f[i-1] == ' ' || f[i-1] == ',' || f[i-1] == '(') && mayOpenGeneric(f[i:]) {
					add(f[i:])
				}
			}
		}
	}
	alphabet := append([]string{"các ", "các", "toàn thể ", "mọi  ", "cộng đồng ", "cộng đồng", ",", ", ", " và ", "và", " ", "\t", "\n", "\f\r", "\v",
		"trường học", " đảng", "x", "A", "ả", "\xff", "_", "1", "có nhu cầu", "trong cả nước", "gần xa", "quan tâm", "bậc ", "em "}, genericKinds...)
	for _, s := range testlines.Random(alphabet, 50000, 6, 97) {
		add(s)
	}
	t.Logf("%d texts", len(texts))
	agree := func(name string, fast, ref func(string) bool, min int) {
		testlines.Agree(t, name, texts, fast, ref, min)
	}
	agree("genericHeadLen", func(s string) bool {
		n := genericHeadLen(s)
		m := headRe.FindStringIndex(s)
		return n >= 0 && m != nil && n == m[1] || n < 0 && m == nil
	}, func(string) bool { return true }, 1)
	agree("isGeneric", isGeneric, genericRe.MatchString, 1000)
	agree("isBareGroup", isBareGroup, bareRe.MatchString, 1000)
	agree("isGenericLead", isGenericLead, leadRe.MatchString, 1000)
}

// mayOpenGeneric reports whether s opens with the first word of a word
// genericHead may open with ("các", "cơ", "người"): the tails of a line
// the test reads.
func mayOpenGeneric(s string) bool {
	for _, w := range append(append([]string{"cộng đồng"}, genericLeads...), genericKinds...) {
		first, _, _ := strings.Cut(w, " ")
		if strings.HasPrefix(s, first) {
			return true
		}
	}
	return false
}
