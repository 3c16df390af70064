package plain

import (
	"reflect"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// cleanCases are lines with every character cleanLine reads for what it
// may be: no-break spaces, page breaks, superscript notes, Markdown's
// marks and notes, and characters that share their first byte with them.
var cleanCases = []string{
	"Hà\u00a0Nội\f, ngày 5", "xem¹ và ²³ chú thích⁴⁵", "⁰ghi chú", "“Quyết định” – số 5…", "**Nơi nhận:**", "a * b", `\*không\* nhấn`, `cuối \`,
	"[^1]: chú thích", "xem[^12] và [link]", "# Tiêu đề", "«a» ± ½ ° ·", "\xc2", "\xe2\x81", "a\xe2", "<!-- x --> y", "\r",
}

// cleanLineSlow is cleanLine reading every character by the loop alone,
// the runs it copies as they stand turned off.
func cleanLineSlow(raw string, md bool) line {
	p, m := plainStops, mdStops
	plainStops, mdStops = allStops, allStops
	defer func() { plainStops, mdStops = p, m }()
	return cleanLine(raw, 7, 3, md)
}

func sameClean(t *testing.T, s string) {
	t.Helper()
	for _, md := range []bool{false, true} {
		if got, want := cleanLine(s, 7, 3, md), cleanLineSlow(s, md); !reflect.DeepEqual(got, want) {
			t.Fatalf("cleanLine(%q, md %v) = %+v, the loop alone reads %+v", s, md, got, want)
		}
	}
}

// TestCleanLineRuns holds cleanLine's runs copied as they stand to its
// loop on every line of testdata.
func TestCleanLineRuns(t *testing.T) {
	for _, s := range testlines.Read(t, "../../testdata", cleanCases) {
		sameClean(t, s)
	}
}

// FuzzCleanLine holds cleanLine's runs to its loop on any line.
func FuzzCleanLine(f *testing.F) {
	for _, s := range cleanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameClean(t, s) })
}
