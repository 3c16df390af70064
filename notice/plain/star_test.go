package plain

import (
	"strings"
	"testing"
)

// A "*" standing between spaces is a character of the text (a worked
// calculation, "165.000 đ * 1,2"), in Markdown as in a .txt: no emphasis
// opens or closes there. Emphasis around words is still markup.
func TestLoneStarKept(t *testing.T) {
	src := "THÔNG BÁO\n\nMức thu\n\nMức thu là 165.000 đ * 1,2 =  198.000 đồng.\n\n*Lưu ý:* nộp **đúng hạn**.\n\n* *\n"
	for _, name := range []string{"n.txt", "n.md"} {
		f, err := Read(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var body []string
		for _, p := range f.Paras {
			if p.Kind == Body {
				body = append(body, p.Text)
			}
		}
		got := strings.Join(body, "|")
		want := "Mức thu là 165.000 đ * 1,2 =  198.000 đồng.|Lưu ý: nộp đúng hạn."
		if got != want {
			t.Errorf("%s: body\n got %q\nwant %q", name, got, want)
		}
	}
}

// TestSuperscript holds superscript to the digits Unicode writes raised,
// and to nothing else around them.
func TestSuperscript(t *testing.T) {
	want := map[rune]rune{'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'}
	for r := rune(0); r < 0x2100; r++ {
		d, ok := superscript(r)
		if w, wok := want[r]; d != w || ok != wok {
			t.Errorf("superscript(%q) = %q, %v; want %q, %v", r, d, ok, w, wok)
		}
	}
}
