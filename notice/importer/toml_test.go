package importer

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/source"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// decodeValue reads the value of key in src with BurntSushi (tomlpos.JSON).
func decodeValue(t *testing.T, src, key string) any {
	t.Helper()
	data, err := tomlpos.JSON(src)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m[key]
}

var tricky = []string{
	"",
	"Kết luận của đồng chí Nguyễn Văn A",
	`dấu "ngoặc" và \ gạch chéo ngược \\ và \"`,
	`ba dấu """ liền nhau, """"" năm dấu, và kết thúc bằng "`,
	`kết thúc bằng gạch chéo \`,
	strings.Repeat("Chủ trì, phối hợp với các cơ quan, đơn vị liên quan; ", 12) + `"cuối"\`,
	strings.Repeat("x", 250),
	"đường dẫn C:\\thong-bao\\ và https://example.org/a_b*c",
	"tab\tvà\nxuống dòng\r\nvà  nhiều   dấu cách",
}

// TestQuoteRoundTrip: every string written as a TOML value, short or
// wrapped, at the top level or in an array, reads back (with BurntSushi)
// as itself, white space folded as the loader folds it.
func TestQuoteRoundTrip(t *testing.T) {
	for _, s := range tricky {
		roundTrip(t, s)
	}
}

func roundTrip(t *testing.T, s string) {
	t.Helper()
	s = clean(s)
	want := source.Normalize(s)
	var w writer
	w.set("a", s)
	w.strs("b", []string{s, "x"})
	w.strs("c", []string{s})
	w.line("d = " + items([]*item{{Text: s}, {Label: s, Text: s, Deadline: "hằng tuần", Items: []*item{{Text: s}}}}, ""))
	src := w.b.String()
	if got := fold(decodeValue(t, src, "a")); got != want {
		t.Fatalf("a: got %q, want %q\n%s", got, want, src)
	}
	for _, k := range []string{"b", "c"} {
		if got := fold(decodeValue(t, src, k).([]any)[0]); got != want {
			t.Fatalf("%s: got %q, want %q\n%s", k, got, want, src)
		}
	}
	d := decodeValue(t, src, "d").([]any)
	if got := fold(d[0]); got != want {
		t.Fatalf("d[0]: got %q, want %q\n%s", got, want, src)
	}
	tab := d[1].(map[string]any)
	if fold(tab["label"]) != want || fold(tab["text"]) != want || fold(tab["items"].([]any)[0]) != want {
		t.Fatalf("d[1]: got %v, want %q\n%s", tab, want, src)
	}
}

func fold(v any) string {
	s, _ := v.(string)
	return source.Normalize(s)
}

// FuzzQuote: any text, once clean, is written as a TOML string that reads
// back as itself.
func FuzzQuote(f *testing.F) {
	for _, s := range tricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		roundTrip(t, s)
	})
}
