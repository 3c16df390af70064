package check

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestMonthSpansAsFindAll holds monthSpans to monthSpanRe's
// FindAllStringSubmatchIndex on every line of testdata and on texts made
// of the pieces both read: spans at the end of a text, numbers longer
// than the expression takes, a span right after another, broken bytes.
func TestMonthSpansAsFindAll(t *testing.T) {
	if n := len(monthSpanRe().FindString(monthSpanLongest + "x")); n != 0 {
		t.Errorf("monthSpanRe matches %d bytes of %q, want none: the closing \\b", n, monthSpanLongest+"x")
	}
	texts := append(proseTexts(t), monthSpanLongest, monthSpanLongest+" ", "từ năm 2020 đến năm 2021từ năm 2022 đến năm 2020",
		"Từ tháng 3/2025 đến tháng 9/2024", "từ tháng 3 năm 2025 đến hết tháng 9 năm 20245", "xTừ năm 2025 đến năm 2024ừ")
	texts = append(texts, testlines.Random([]string{"Từ ", "từ ", "tTừ ", "ừ ", "tháng ", "năm ", " năm ", "3", "12", "123", "/", "2025", "20251",
		" đến ", "đến ", "hết ", "x", "\xe1", "\xe1\xbb", "é", " "}, 20000, 12, 103)...)
	texts = append(texts, madeSpans(20000)...)
	found := 0
	for _, s := range texts {
		want := monthSpanRe().FindAllStringSubmatchIndex(s, -1)
		found += len(want)
		if got := monthSpans(s); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("monthSpans(%q) = %v, want %v", s, got, want)
		}
	}
	if found < 500 {
		t.Errorf("monthSpanRe matches %d spans, want 500 at least", found)
	}
}

// madeSpans makes n texts of spans, each slot of a span written one of
// several ways, some of which the expression refuses, with text between
// them and after the last.
func madeSpans(n int) []string {
	r := rand.New(rand.NewPCG(104, 0))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	end := func() string {
		month := "tháng " + pick("3", "12", "12", "123", "") + pick(" năm ", "/", " năm ", "/", " năm", "") + pick("2025", "2024", "2025", "202", "20251")
		return pick(month, month, "năm "+pick("2025", "2024", "20245", "9"), "hết năm 2024")
	}
	out := make([]string, n)
	for i := range out {
		var b []byte
		for range 1 + r.IntN(3) {
			b = append(b, pick("", "x", " ", "\xe1", "ừ ", "\"", "T")...)
			b = append(b, pick("Từ ", "từ ", "Từ ", "ừ ", "Tư ")+end()+pick(" đến ", " đến hết ", " đến ", " đên ", "đến ")+end()...)
		}
		out[i] = string(append(b, pick("", "x", "5", " ", "é", "\xe1", "ừ ")...))
	}
	return out
}
