package cite

import (
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want Number
	}{
		{"12/TB-UBND", Number{Seq: "12", Type: "TB", Issuer: "UBND", Family: Admin}},
		{"/TB-UBND", Number{Type: "TB", Issuer: "UBND", Family: Admin}},
		{"4979/UBND-KGVX", Number{Seq: "4979", Issuer: "UBND", Unit: "KGVX", Family: Admin}},
		{"58/QĐ-UBQGCDs", Number{Seq: "58", Type: "QĐ", Issuer: "UBQGCDs", Family: Admin}},
		{"30/2020/NĐ-CP", Number{Seq: "30", Year: "2020", Type: "NĐ", Issuer: "CP", Family: Legal}},
		{"351/2017/UBTVQH14", Number{Seq: "351", Year: "2017", Issuer: "UBTVQH14", Family: Legal}},
		{"13-NQ/TU", Number{Seq: "13", Type: "NQ", Issuer: "TU", Family: Party}},
		{"01-KH/TBTT-PV", Number{Seq: "01", Type: "KH", Issuer: "TBTT-PV", Family: Party}},
		{"05/BNV-VP", Number{Seq: "05", Issuer: "BNV", Unit: "VP", Family: Admin}},
		{"1342/TB-KBNN.KVVIII", Number{Seq: "1342", Type: "TB", Issuer: "KBNN.KVVIII", Family: Admin}},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", tt.in, err)
			continue
		}
		tt.want.Raw = tt.in
		if got != tt.want {
			t.Errorf("ParseNumber(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
	for _, in := range []string{"", "12", "12/", "12/TB", "1a/TB-UBND", "12/TB UBND", "12/TB--UBND", "12/TB-.UBND", "12/TB-UBND.", "12/TB-KBNN..KV", "12/TB-KBNN.8", "12/2020/", "13-NQ/", "x/y/z/w"} {
		if n, err := ParseNumber(in); err == nil {
			t.Errorf("ParseNumber(%q) = %+v, want an error", in, n)
		}
	}
}

func TestCodesFor(t *testing.T) {
	if c := CodesFor("Quyết định", Admin); len(c) != 1 || c[0] != "QĐ" {
		t.Errorf("CodesFor(Quyết định) = %v", c)
	}
	if c := CodesFor("bản thoả thuận", Admin); len(c) != 1 || c[0] != "BTT" {
		t.Errorf("tone folding: CodesFor(bản thoả thuận) = %v", c)
	}
	if c := CodesFor("Công văn", Admin); len(c) != 1 || c[0] != "" {
		t.Errorf("CodesFor(Công văn) = %v", c)
	}
}

func TestDateForms(t *testing.T) {
	tests := []struct {
		d            Date
		short, long_ string
	}{
		{Date{2024, 4, 12}, "12/4/2024", "ngày 12 tháng 4 năm 2024"},
		{Date{2023, 2, 2}, "02/02/2023", "ngày 02 tháng 02 năm 2023"},
		{Date{2020, 1, 5}, "05/01/2020", "ngày 05 tháng 01 năm 2020"},
		{Date{2024, 10, 0}, "10/2024", "ngày _ tháng 10 năm 2024"},
	}
	for _, tt := range tests {
		if s := tt.d.Short(); s != tt.short {
			t.Errorf("%v.Short() = %q, want %q", tt.d, s, tt.short)
		}
		if s := tt.d.Long("_"); s != tt.long_ {
			t.Errorf("%v.Long() = %q, want %q", tt.d, s, tt.long_)
		}
	}
	if (Date{2023, 2, 29}).IsReal() || !(Date{2024, 2, 29}).IsReal() {
		t.Error("leap years")
	}
}

func TestRomanRoundTrip(t *testing.T) {
	for n := 1; n < 400; n++ {
		if got := RomanValue(Roman(n)); got != n {
			t.Fatalf("RomanValue(%q) = %d, want %d", Roman(n), got, n)
		}
	}
	for _, s := range []string{"", "IIII", "VX", "IC", "A", "iv", "IIV"} {
		if v := RomanValue(s); v != 0 {
			t.Errorf("RomanValue(%q) = %d, want 0", s, v)
		}
	}
}

func TestLetters(t *testing.T) {
	var got []string
	for i := 1; i <= 8; i++ {
		got = append(got, Letter(i))
	}
	if s := strings.Join(got, " "); s != "a b c d đ e g h" {
		t.Errorf("letters %q", s)
	}
	if LetterIndex("đ") != 5 || LetterIndex("f") != 0 {
		t.Error("LetterIndex")
	}
}
