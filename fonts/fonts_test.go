package fonts

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode"
)

func TestDefaultCoversVietnamese(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ơ ư Ơ Ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ đ Đ “” – ‘’ … ₫"
	for st := Regular; st <= Bold|Italic; st++ {
		if r, missing := s.Missing(text, st); missing {
			t.Errorf("style %q lacks U+%04X %q", st, r, r)
		}
	}
	// Superscript digits are incomplete (no ⁹, ⁰), which is why footnote
	// marks are drawn as raised small digits.
	if r, missing := s.Missing("¹⁹", Regular); !missing || r != '⁹' {
		t.Errorf("expected ⁹ to be missing from Liberation Serif, got %q %v", r, missing)
	}
	if r, missing := s.Missing("中文", Regular); !missing || r != '中' {
		t.Errorf("Chinese should be missing, got %q %v", r, missing)
	}
}

func TestMetricsMatchTimes(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f := s.Face(Regular)
	// Liberation Serif is metric-compatible with Times New Roman: 2048
	// units per em, space 512, "a" 909, "M" 1821.
	if f.UnitsPerEm != 2048 {
		t.Fatalf("units per em = %v", f.UnitsPerEm)
	}
	for r, want := range map[rune]float64{' ': 512, 'a': 909, 'M': 1821} {
		if got := f.Advance(r) * 2048; got != want {
			t.Errorf("advance(%q) = %v, want %v", r, got, want)
		}
	}
	if w := s.Face(Bold).Width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); w < 15 || w > 30 {
		t.Errorf("Quốc hiệu is %v em wide", w)
	}
}

func TestParseRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a font at all"), make([]byte, 64)} {
		if _, err := Parse("x", b); err == nil {
			t.Errorf("Parse(%q) accepted garbage", b)
		}
	}
}

func TestFromDirMissing(t *testing.T) {
	if _, err := FromDir(t.TempDir()); err == nil {
		t.Fatal("an empty directory has no Times New Roman")
	}
}

// TestFromDir loads four TrueType files under Times New Roman's names
// (here Liberation's, which is what a metric-compatible stand-in is).
func TestFromDir(t *testing.T) {
	dir := t.TempDir()
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Times New Roman.ttf", "TIMESBD.TTF", "timesi.ttf", "Times New Roman Bold Italic.ttf"}
	for i, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), def.faces[i].Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := FromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Family != "Times New Roman" || s.Face(Bold).Advance('M') != def.Face(Bold).Advance('M') {
		t.Errorf("loaded %+v", s)
	}
	again, _ := FromDir(dir + "/.")
	if again != s {
		t.Error("a font directory is parsed once per process")
	}
}

// TestFastAsGlyph: the table of the runes below fastLimit says what
// looking each one up in the cmap says, for every built-in face.
func TestFastAsGlyph(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []Style{Regular, Bold, Italic, Bold | Italic} {
		f := set.Face(st)
		for r := range rune(fastLimit) {
			want := -1.0
			if g := f.glyph(r); g != 0 || r == ' ' {
				want = float64(f.advances[g]) / f.UnitsPerEm
			}
			if f.fast[r] != want {
				t.Fatalf("%s: %U: %v, want %v", f.Name, r, f.fast[r], want)
			}
		}
	}
}

// TestPlain: Plain is every face's Has without the combining marks, below
// the table's limit, and false past it.
func TestPlain(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for r := rune(-1); r < fastLimit+0x100; r++ {
		want := r >= 0 && r < fastLimit && !unicode.Is(unicode.Mn, r)
		for _, st := range []Style{Regular, Bold, Italic, Bold | Italic} {
			want = want && set.Face(st).Has(r)
		}
		if got := set.Plain(r); got != want {
			t.Fatalf("%U: %v, want %v", r, got, want)
		}
	}
}

