package check

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// brandLeadExpr is what brandMark finds before an abbreviation, as an
// expression tried on the paragraph up to the abbreviation.
var brandLeadExpr = regexp.MustCompile(`(?i)(?:lô gô|lô-gô|logo|nhãn hiệu|thương hiệu|nhãn mác)\s+$`)

var brandMarkCases = []string{
	"", " ", "logo ", "logo", "LOGO\t", "cabin có gắn lô gô ", "có gắn LÔ GÔ\n", "lô-gô  ", "Lô-Gô\r\n", "nhãn hiệu ",
	"NHÃN HIỆU\f", "thương hiệu ", "Thương Hiệu  ", "nhãn mác ", "xlogo ", "logo\u00a0", "logo\v", "log\u212a ",
	"lô gô\xff ", "\xfflogo ", "nhãn  hiệu ", "thương hiệu. ", "lôgô ", "LOGO HINO ",
}

// sameBrandMark checks brandMark against brandLeadExpr on s, as the text
// before a word.
func sameBrandMark(t *testing.T, s string) {
	t.Helper()
	if got, want := brandMark(s+"AB", abbrevWord{text: "AB", off: len(s), end: len(s) + 2}), brandLeadExpr.MatchString(s); got != want {
		t.Errorf("brandMark before %q = %v, the expression says %v", s, got, want)
	}
}

// TestBrandMarkAsExpression holds brandMark to brandLeadExpr on the
// cases, texts made of its words' pieces, and the text before each word
// of every line of testdata that holds one of its words.
func TestBrandMarkAsExpression(t *testing.T) {
	var lines []string
	for _, l := range proseTexts(t) {
		f := strings.ToLower(l)
		if !strings.Contains(f, "gô") && !strings.Contains(f, "logo") && !strings.Contains(f, "hiệu") && !strings.Contains(f, "mác") {
			lines = append(lines, l, l+" ")
			continue
		}
		for i, r := range l {
			if i > 0 && !unicode.IsSpace(r) && unicode.IsSpace(rune(l[i-1])) {
				lines = append(lines, l[:i])
			}
		}
	}
	pieces := []string{"lô", "LÔ", " gô", "-gô", "GÔ", "lo", "go", "GO", "nhãn", "NHÃN", " hiệu", "HIỆU", "thương", " mác", " ", "\t", "\u00a0", "x", "\xff", "K", "logo", "nhãn hiệu", "Thương Hiệu"}
	var random []string
	for _, r := range testlines.Random(pieces, 10000, 5, 71) {
		random = append(random, r, r+" ")
	}
	for _, set := range []struct {
		texts []string
		min   int
	}{{lines, 5}, {brandMarkCases, 10}, {random, 500}} {
		held := 0
		for _, s := range set.texts {
			if brandLeadExpr.MatchString(s) {
				held++
			}
			sameBrandMark(t, s)
		}
		if held < set.min {
			t.Errorf("the expression holds before %d of %d texts, want %d at least: the texts were not read", held, len(set.texts), set.min)
		}
	}
}

// FuzzBrandMark holds brandMark to brandLeadExpr on any text.
func FuzzBrandMark(f *testing.F) {
	for _, s := range brandMarkCases {
		f.Add(s)
	}
	f.Fuzz(sameBrandMark)
}
