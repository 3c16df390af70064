package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// issuedKinds are the common nouns of data/common-nouns.txt that are also
// the names of documents a decision issues or a text sends with it: right
// after "ban hành" or "kèm theo" such a noun is the tên loại of one
// document ("ban hành Thể lệ cuộc thi ...", "kèm theo Quy định ..."),
// which Phụ lục II capitalises.
var issuedKinds = foldedSet("thể lệ", "quy định", "quy chế", "điều lệ", "hướng dẫn", "nội quy")

// issuedBefore are the two words before a document a text issues or sends.
var issuedBefore = foldedSet("ban hành", "kèm theo")

// issuedDocument reports whether the noun n at word i of x follows "ban
// hành" or "kèm theo" and names the document issued.
func issuedDocument(x *textIndex, i int, n commonNoun) bool {
	if i < 2 || !x.spaced[i] || !x.spaced[i-1] || !issuedKinds[strings.Join(n.words, " ")] {
		return false
	}
	return issuedBefore[x.lex[i-2].folded()+" "+x.lex[i-1].folded()]
}

// foldedSet is a set of the folded forms of words.
func foldedSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[cite.Fold(w)] = true
	}
	return m
}
