package cite

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCutIssuerAsCut holds cutIssuer to cut(s, issuerStops, limit): on
// what follows each "của " of testdata's texts and each of their lines'
// word tails, at the limit tail reads (80) and at a few others, and on
// 30,000 made lines of the stops, their look-alikes ("về" glued to a
// word, "ban" alone, "đ" at the window's end) and long letters the limit
// may fall inside.
func TestCutIssuerAsCut(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for _, limit := range []int{80, 0, 1, 7, 30} {
			if got, want := cutIssuer(s, limit), cut(s, issuerStops, limit); got != want {
				t.Fatalf("cutIssuer(%q, %d) = %q, cut gives %q", s, limit, got, want)
			}
		}
	}
	var paths []string
	for _, ext := range []string{"txt", "md", "toml"} {
		for _, pat := range []string{"../../testdata/*/*.", "../../testdata/*/*/*.", "../../testdata/*."} {
			ps, _ := filepath.Glob(pat + ext)
			paths = append(paths, ps...)
		}
	}
	tails := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		for i := strings.Index(text, "của "); i >= 0; {
			tails++
			check(text[i+len("của "):])
			k := strings.Index(text[i+1:], "của ")
			if k < 0 {
				break
			}
			i += 1 + k
		}
		for _, l := range strings.Split(text, "\n") {
			for i := range len(l) {
				if l[i] == ' ' && i%11 == 0 {
					check(l[i+1:])
				}
			}
		}
	}
	if tails < 2000 {
		t.Fatalf("only %d tails after \"của \" in testdata (%d files)", tails, len(paths))
	}
	slots := [][]string{
		{"Ủy ban nhân dân tỉnh", "Sở Tài chính", "Bộ", "", "Văn phòng UBND"},
		{" ", "", "  ", "\u00a0"},
		{"về", "ban hành", "ban", "phê duyệt", "quy định", "hướng dẫn", "tại", "để", "đã", "trên", "theo", "đến", "và", "thực hiện", "được", "cơ bản", "trước", "(", "đ", "vềx"},
		{" ", "", ",", ";", ":", ")", ".", " (", "  "},
		{"việc", "Quảng Ninh", "tỉnh Thừa Thiên Huế", "ngày 05/01/2024", strings.Repeat("ườ", 30), strings.Repeat("a ", 40)},
		{" ", "", ".", " về ", " trước "},
	}
	r := rand.New(rand.NewPCG(93, 14))
	for range 30000 {
		var b strings.Builder
		for _, slot := range slots {
			switch k := r.IntN(10); {
			case k == 0:
			case k == 1:
				o := slots[r.IntN(len(slots))]
				b.WriteString(o[r.IntN(len(o))])
			default:
				b.WriteString(slot[r.IntN(len(slot))])
			}
		}
		check(b.String())
	}
}
