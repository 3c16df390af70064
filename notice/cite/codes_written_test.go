package cite

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// codesByFold is CodesFor as it was before typesByWritten: every name
// folded, then looked up.
func codesByFold(name string, f Family) []string {
	var codes []string
	for _, t := range typesByName()[Fold(name)] {
		if t.Family == f {
			codes = append(codes, t.Code)
		}
	}
	return codes
}

// TestCodesForAsFold holds CodesFor to the fold's look-up for every type
// name as the tables write it, in capitals, in small letters, decomposed,
// with spaces around and cut short, and for words that name no type, in
// each family: the written names' map must give what folding gives.
func TestCodesForAsFold(t *testing.T) {
	var names []string
	for _, list := range [][]DocType{adminTypes, legalTypes, partyTypes} {
		for _, d := range list {
			n := d.Name
			names = append(names, n, strings.ToUpper(n), strings.ToLower(n), norm.NFD.String(n), " "+n, n+" ", n[:len(n)/2], n+"x")
		}
	}
	names = append(names, "", "thông báo", "THÔNG BÁO", "Thong bao", "Nghi dinh", "công văn số", "UBND", "Kế  hoạch", "bản thoả thuận", "bản thỏa thuận")
	if len(typesByWritten()) < 20 {
		t.Fatalf("typesByWritten holds %d names", len(typesByWritten()))
	}
	for _, n := range names {
		for _, f := range []Family{Admin, Legal, Party, Family(99)} {
			if got, want := CodesFor(n, f), codesByFold(n, f); !slices.Equal(got, want) {
				t.Errorf("CodesFor(%q, %v) = %q, the fold's look-up %q", n, f, got, want)
			}
		}
	}
	for n, ts := range typesByWritten() {
		if want := typesByName()[Fold(n)]; !slices.Equal(ts, want) {
			t.Errorf("typesByWritten[%q] = %v, typesByName of its fold %v", n, ts, want)
		}
	}
}
