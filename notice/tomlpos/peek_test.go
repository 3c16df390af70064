package tomlpos

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
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

// peekedHeader is what a notice's header asks of a peek.
func peekedHeader(p *Peeked) []string {
	num, _ := p.Value("number")
	date, _ := p.Value("date")
	short, _ := p.Value("issuer.short")
	return append([]string{num, date, short}, p.Strings("issuer.name")...)
}

// peekTableCases are documents whose issuer is written every way TOML
// allows, or missing, or after the body.
var peekTableCases = []string{
	"number = \"1/TB\"\ndate = 2024-01-02\n[issuer]\nname = [\"A\", \"B\"]\nshort = \"S\"\n[meeting]\nname = \"x\"\n[issuer2]\nshort = 'no'\n",
	"number = \"1/TB\"\nissuer.short = \"S\"\nissuer.name = [\"A\"]\n[body]\nx = 1\n",
	"number = \"1/TB\"\nissuer = { short = \"S\", name = [\"A\"] }\n[body]\nx = 1\n",
	"number = \"1/TB\"\n[body]\nx = \"[issuer]\"\ny = '''\n[issuer]\nshort = 'no'\n'''\n[[tasks.groups]]\n[issuer]\nshort = \"late\"\n",
	"number = \"1/TB\"\n[meeting]\n[issuer.parent]\nname = \"P\"\n[issuer]\nshort = \"S\"\n",
	"date = 2024-01-02\n[body]\nx = 1\n",
	"[issuer]\nshort = \"S\"\n[issuer.sub]\nname = 'n'\n[other]\n",
	"number = \"1/TB\"\n[issuer]\nshort = \"S\"\n[body\nx = 1\n",
}

// TestPeekTableAsPeek: PeekTable finds the header Peek finds, in every
// TOML file of testdata and in peekTableCases.
func TestPeekTableAsPeek(t *testing.T) {
	docs := slices.Clone(peekTableCases)
	filepath.WalkDir("../../testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".toml") {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, string(b))
		}
		return nil
	})
	if len(docs) < len(peekTableCases)+50 {
		t.Fatalf("only %d documents", len(docs))
	}
	for _, doc := range docs {
		want := peekedHeader(Peek(doc))
		if got := peekedHeader(PeekTable(doc, "issuer")); !slices.Equal(got, want) {
			t.Errorf("%.80q: %q, want %q", doc, got, want)
		}
	}
}

// FuzzPeekTable: on any document BurntSushi/toml takes, PeekTable finds
// the header Peek finds.
func FuzzPeekTable(f *testing.F) {
	for _, c := range peekTableCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		var v map[string]any
		if _, err := toml.Decode(doc, &v); err != nil {
			return
		}
		want := peekedHeader(Peek(doc))
		if got := peekedHeader(PeekTable(doc, "issuer")); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", doc, got, want)
		}
	})
}
