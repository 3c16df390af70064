package markdown_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
)

// seedTexts holds the real notices the seed sources were written from, as
// published (copies of ../shared/seeds, kept in the repository).
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
			seed, ours := words(string(seedText)), words(string(md))
			bag := bagRecall(seed, ours)
			seedBody, seedNotes := splitNotes(string(seedText), isSeedNote)
			mdBody, mdNotes := splitNotes(string(md), isMarkdownNote)
			order := float64(lcs(words(seedBody), words(mdBody))+lcs(words(seedNotes), words(mdNotes))) / float64(len(seed))
			t.Logf("%s: %d words; bag %.4f, order %.4f", name, len(seed), bag, order)
			if bag < 0.97 {
				t.Errorf("only %.2f%% of the seed's words are in the Markdown; missing: %v", 100*bag, missing(seed, ours, 40))
			}
			if order < 0.95 {
				t.Errorf("only %.2f%% of the seed's words are in the same order", 100*order)
			}
		})
	}
}

// splitNotes separates the footnote paragraphs of a text from the rest.
func splitNotes(text string, isNote func(string) bool) (body, notes string) {
	var b, n strings.Builder
	for _, para := range strings.Split(text, "\n\n") {
		if isNote(strings.TrimSpace(para)) {
			n.WriteString(para + "\n\n")
		} else {
			b.WriteString(para + "\n\n")
		}
	}
	return b.String(), n.String()
}

// isSeedNote recognises a footnote of a seed text: it starts with a
// superscript number, or a number and a capital ("6 Phân khai").
var seedNoteStart = regexp.MustCompile(`^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2} \p{Lu})`)

func isSeedNote(para string) bool { return seedNoteStart.MatchString(para) }

func isMarkdownNote(para string) bool { return strings.HasPrefix(para, "[^") }

var (
	footnoteRef = regexp.MustCompile(`\[\^[^\]]*\]:?`)
	superscript = "⁰¹²³⁴⁵⁶⁷⁸⁹"
)

// words splits text into comparable words: lower case, tone placement
// folded, punctuation, Markdown escapes and footnote markers removed.
func words(s string) []string {
	s = footnoteRef.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, `\`, "")
	var out []string
	for _, f := range strings.FieldsFunc(s, unicode.IsSpace) {
		f = strings.TrimFunc(f, func(r rune) bool {
			return unicode.IsPunct(r) || unicode.IsSymbol(r) || strings.ContainsRune(superscript, r)
		})
		if f != "" {
			out = append(out, cite.Fold(f))
		}
	}
	return out
}

func bagRecall(seed, ours []string) float64 {
	have := map[string]int{}
	for _, w := range ours {
		have[w]++
	}
	found := 0
	for _, w := range seed {
		if have[w] > 0 {
			have[w]--
			found++
		}
	}
	return float64(found) / float64(len(seed))
}

func missing(seed, ours []string, most int) []string {
	have := map[string]int{}
	for _, w := range ours {
		have[w]++
	}
	var out []string
	for _, w := range seed {
		if have[w] > 0 {
			have[w]--
		} else if len(out) < most {
			out = append(out, w)
		}
	}
	return out
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int32, len(b)+1)
	cur := make([]int32, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return int(prev[len(b)])
}
