package tomlpos

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/thongbao/thongbao/notice/source"
)

// blankSamples are sources whose strings are plain, quoted oddly, or not
// plain at all; each must parse to what the parser gives for the text as
// written.
var blankSamples = []string{
	"a = \"x\"\nb = 'y'\nc = \"\"\"\nline 1\nline 2\"\"\"\nd = '''\n  raw \"q\" '''\n",
	"a = [\"x\", 'y', \"\"\"z\"\"\", '''w''']\nt = { k = \"v\", n = 1 }\n",
	"a = \"\"\"x\"\"\"\"\"\nb = '''y'''''\n",
	"a = \"\\u0041\"\nb = \"~0\"\nc = \"x\"\n",
	"a = \"~0\"\nb = \"long enough\"\n",
	"a = \"\"\"\r\nx\r\n\"\"\"\nb = \"x\"\n",
	"[[t]]\nx = \"one\"\n[[t]]\nx = \"two\"\n[t.sub]\ny = [\"three\", \"four\"]\n",
	"a = \"x\" b = \"y\"\n",
	"a = \"x\"\na = \"y\"\n",
	"a = \"\"\"x\"\"\" junk\nb = 1\n",
	"a = \"\"\"x\ny\"\"\"\"\"\"\n",
	"a = \"tab\there\"\nb = \"ctl\x01\"\n",
	"a = [\n  \"x\", # c\n  \"\"\"\n  y\"\"\",\n]\n",
	"\"k\" = \"v\"\n'l' = 'w'\nm.\"n\" = \"o\"\n",
	"a = 'x\nb = \"y\"\n",
	"a = \"\"\n",
}

func TestParseRawMatchesParser(t *testing.T) {
	srcs := append([]string(nil), blankSamples...)
	paths, _ := filepath.Glob("../../testdata/*/*.toml")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for _, src := range srcs {
		checkParseRaw(t, src)
	}
}

// TestSeedsAreParsedBlanked keeps the short way in use: a seed must come
// back from the blanked text, not from parsing it as written.
func TestSeedsAreParsedBlanked(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/seeds/*.toml")
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		b := blankStrings(source.New(p, string(src)), buildIndex(string(src)))
		if b == nil || len(b.vals) == 0 {
			t.Fatalf("%s: nothing blanked", p)
		}
		var raw map[string]any
		if _, err := toml.Decode(b.text, &raw); err != nil {
			t.Fatalf("%s: the blanked text does not parse: %v", p, err)
		}
		if !b.restore(raw) {
			t.Fatalf("%s: the strings taken out do not all come back", p)
		}
	}
}

func checkParseRaw(t *testing.T, src string) {
	t.Helper()
	var want map[string]any
	_, wantErr := toml.Decode(src, &want)
	got, _, _, err := parseRaw(source.New("f.toml", src))
	if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("%q: error %v, want %v", src, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q:\n got %#v\nwant %#v", src, got, want)
	}
}

// FuzzParseRaw: the blanked parse gives the parser's own values and
// errors for any text.
func FuzzParseRaw(f *testing.F) {
	for _, s := range blankSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if off, _ := checkNesting(src, Limits{}); off >= 0 {
			return
		}
		checkParseRaw(t, src)
	})
}
