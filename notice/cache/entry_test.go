package cache

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestEntryRoundTrip: findings read back as written, the checked file's
// own path given back under the name asked.
func TestEntryRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	strs := []string{"", "x.toml", "một thông báo", strings.Repeat("dài ", 300), "\xff\x00"}
	pick := func() string { return strs[rng.IntN(len(strs))] }
	for i := range 500 {
		l := make(diag.List, rng.IntN(6))
		for j := range l {
			l[j] = diag.Finding{
				Pos:  diag.Pos{Path: pick(), Line: rng.IntN(1 << 20), Col: rng.IntN(300) - 1},
				Rule: pick(), Severity: diag.Severity(rng.IntN(3)),
				Message: diag.Text{VI: pick(), EN: pick()}, Fix: diag.Text{VI: pick(), EN: pick()}, Ref: pick(),
			}
		}
		want := make(diag.List, len(l))
		for j, f := range l {
			if f.Pos.Path == "x.toml" || f.Pos.Path == "" {
				f.Pos.Path = "y.toml"
			}
			want[j] = f
		}
		got, err := decodeEntry(encodeEntry(l, "x.toml"), "y.toml")
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: got %v, %v; want %v", i, got, err, want)
		}
	}
}

// TestEntryHoldsEveryField: the entry writes each field of a finding; a
// field added to diag.Finding must be added to the entry too (and
// entryVersion raised).
func TestEntryHoldsEveryField(t *testing.T) {
	var names []string
	for _, typ := range []reflect.Type{reflect.TypeFor[diag.Finding](), reflect.TypeFor[diag.Pos](), reflect.TypeFor[diag.Text]()} {
		for i := range typ.NumField() {
			names = append(names, typ.Name()+"."+typ.Field(i).Name)
		}
	}
	want := "Finding.Pos Finding.Rule Finding.Severity Finding.Message Finding.Fix Finding.Ref Pos.Path Pos.Line Pos.Col Text.VI Text.EN"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("diag's findings are %s; the cache entry writes %s", got, want)
	}
}

// FuzzDecodeEntry: any payload decodes to findings that encode back to it,
// or is refused; nothing panics.
func FuzzDecodeEntry(f *testing.F) {
	f.Add(encodeEntry(diag.List{{Pos: diag.Pos{Path: "a", Line: 3}, Rule: "r", Message: diag.Msg("một", "one")}}, "x"))
	f.Add([]byte{entryVersion, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := decodeEntry(b, "")
		if err != nil {
			return
		}
		if again := encodeEntry(l, "\x00no path"); string(again) != string(b) && len(l) > 0 {
			// Varints have one shortest form; a payload with a longer one
			// decodes but writes back shorter: decode that again.
			if l2, err := decodeEntry(again, ""); err != nil || !reflect.DeepEqual(l, l2) {
				t.Fatalf("%x decodes to %v, which does not read back", b, l)
			}
		}
	})
}
