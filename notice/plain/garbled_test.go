package plain

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The reference: garbled and garbledWord as they were before they walked
// each word once, kept to hold the new code to the old answer.

// refTally is the old loop of garbled: the counts it judged a text by.
func refTally(ps []Para) (t tally) {
	for _, p := range ps {
		for w := range strings.FieldsSeq(p.Text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if !refHasLetter(w) {
				continue
			}
			t.words++
			if refGarbledWord(w) {
				t.bad++
				continue
			}
			if lw := strings.ToLower(w); isSyllable(lw) {
				t.syllables++
				if strings.IndexFunc(lw, func(r rune) bool { return r > unicode.MaxASCII }) >= 0 {
					t.marked++
				}
			}
		}
	}
	return t
}

// refGarbled is the old garbled.
func refGarbled(ps []Para) bool {
	t := refTally(ps)
	words, bad, syllables, marked := t.words, t.bad, t.syllables, t.marked
	if words < minWords {
		return words >= 5 && bad*2 > words
	}
	return float64(bad) >= badShare*float64(words) ||
		syllables >= minWords && float64(marked) < markedShare*float64(syllables)
}

func refHasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// refGarbledWord is the old garbledWord.
func refGarbledWord(w string) bool {
	prev := ' ' // the kind of the last rune: 'a' letter, '0' digit, ' ' other
	digitsAfterLetter := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			if !refVietnameseLetter(r) {
				return true
			}
			if prev == '0' && digitsAfterLetter {
				return true
			}
			prev, digitsAfterLetter = 'a', false
		case unicode.IsDigit(r):
			if prev == 'a' {
				digitsAfterLetter = true
			}
			if prev != '0' && prev != 'a' {
				digitsAfterLetter = false
			}
			prev = '0'
		case strings.ContainsRune("-/.,:;'’()&+_%x×", r):
			prev, digitsAfterLetter = ' ', false
		default:
			return true // a symbol inside a word: "lu@n", "K€t"
		}
	}
	return false
}

// garbledCases are texts and words where the new code and the old could
// part: trimming, case, marks, digits, symbols, broken UTF-8.
var garbledCases = []string{"", "TH0NG B4O", "t1ch", "D40cm", "106m3", "K€t", "lu@n", "(Kết)", "«Báo»", "ĐỒNG", "İ", "İa",
	"Kelvin", "Åa", "ÀÁẢÃẠ", "x×y", "a’b", "12€34", "€", "--", "a\xff", "\xffa\xff", "\xe1\xba", "Ǆa", "ǅa", "ﬁn",
	"١٢٣a", "a١", "NGHIÊNG", "Nghiêng.", "a1b2", "1a1", "a-1b", "ȺA", "Ω", "ꓐ", "ΣΑ", "Ⅻ", "a\u0301", "\u0301a\u0301"}

// paraSets are the ways a test reads a text as paragraphs: whole, line
// by line as one text, and each line alone.
func paraSets(text string) [][]Para {
	var lines []Para
	sets := [][]Para{{{Text: text}}}
	for l := range strings.SplitSeq(text, "\n") {
		lines = append(lines, Para{Text: l})
		sets = append(sets, []Para{{Text: l}})
	}
	return append(sets, lines)
}

func sameGarbled(t *testing.T, name string, ps []Para) {
	t.Helper()
	if got, want := tallyWords(ps), refTally(ps); got != want {
		t.Fatalf("%s: tally %+v, old %+v", name, got, want)
	}
	if got, want := garbled(ps), refGarbled(ps); got != want {
		t.Fatalf("%s: garbled %v, old %v", name, got, want)
	}
}

// TestGarbledAsBefore holds garbled to the old code on every .txt under
// testdata, read as a notice and line by line, and on garbledCases.
func TestGarbledAsBefore(t *testing.T) {
	n := 0
	for _, root := range []string{"../../testdata", "testdata"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			n++
			for _, ps := range paraSets(string(src)) {
				sameGarbled(t, path, ps)
			}
			if f, err := Read(path, src); err == nil {
				sameGarbled(t, path+" (read)", f.Paras)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 500 {
		t.Fatalf("only %d texts read", n)
	}
	for _, c := range garbledCases {
		sameGarbled(t, c, []Para{{Text: c}})
		sameGarbled(t, c, []Para{{Text: strings.Repeat(c+" ", 25)}})
	}
}

// FuzzGarbled holds garbled to the old code on any text.
func FuzzGarbled(f *testing.F) {
	for _, c := range garbledCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ps := range paraSets(s) {
			sameGarbled(t, s, ps)
		}
	})
}

// BenchmarkGarbled judges every text of testdata/corpus as Read
// paragraphs it, the work garbled does once a text notice is read.
func BenchmarkGarbled(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	var texts [][]Para
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		f, err := Read(p, src)
		if err != nil {
			continue
		}
		texts = append(texts, f.Paras)
	}
	if len(texts) == 0 {
		b.Fatal("no texts read")
	}
	for i := 0; b.Loop(); i++ {
		garbled(texts[i%len(texts)])
	}
}

// refVietnameseLetter is the old vietnameseLetter.
func refVietnameseLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	l := unicode.ToLower(r)
	return l == 'đ' || isVowel(l)
}

// TestVowelsLowerLetters holds what judgeWord assumes of a rune in
// vowels or đ: a letter in lower case.
func TestVowelsLowerLetters(t *testing.T) {
	for _, r := range vowels + "đ" {
		if !unicode.IsLetter(r) || unicode.ToLower(r) != r {
			t.Errorf("%q is not a letter in lower case", r)
		}
	}
}
