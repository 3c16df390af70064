package check

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// TestDigitSlashUpperNecessary holds digitSlashUpper, the look before
// issuerCodeNoSoRe, to the expression: every line of every corpus text
// and seed, and made-up lines, that the expression matches passes it.
func TestDigitSlashUpperNecessary(t *testing.T) {
	lines := []string{"Công văn 36/PGDĐT ngày 06/02/2020", "công văn 143/ĐGDĐT", "Tờ trình 1/Ủ", "Công văn 1/AB Công văn 2/CD", "/A", "1/", "Quyết định 12/qđ"}
	paths, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	seeds, _ := filepath.Glob("../../testdata/seeds/*.toml")
	for _, p := range append(paths, seeds...) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(src), "\n")...)
	}
	matched := 0
	for _, s := range lines {
		if issuerCodeNoSoRe().MatchString(s) {
			matched++
			if !digitSlashUpper(s) {
				t.Errorf("digitSlashUpper(%q) = false; the expression matches it", s)
			}
		}
	}
	if matched == 0 {
		t.Fatal("no line matched: the test proves nothing")
	}
}

// TestIssuerCodeNoSoWindows holds issuerCodeNoSoMatches to what it stands
// for, FindAllStringSubmatchIndex of the whole text: the same matches on
// every line and every whole text of the corpus and the seeds, on made-up
// lines at the edges of the windows, and on random lines made of the
// pieces a match is made of.
func TestIssuerCodeNoSoWindows(t *testing.T) {
	for _, name := range cite.TypeNames() {
		r, _ := utf8.DecodeRuneInString(name)
		if strings.ContainsAny(name, "0123456789/\t\n\f\r(") || strings.TrimSpace(name) != name || r == '(' {
			t.Fatalf("type name %q: the windows suppose a name of no digit, \"/\" or \"(\", with no white space at either end", name)
		}
	}
	texts := []string{
		"Công văn 36/PGDĐT ngày 06/02/2020", "công văn 143/ĐGDĐT", "Tờ trình 1/Ủ", "Công văn 1/AB Công văn 2/CD",
		"Công văn 1/AB  Công văn 2/CD", "(Công văn 1/A)", "(Công văn 1/A)(Công văn 2/B)", "Công văn 123456/AB", "Công văn 12345/AB",
		"xCông văn 1/A", " Công văn 1/A", "Công văn\t\n 7/A&B,", "CÔNG VĂN 8/UBND.", "Công văn 9/Ab", "Công văn 9/AB1",
		"Thông báo 5/TB Kế hoạch 6/KH; Quyết định 7/QĐ", "Nghị quyết liên tịch 3/A:", "liên tịch 3/A", "Công văn số 12/QĐ-UBND",
		"Công văn 1/", "/A", "1/A", " 1/A", "Công văn 1/A/B", "Công văn 1/\xffA", "\xe1\xbbCông văn 1/A", "Công văn 1/Ǆ",
		"Công văn 2/A Công văn 3/B", "Công văn 2/A, Công văn 3/B", "Quyết định 12/qđ", strings.Repeat("x ", 300) + "Công văn 4/A",
	}
	paths, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	seeds, _ := filepath.Glob("../../testdata/seeds/*.toml")
	for _, p := range append(paths, seeds...) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(src))
		texts = append(texts, strings.Split(string(src), "\n")...)
	}
	rng := rand.New(rand.NewPCG(58, 1))
	pieces := []string{"Công văn", "công văn", "CÔNG VĂN", "Quyết định", "Nghị quyết liên tịch", "Thông báo", "Kế hoạch", "số", " ", " ", "  ", "\t", "\n", "(", ")", ",", ".", ";", ":", "x", "ngày", "1", "12", "12345", "123456", "/", "/", "A", "QĐ", "UBND", "&", "-", "Đ", "ư", "a", "K"}
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	for range 30000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			if rng.IntN(3) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))])
				continue
			}
			// a citation without "số", each part sometimes amiss
			b.WriteString(pick("", " ", "(", "x", "\n", ", "))
			b.WriteString(pick("Công văn", "công văn", "CÔNG VĂN", "Quyết định", "Nghị quyết liên tịch", "liên tịch", "Tờ trình", "Văn bản", "văn", "số"))
			b.WriteString(pick(" ", "  ", "\t", "\n ", "", " số "))
			b.WriteString(pick("1", "12", "1234", "12345", "123456", "x1"))
			b.WriteString(pick("/", "/", "-", ""))
			b.WriteString(pick("A", "QĐ", "UBND", "Đ", "a", "A&B", "A-B", "Ǆ", "\xff"))
			b.WriteString(pick("", " ", ",", ".", ")", ";", "x", "/", "1"))
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		want := issuerCodeNoSoRe().FindAllStringSubmatchIndex(s, -1)
		got := issuerCodeNoSoMatches(s, nil)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		matched++
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%.200q: the windows find %v, the whole text %v", s, got, want)
		}
	}
	if matched < 1000 {
		t.Errorf("only %d texts matched: the test proves little", matched)
	}
	t.Logf("%d of %d texts matched", matched, len(texts))
}
