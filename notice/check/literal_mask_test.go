package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// literalCases are texts where a literal's runs and marks and a text's
// could part: a run across a mark, a literal inside a longer word, at
// the ends, invalid UTF-8, letters beyond Latin and combining marks.
var literalCases = []string{
	"", "giờ", "10giờ", "giờ30", "Giờ", "xgiờy", "gi ờ", "gi\u0300ờ", "\xffgiờ", "giờ\xff", "nhân dân", "nhân  dân",
	"nhândân", "thongbao:ignore", "thongbao: ignore", "a//b", "a/ /b", ". ", "a.b c", "Luật ", " Luật", "GD ĐT", "GDĐT",
	"ND ", "αnhân dân", "số ngày", "sốngày",
}

// TestLiteralMask holds textIndex.mayHold to strings.Contains for every
// literal the rules made, on every line of testdata, the lines of each
// file run together, and the cases: a text it says lacks a literal lacks
// it. It fails too when it tells too few texts, for then it saves
// nothing.
func TestLiteralMask(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", literalCases)
	texts := append([]string(nil), lines...)
	for i := 0; i+8 <= len(lines); i += 8 {
		texts = append(texts, strings.Join(lines[i:i+8], " "))
	}
	if len(literals) == 0 {
		t.Fatal("no literals made")
	}
	v := &View{}
	told, asked := 0, 0
	for _, s := range texts {
		x := v.index(s)
		for _, l := range literals {
			has := strings.Contains(s, l.text)
			may := x.mayHold(l)
			if has && !may {
				t.Errorf("mayHold(%q, %q) = false, but the text holds it", s, l.text)
			}
			if got := v.holds(s, l); got != has {
				t.Errorf("holds(%q, %q) = %v, want %v", s, l.text, got, has)
			}
			if got, want := v.indexIn(s, l), strings.Index(s, l.text); got != want {
				t.Errorf("indexIn(%q, %q) = %v, want %v", s, l.text, got, want)
			}
			asked++
			if !may {
				told++
			}
		}
	}
	if told < asked/2 {
		t.Errorf("mayHold told %d of %d texts and literals, want half at least", told, asked)
	}
}

// FuzzLiteralMask holds holds and indexIn to strings.Contains and
// strings.Index of every literal the rules made, on any text: a text the
// index says lacks a literal lacks it.
func FuzzLiteralMask(f *testing.F) {
	for _, s := range literalCases {
		f.Add(s)
	}
	f.Add("Quyết định 15 của Khoản 2 Điểm a điều 5 Phụ Lục")
	f.Fuzz(func(t *testing.T, s string) {
		v := &View{}
		for _, l := range literals {
			if got, want := v.holds(s, l), strings.Contains(s, l.text); got != want {
				t.Fatalf("holds(%q, %q) = %v, want %v", s, l.text, got, want)
			}
			if got, want := v.indexIn(s, l), strings.Index(s, l.text); got != want {
				t.Fatalf("indexIn(%q, %q) = %v, want %v", s, l.text, got, want)
			}
		}
	})
}

// TestLiteralRunsAsContains holds literalRunsOf, which compares at each
// byte of a word the runs that start with it, to strings.Contains of
// each run in the word: on every word of every line of testdata and of
// the cases, and on each word's tail from each of its bytes.
func TestLiteralRunsAsContains(t *testing.T) {
	v := &View{}
	seen := map[string]bool{}
	for _, s := range testlines.Read(t, "../../testdata", literalCases) {
		for _, lx := range v.index(s).lex {
			for i := range len(lx.text) {
				w := lx.text[i:]
				if seen[w] {
					continue
				}
				seen[w] = true
				var want runSet
				for k, x := range literalRuns {
					if strings.Contains(w, x) {
						want[k>>6] |= 1 << (k & 63)
					}
				}
				if got := literalRunsOf(w); got != want {
					t.Fatalf("literalRunsOf(%q) = %x, want %x", w, got, want)
				}
			}
		}
	}
	if len(seen) < 1000 {
		t.Fatalf("%d words tried, want a thousand at least", len(seen))
	}
}
