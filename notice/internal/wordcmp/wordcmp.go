package wordcmp

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	footnoteRef = lazyre.New(`\[\^[^\]]*\]:?`)
	superscript = "⁰¹²³⁴⁵⁶⁷⁸⁹"
)

// Words splits text into comparable words: lower case, tone placement
// folded, punctuation, Markdown escapes and footnote markers removed.
func Words(s string) []string {
	s = footnoteRef().ReplaceAllString(s, " ")
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

// BagRecall is the share of the words of orig found in ours, each word of
// ours counting once.
func BagRecall(orig, ours []string) float64 {
	if len(orig) == 0 {
		return 1
	}
	have := map[string]int{}
	for _, w := range ours {
		have[w]++
	}
	found := 0
	for _, w := range orig {
		if have[w] > 0 {
			have[w]--
			found++
		}
	}
	return float64(found) / float64(len(orig))
}

// Missing lists, in order, up to most words of orig not found in ours.
func Missing(orig, ours []string, most int) []string {
	have := map[string]int{}
	for _, w := range ours {
		have[w]++
	}
	var out []string
	for _, w := range orig {
		if have[w] > 0 {
			have[w]--
		} else if len(out) < most {
			out = append(out, w)
		}
	}
	return out
}

// LCS is the length of the longest common subsequence of a and b.
func LCS(a, b []string) int {
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

// SplitNotes separates the footnote paragraphs of a text (paragraphs
// parted by blank lines) from the rest.
func SplitNotes(text string, isNote func(string) bool) (body, notes string) {
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

// textNoteStart starts a footnote of a notice as text: a superscript
// number, or a number and a capital ("6 Phân khai").
var textNoteStart = lazyre.New(`^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2} \p{Lu})`)

// IsTextNote recognises a footnote paragraph of a notice as text.
func IsTextNote(para string) bool { return textNoteStart().MatchString(para) }

// IsMarkdownNote recognises a footnote definition of rendered Markdown.
func IsMarkdownNote(para string) bool { return strings.HasPrefix(para, "[^") }

// Order is the share of the words of orig that ours says in the same
// order, footnotes apart: the footnotes of orig (told by isNote) are
// compared with the footnote definitions of the Markdown ours, the rest
// with the rest.
func Order(orig, md string, isNote func(string) bool) float64 {
	all := Words(orig)
	if len(all) == 0 {
		return 1
	}
	body, notes := SplitNotes(orig, isNote)
	mdBody, mdNotes := SplitNotes(md, IsMarkdownNote)
	return float64(LCS(Words(body), Words(mdBody))+LCS(Words(notes), Words(mdNotes))) / float64(len(all))
}
