package check

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// leadDateCases are sentence heads leadDateRe matches, and some it
// nearly does.
var leadDateCases = []string{
	"Ngày 23/12/2015, Thủ tướng Chính phủ có ", "Ngày 05/12/2011 Bộ Y tế đã ban hành ", "Triển khai Nghị định, ngày 17 tháng 6 năm 2025 Bộ trưởng Bộ Nội vụ đã ký\t",
	"Ngày 1/2/2020 Sở ký", "ngày 1/2/2020, UBND có\n ", "Ngày 1/2/2020 Sở ban hành\v", "Ngày 1/2/2020 Sở kýx", "Ngày 1/2/2020 sở có ",
}

// TestMayLeadDate holds mayLeadDate to leadDateRe: every text the
// expression matches passes it, on each head of every line of testdata
// the expression can match (one that ends with "có", "hành" or "ký").
func TestMayLeadDate(t *testing.T) {
	for _, s := range append(proseTexts(t), leadDateCases...) {
		for _, w := range wordsWithOffsets(s) {
			if w.text == "có" || w.text == "hành" || w.text == "ký" {
				sameLeadDate(t, s[:w.end])
				sameLeadDate(t, s[:w.end]+" ")
			}
		}
		sameLeadDate(t, s)
	}
}

func sameLeadDate(t *testing.T, s string) {
	t.Helper()
	if leadDateRe().MatchString(s) && !mayLeadDate(s) {
		t.Fatalf("leadDateRe matches %q, which mayLeadDate turns away", s)
	}
}

// FuzzMayLeadDate holds mayLeadDate to leadDateRe on any text.
func FuzzMayLeadDate(f *testing.F) {
	for _, s := range leadDateCases {
		f.Add(s)
	}
	f.Fuzz(sameLeadDate)
}

// TestDateSentenceEndsStopped holds leadDatedStopped's look (the text
// before the citation's sentence ends with a full stop) to dateSentenceRe
// on every line of testdata and the text before each of its stops, with
// the spaces after them trimmed as the rule trims them.
func TestDateSentenceEndsStopped(t *testing.T) {
	texts := []string{"Ngày 11/03/2022.", "ngày 1 tháng 2 năm 2020 .", "Ngày 11/03/2022.\t", "x. Ngày 11/03/2022 \n."}
	for _, s := range proseTexts(t) {
		texts = append(texts, s)
		for i := range len(s) {
			if s[i] == '.' {
				texts = append(texts, s[:i+1], s[:i+1]+" ")
			}
		}
	}
	found := 0
	for _, s := range texts {
		s = strings.TrimRight(s, " ")
		if dateSentenceRe().MatchString(s) {
			found++
			if !strings.HasSuffix(s, ".") {
				t.Errorf("dateSentenceRe matches %q, which does not end with a stop", s)
			}
		}
	}
	if found < 20 {
		t.Errorf("dateSentenceRe matches %d texts, want 20 at least: the lines were not read", found)
	}
}

// TestDateSentenceAsExpression holds dateSentence to dateSentenceRe on
// every line of testdata, the text before each of its stops, and texts
// made of the pieces both read: "Ngày" twice, spaces of every kind
// before it, a stop, a sign or a letter before them, broken bytes.
func TestDateSentenceAsExpression(t *testing.T) {
	texts := []string{"Ngày 11/03/2022.", "ngày 1 tháng 2 năm 2020 .", "x. Ngày 11/03/2022 \n.", "Ngày Ngày 1/2/2020.", "gày 1/2/2020.", ".Ngày 1/2/2020."}
	for _, s := range proseTexts(t) {
		texts = append(texts, s)
		for i := range len(s) {
			if s[i] == '.' {
				texts = append(texts, strings.TrimRight(s[:i+1], " "))
			}
		}
	}
	texts = append(texts, testlines.Random([]string{"Ngày ", "ngày", "Ngày", "gày", "N", " ", "\t", "\v", "\n", ".", ";", ":", ",", "x", "é", "\xe1",
		"11/03/2022", "1/2/20", "1 tháng 2 năm 2020", "1 tháng 2 năm 20", " tháng ", " năm ", "2020", " ."}, 20000, 6, 105)...)
	r := rand.New(rand.NewPCG(106, 0))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	for range 40000 {
		texts = append(texts, pick("", "Ngày 1/2/2020", "x", "é", "\xe1", "Ngày")+pick("", ".", ";", ":", ",", "x", "é")+pick("", " ", "  ", "\t\n", "\v", "\f\r ")+
			pick("Ngày", "ngày", "Ngày", "gày", "Ngay", "NGÀY")+pick(" ", "  ", "\t", "", "\v")+
			pick("11/03/2022", "1/2/202", "1/2/20", "111/2/2020", "1 tháng 2 năm 2020", "12  tháng\t2 năm 2020", "1 tháng 2 năm 20", "1 tháng 2/2020")+
			pick("", " ", "\n", "\v")+pick(".", ".", "", ". ", "x.", "..")+pick("", "", ".", "\xe1"))
	}
	found := 0
	for _, s := range texts {
		m := dateSentenceRe().FindStringSubmatch(s)
		got, ok := dateSentence(s)
		if m != nil {
			found++
		}
		if ok != (m != nil) || ok && got != m[1] {
			t.Errorf("dateSentence(%q) = %q, %v; the expression finds %q", s, got, ok, m)
		}
	}
	if found < 200 {
		t.Errorf("dateSentenceRe matches %d texts, want 200 at least", found)
	}
}
