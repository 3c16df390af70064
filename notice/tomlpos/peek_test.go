package tomlpos

import (
	"reflect"
	"testing"
)

func TestPeek(t *testing.T) {
	p := Peek("number = \"12/TB-UBND\"\ndate = 2024-10-14 # ký ngày\n[issuer]\nname = [\"ỦY BAN NHÂN DÂN\", 'HUYỆN LÝ SƠN']\nshort = \"UBND \\u0068uyện\"\n[meeting]\nname = \"x\"\n")
	if v, ok := p.Value("number"); !ok || v != "12/TB-UBND" {
		t.Errorf("number = %q, %v", v, ok)
	}
	if v, _ := p.Value("date"); v != "2024-10-14" {
		t.Errorf("date = %q", v)
	}
	if v, _ := p.Value("issuer.short"); v != "UBND huyện" {
		t.Errorf("short = %q", v)
	}
	if got := p.Strings("issuer.name"); !reflect.DeepEqual(got, []string{"ỦY BAN NHÂN DÂN", "HUYỆN LÝ SƠN"}) {
		t.Errorf("name = %q", got)
	}
	if got := p.Strings("issuer.parent"); got != nil {
		t.Errorf("parent = %q", got)
	}
}
