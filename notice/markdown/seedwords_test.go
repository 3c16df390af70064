package markdown_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/wordcmp"
)

// seedTexts holds the real notices the seed sources were written from, as
// published, kept in the repository under testdata/seeds.
const seedTexts = "../../testdata/seeds"

// TestSeedWords checks that each seed notice, rendered from its TOML, says
// what the real notice says: at least 97% of the real notice's words are
// in the Markdown (as a bag), and in nearly the same order (the longest
// common subsequence covers at least 95% of them). Footnotes move to the end
// of the Markdown, so the order measure is taken with them left out too.
func TestSeedWords(t *testing.T) {
	for _, name := range []string{"000", "001", "003", "004"} {
		t.Run(name, func(t *testing.T) {
			seedText, err := os.ReadFile(filepath.Join(seedTexts, name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			_, md := renderSeed(t, name)
			seed, ours := wordcmp.Words(string(seedText)), wordcmp.Words(string(md))
			bag := wordcmp.BagRecall(seed, ours)
			order := wordcmp.Order(string(seedText), string(md), wordcmp.IsTextNote)
			t.Logf("%s: %d words; bag %.4f, order %.4f", name, len(seed), bag, order)
			if bag < 0.97 {
				t.Errorf("only %.2f%% of the seed's words are in the Markdown; missing: %v", 100*bag, wordcmp.Missing(seed, ours, 40))
			}
			if order < 0.95 {
				t.Errorf("only %.2f%% of the seed's words are in the same order", 100*order)
			}
		})
	}
}
