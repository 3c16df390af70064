package check

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestWindowGroupsAsFirstWritten compares windowGroups with the way it was
// first written (every name's keys built and grouped) on every notice of
// testdata: the seeds, the re-keyed notices, the corpus and the lint
// fixtures, read as TOML or as text.
func TestWindowGroupsAsFirstWritten(t *testing.T) {
	views := testdataViews(t)
	groups, missing := 0, 0
	for _, v := range views {
		segs := spellingSegs(v)
		got, want := windowGroups(v, segs), refWindowGroups(v, segs)
		groups += len(want)
		for _, g := range want {
			if g[0].variant == "long" {
				missing++
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: windowGroups gives %d groups, as first written %d", v.Path, len(got), len(want))
		}
		// Asked again, the view's scratch (its names, its tables of a
		// new generation) gives the same.
		if again := windowGroups(v, segs); !reflect.DeepEqual(again, want) {
			t.Fatalf("%s: windowGroups asked again gives %d groups, first %d", v.Path, len(again), len(want))
		}
	}
	if groups == 0 || missing == 0 {
		t.Fatalf("%d groups, %d of a word left out: the comparison shows too little", groups, missing)
	}
}

// testdataViews reads every notice of testdata: the seeds, the re-keyed
// notices, the corpus and the lint fixtures, read as TOML or as text,
// and two texts of names with a word left out.
func testdataViews(t *testing.T) []*View {
	var views []*View
	for _, dir := range []string{"seeds", "rekeyed", "corpus", "lint"} {
		filepath.WalkDir(filepath.Join("../../testdata", dir), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return nil
			}
			if v := readTestView(p, src); v != nil {
				views = append(views, v)
			}
			return nil
		})
	}
	// Names with a word left out, which no notice of testdata has.
	for _, text := range []string{
		"THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\nNgày 02/01/2024, UBND huyện họp.\n1. Giao Ban Quản lý dự án xây dựng huyện chủ trì. Ban Quản lý dự án xây dựng huyện báo cáo.\n2. Ban Quản lý án xây dựng huyện thực hiện ngay.\n",
		"THÔNG BÁO\nKết luận\nCác Trường Trung học Phổ thông Chuyên Lê Khiết phối hợp. Các Trường Trung học Phổ thông Chuyên Lê Khiết báo cáo.\nCác Trường Trung học Chuyên Lê Khiết thực hiện.\nCông ty Cổ phần Xây dựng Sông Trà Khúc Một làm. Công ty Cổ phần Xây dựng Trà Khúc Một nộp.\n",
	} {
		f, err := plain.Read("missing.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		views = append(views, FromText(f))
	}
	if len(views) < 50 {
		t.Fatalf("only %d notices read", len(views))
	}
	return views
}

// readTestView is the view of the notice (.toml) or text (.txt, .md) src
// read from p; nil for another file or one the reader refuses.
func readTestView(p string, src []byte) *View {
	switch {
	case strings.HasSuffix(p, ".toml"):
		if n, err := notice.Load(p, src); err == nil {
			return FromNotice(n)
		}
	case strings.HasSuffix(p, ".txt"), strings.HasSuffix(p, ".md"):
		if f, err := plain.Read(p, src); err == nil {
			return FromText(f)
		}
	}
	return nil
}

func refWindowGroups(v *View, segs []*Seg) [][]spot {
	byKey := map[string][]spot{}
	exact := map[string][]spot{}
	for _, s := range segs {
		ws := v.words(s.Text)
		keys := make([]refWordKeys, len(ws))
		for i := range ws {
			if !titleCase(ws[i].text) {
				continue
			}
			// The keys of the name of n words are those of n-1 words and one more.
			var exactK, looseK, lowerK string
			for n := 1; n <= maxNameWords && i+n <= len(ws); n++ {
				if n > 1 && !spaced(s.Text, ws[i+n-2].end, ws[i+n-1].off) {
					break
				}
				k := keys[i+n-1].of(ws[i+n-1].text)
				exactK, looseK, lowerK = exactK+ws[i+n-1].text+" ", looseK+k.loose+" ", lowerK+k.lower+" "
				if n < minNameWords {
					continue
				}
				w := ws[i : i+n]
				sp := spot{seg: s, off: w[0].off, end: w[n-1].end, form: s.Text[w[0].off:w[n-1].end], variant: exactK}
				byKey[looseK] = append(byKey[looseK], sp)
				if n >= longName-1 {
					exact[lowerK] = append(exact[lowerK], sp) // missingWord reads no shorter name
				}
			}
		}
	}
	var out [][]spot
	for _, g := range sortedGroups(byKey) {
		out = append(out, everyLengthSlips(v, g)...)
	}
	// The longest name first: it is the one the message shows.
	sort.SliceStable(out, func(i, j int) bool { return len(out[i][0].form) > len(out[j][0].form) })
	return append(out, missingWord(exact)...)
}

// refWordKeys are the forms of a word that windowGroups joins into keys,
// worked out once per word: loose folds case, marks and i/y (the
// spellings of one name share it), lower folds case.
type refWordKeys struct{ loose, lower string }

func (k *refWordKeys) of(w string) refWordKeys {
	if k.lower == "" {
		k.loose, k.lower = strings.ReplaceAll(stripTone(w), "y", "i"), strings.ToLower(w)
	}
	return *k
}
