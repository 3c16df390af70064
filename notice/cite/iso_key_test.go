package cite

import (
	"fmt"
	"strings"
	"testing"
)

// TestISOAsSprintf holds Date.ISO to the Sprintf forms it replaced, for
// dates in and out of the four-and-two-digit form.
func TestISOAsSprintf(t *testing.T) {
	years := []int{-12, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1945, 2026, 9999, 10000, 123456}
	parts := []int{-3, 0, 1, 9, 10, 12, 31, 99, 100, 1234}
	for _, y := range years {
		for _, m := range parts {
			for _, d := range parts {
				dt := Date{Year: y, Month: m, Day: d}
				if got, want := dt.ISO(), dt.isoFmt(); got != want {
					t.Errorf("%+v: ISO %q, Sprintf %q", dt, got, want)
				}
			}
		}
	}
}

// TestKeyAsSprintf holds Number.Key to the Sprintf form it replaced.
func TestKeyAsSprintf(t *testing.T) {
	for _, raw := range []string{"26/QĐ-UBND", "4979/UBND-KGVX", "/TB-UBND", "30/2020/NĐ-CP", "13-NQ/TU", "0012/BC-SYT"} {
		for _, f := range []Family{Admin, Legal, Party, Family(12)} {
			n, err := ParseNumber(raw)
			if err != nil {
				n = Number{Raw: raw, Seq: raw}
			}
			n.Family = f
			want := fmt.Sprintf("%d|%s|%s|%s", n.Family, strings.TrimLeft(n.Seq, "0"), n.Year, Fold(n.Type+"-"+n.Issuer+"-"+n.Unit))
			if got := n.Key(); got != want {
				t.Errorf("%+v: Key %q, Sprintf %q", n, got, want)
			}
		}
	}
}