// TestWidthIsSumOfAdvances: Width, which looks the table up itself, adds
// what Advance gives, rune by rune in order, to the same float64.
func TestWidthIsSumOfAdvances(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "Thông báo kết luận", "ĐIỀU 5. Tổ chức thực hiện", "“Nơi nhận:” – № 12/TB-UBND…",
		"\x00\uFFFD\U0001F600 Ω Ж 中 \u2100\u20FF", string([]byte{0xff, 'a', 0xc3})}
	// Every rune to U+2200 alone and after a letter, and broken forms: a
	// lead byte cut short at the end, before a letter, overlong forms, a
	// continuation alone.
	for r := rune(0); r < 0x2200; r++ {
		texts = append(texts, string(r), "ệ"+string(r)+"a")
	}
	for _, b := range [][]byte{{0xe1}, {0xe1, 0x80}, {0xe2, 0x80}, {0xe2, 0x84}, {0xe2, 0x83, 'a'}, {0xe1, 'a', 0x80},
		{0xc2}, {0xc2, 'a'}, {0xc0, 0x80}, {0xc1, 0xbf}, {0xe0, 0x80, 0x80}, {0x80}, {0xbf, 0xe1, 0xbb, 0x87}, {0xed, 0xa0, 0x80}} {
		texts = append(texts, string(b), "a"+string(b), string(b)+"ư")
	}
	for _, st := range []Style{Regular, Bold, Italic, Bold | Italic} {
		f := set.Face(st)
		for _, s := range texts {
			want := 0.0
			for _, r := range s {
				want += f.Advance(r)
			}
			if got := f.Width(s); got != want {
				t.Errorf("%s: Width(%q) = %v, want %v", f.Name, s, got, want)
			}
		}
	}
}

// fillFastWalk is fillFast as it was: each rune below fastLimit in turn,
// the sorted ranges walked alongside.
func fillFastWalk(f *Face) []float64 {
	fast := make([]float64, fastLimit)
	i := 0
	for r := range rune(fastLimit) {
		for i < len(f.ranges) && f.ranges[i].end < r {
			i++
		}
		var g uint16
		if i < len(f.ranges) && f.ranges[i].start <= r {
			g = f.ranges[i].glyph(r, len(f.advances))
		}
		fast[r] = -1
		if g != 0 || r == ' ' {
			fast[r] = float64(f.advances[g]) / f.UnitsPerEm
		}
	}
	return fast
}

// TestFillFastRanges: fillFast, range by range, gives the table of the
// walk rune by rune, for the built-in faces and for ranges that overlap,
// nest, end past the table or leave out the space.
func TestFillFastRanges(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	faces := []*Face{set.Face(Regular), set.Face(Bold), set.Face(Italic), set.Face(Bold | Italic)}
	adv := make([]uint16, 300)
	for i := range adv {
		adv[i] = uint16(100 + i)
	}
	faces = append(faces, &Face{Name: "made", UnitsPerEm: 1000, advances: adv, ranges: []cmapRange{
		{start: 0x21, end: 0x7e, delta: -0x20},
		{start: 0x40, end: 0x50, delta: 5},                  // inside the one before
		{start: 0x70, end: 0x90, idx: make([]uint16, 0x21)}, // overlaps it, no glyphs
		{start: 0x91, end: 0xa0, delta: -0x98},              // glyphs wrapping past 0xFFFF to 0 and on
		{start: 0xc0, end: 0x3000, delta: 0},                // past the table; glyphs past the font
		{start: 0x100, end: 0x110, delta: 1},
	}})
	for _, f := range faces {
		f.tables() // a built-in face reads them when first asked
		want := fillFastWalk(f)
		g := &Face{Name: f.Name, UnitsPerEm: f.UnitsPerEm, advances: f.advances, ranges: f.ranges} // the built-in faces are shared
		g.fillFast()
		if !reflect.DeepEqual(g.fast, want) {
			for r := range want {
				if g.fast[r] != want[r] {
					t.Fatalf("%s: %U: %v, want %v", f.Name, r, g.fast[r], want[r])
				}
			}
		}
	}
}
