package markdown_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/internal/wordcmp"
	"github.com/thongbao/thongbao/notice/markdown"
	"github.com/thongbao/thongbao/notice/plain"
)

// rekeyedDir holds real notices re-keyed as a clerk writes them, each
// saying what the notice says (its numbers, opening and deadlines as
// written, its defects too), with its golden Markdown.
const rekeyedDir = "../../testdata/rekeyed"

// rekeyed names each re-keyed source and the published text it was
// written from.
var rekeyed = []struct{ name, original string }{
	{"laocai-ubnd-tb-ket-luan-2026-06", "../../testdata/corpus/real/laocai-ubnd-tb-ket-luan-2026-06.txt"},
	{"laocai-sct-tb-1894-2026-04", "../../testdata/corpus/real/laocai-sct-tb-1894-2026-04.txt"},
	{"seed-003", "../../testdata/seeds/003.txt"},
	{"seed-004", "../../testdata/seeds/004.txt"},
}

// TestRekeyed renders each re-keyed notice and checks it against its
// golden Markdown (go test ./notice/markdown -update rewrites them) and
// against the published notice: at least 97% of its words, at least 97%
// in the same order (footnotes apart, as in TestSeedWords), and its list
// markers exactly as written, in order.
func TestRekeyed(t *testing.T) {
	for _, r := range rekeyed {
		t.Run(r.name, func(t *testing.T) {
			n, err := notice.LoadFile(filepath.Join(rekeyedDir, r.name+".toml"))
			if err != nil {
				t.Fatal(err)
			}
			if w := n.Warnings(); len(w) > 0 {
				t.Errorf("the source is read with warnings: %v", w)
			}
			d := compose.Compose(n)
			var buf bytes.Buffer
			if err := markdown.Render(&buf, d); err != nil {
				t.Fatal(err)
			}
			md := buf.Bytes()
			golden := filepath.Join(rekeyedDir, r.name+".md")
			if *update {
				if err := os.WriteFile(golden, md, 0o644); err != nil {
					t.Fatal(err)
				}
			} else if want, err := os.ReadFile(golden); err != nil || !bytes.Equal(md, want) {
				t.Errorf("%s differs from its golden file (%v); run go test ./notice/markdown -update and review the diff:\n%s", r.name, err, firstDiff(string(want), string(md)))
			}
			original, err := os.ReadFile(r.original)
			if err != nil {
				t.Fatal(err)
			}
			seed, ours := wordcmp.Words(string(original)), wordcmp.Words(string(md))
			bag := wordcmp.BagRecall(seed, ours)
			order := wordcmp.Order(string(original), string(md), wordcmp.IsTextNote)
			t.Logf("%s: %d words; bag %.4f, order %.4f", r.name, len(seed), bag, order)
			if bag < 0.97 {
				t.Errorf("only %.2f%% of the notice's words are in the Markdown; missing: %v", 100*bag, wordcmp.Missing(seed, ours, 40))
			}
			if order < 0.97 {
				t.Errorf("only %.2f%% of the notice's words are in the same order", 100*order)
			}
			want := writtenMarkers(t, r.original, original)
			var got []string
			for _, b := range d.Body {
				if b.Marker != "" {
					got = append(got, b.Marker)
				}
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("list markers\n got %s\nwant %s", strings.Join(got, " "), strings.Join(want, " "))
			}
		})
	}
}

// writtenMarkers returns the markers of the body of a published notice,
// as the text reader reads them.
func writtenMarkers(t *testing.T, path string, src []byte) []string {
	t.Helper()
	f, err := plain.Read(path, src)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range f.Paras {
		if p.Kind == plain.Body && p.Marker != "" {
			out = append(out, p.Marker)
		}
	}
	return out
}
