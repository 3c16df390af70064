package check

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// formulaRe and addressedRe are what formulaIn and addressedIn read
// (closing_read.go), as the rules ran them until s91. formulaRe: Go's
// \b knows ASCII letters only, so word edges are spelled out as spaces.
// addressedRe reads who a closing sentence addresses: "thông báo để
// <who> biết, thực hiện", "thông báo đến <who> liên quan biết".
var (
	formulaRe   = lazyre.New(`(?i)thông báo\s(?:.*?\s)?(?:để|đến|và đề nghị|cho|yêu cầu|đề nghị)\s.*(?:\sbiết|thực hiện)`)
	addressedRe = lazyre.New(`(?i)thông báo\s(?:.*?\s)?(?:để|đến|và đề nghị|cho)\s+(.+?)\s+(?:liên quan\s+)?(?:được\s+)?(?:biết|triển khai|thực hiện|nghiêm túc)`)
)

var matchFromCases = []string{
	"", "thông báo", "Văn phòng UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện.",
	"THÔNG BÁO ĐẾN Phòng Nội vụ được biết", "Thông  báo cho", "xin thông báo thông báo đến các xã liên quan biết",
	"thông báo\nđến ai\nbiết", "Thông báo để Sở Y tế triển khai", "tHÔNG bÁO và đề nghị các phòng nghiêm túc thực hiện",
	"\xffthông báo cho A biết", "thông bá o cho A biết", "Đề nghị phổ biến Thông báo này cho cán bộ, sinh viên biết",
	"thông báo để  A  liên quan  được  biết", "thông báo để A liên quan B biết", "thông báo cho A\tđược\nbiết",
	"thông báo để A \u212Ahai triển \u212Ahai", "thông báo để A triển \u212Ahai", "thông báo để\ncho A biết",
	"thông báo  để A biết", "thông báo đểA biết thông báo cho B biết", "thông báo yêu cầu\nA biết", "thông báo đề nghị A\nthực hiện",
	"thông báo cho để A biết", "thông báo cho\n biết", "thông báo để \xe1 biết", "thông báo để A\xe1\nbiết",
}

// sameAsExpr checks formulaIn and addressedIn against the expressions
// they read, on s.
func sameAsExpr(t *testing.T, s string) {
	t.Helper()
	if want, got := addressedRe().FindStringSubmatchIndex(s), addressedIn(s); !reflect.DeepEqual(got, want) {
		t.Errorf("addressedIn(%q) = %v, the expression says %v", s, got, want)
	}
	if want, got := formulaRe().MatchString(s), formulaIn(s); got != want {
		t.Errorf("formulaIn(%q) = %v, the expression says %v", s, got, want)
	}
}

// TestClosingReadAsExpr holds formulaIn and addressedIn to the
// expressions: on the cases above; on every line of testdata's texts
// that holds "thông báo" under folding, alone and with the next two
// lines (a closing read across its line breaks, or joined by a space);
// and on 30,000 made sentences of the words the expressions read in
// their order, with capitals, spaces, tabs, line breaks, broken bytes and
// other words, a word now and then left out or put in another's place.
func TestClosingReadAsExpr(t *testing.T) {
	for _, s := range matchFromCases {
		sameAsExpr(t, s)
	}
	var paths []string
	for _, ext := range []string{"txt", "md", "toml"} {
		for _, pat := range []string{"../../testdata/*/*.", "../../testdata/*/*/*.", "../../testdata/*."} {
			ps, _ := filepath.Glob(pat + ext)
			paths = append(paths, ps...)
		}
	}
	read := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(src), "\n")
		for i, l := range lines {
			if !containsFold(l, "thông báo") {
				continue
			}
			read++
			sameAsExpr(t, l)
			sameAsExpr(t, strings.Join(lines[i:min(i+3, len(lines))], "\n"))
			sameAsExpr(t, strings.Join(lines[i:min(i+3, len(lines))], " "))
		}
	}
	if read < 1000 {
		t.Fatalf("only %d lines of testdata hold \"thông báo\" (%d files)", read, len(paths))
	}
	// made sentences: the slots of a closing in order, each piece of a slot
	// left out or taken from another slot now and then, and noise between
	slots := [][]string{
		{"Văn phòng", "A", "", "thông báo ", "\xe1"},
		{"thông báo", "THÔNG BÁO", "Thông Báo", "thông bá", "tHÔNG bÁO"},
		{" ", "  ", "\t", "\n", "", " \n"},
		{"", "", "kết luận ", "A\n", "các ", "B "},
		{"để", "ĐỂ", "đến", "Đến", "và đề nghị", "đề nghị", "cho", "CHO", "yêu cầu", "Yêu Cầu"},
		{" ", "  ", "\t", "\n", "", "\r "},
		{"các đơn vị", "A", "Sở Y tế", "ư", "\xe1", "", "các xã, A\nB", "liên quan", "được"},
		{" ", "  ", "\t", "\n", "", " \f"},
		{"", "liên quan ", "LIÊN QUAN  ", "liên quan", "liên  quan "},
		{"", "được ", "Được\t", "được", "được\n"},
		{"biết", "BIẾT", "triển khai", "triển \u212Ahai", "thực hiện", "Thực Hiện", "nghiêm túc", "b", "thực"},
		{"", ", thực hiện", " biết", ".", "\nbiết", " thông báo cho A biết"},
	}
	r := rand.New(rand.NewPCG(91, 14))
	matched := [2]int{}
	for range 30000 {
		s := madeLine(r, slots, 20)
		sameAsExpr(t, s)
		if formulaIn(s) {
			matched[0]++
		}
		if addressedIn(s) != nil {
			matched[1]++
		}
	}
	if matched[0] < 3000 || matched[1] < 3000 {
		t.Errorf("of the made sentences, %d hold a formula and %d an addressee: too few to tell", matched[0], matched[1])
	}
}

// TestFoldToASCII holds foldPrefixEnd's quick test: the only runes
// beyond ASCII whose simple folds reach ASCII are K (Kelvin) and ſ.
func TestFoldToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf && r != '\u212A' && r != '\u017F' {
				t.Errorf("%U folds to %q", r, f)
			}
		}
	}
}

func FuzzMatchFrom(f *testing.F) {
	for _, s := range matchFromCases {
		f.Add(s)
	}
	f.Fuzz(sameAsExpr)
}

// madeLine writes a line of slots, a piece of each chosen by r, one slot
// in n left out and one in n given a piece of another slot: the made
// lines a hand-written reader is held to its expression on.
func madeLine(r *rand.Rand, slots [][]string, n int) string {
	var b strings.Builder
	for _, slot := range slots {
		switch k := r.IntN(n); {
		case k == 0: // left out
		case k == 1: // a piece of another slot
			o := slots[r.IntN(len(slots))]
			b.WriteString(o[r.IntN(len(o))])
		default:
			b.WriteString(slot[r.IntN(len(slot))])
		}
	}
	return b.String()
}
