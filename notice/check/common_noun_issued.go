package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// issuedKinds are the common nouns of data/common-nouns.txt that are also
// the names of documents a decision issues or a text sends with it: right
// after "ban hành" or "kèm theo", or right before "kèm theo", such a noun
// is the tên loại of one document ("ban hành Thể lệ cuộc thi ...", "kèm
// theo Quy định ...", "(có Thể lệ kèm theo)", "có Quy chế kèm theo"),
// which Phụ lục II capitalises.
var issuedKinds = sync.OnceValue(func() map[string]bool {
	return foldedSet("thể lệ", "quy định", "quy chế", "điều lệ", "hướng dẫn", "nội quy")
})

// issuedBefore are the two words before a document a text issues or sends.
var issuedBefore = sync.OnceValue(func() map[string]bool {
	return foldedSet("ban hành", "kèm theo")
})

// issuedDocument reports whether the noun n at word i of x follows "ban
// hành" or "kèm theo", or goes right before "kèm theo" (the document
// attached, named by its tên loại), and names the document issued.
func issuedDocument(x *textIndex, i int, n commonNoun) bool {
	if !issuedKinds()[strings.Join(n.words, " ")] {
		return false
	}
	if i >= 2 && x.spaced[i] && x.spaced[i-1] && issuedBefore()[x.lex[i-2].folded()+" "+x.lex[i-1].folded()] {
		return true
	}
	end := i + len(n.words)
	return end+1 < len(x.words) && x.spaced[end] && x.spaced[end+1] && x.lex[end].folded()+" "+x.lex[end+1].folded() == attachedAfter
}

// attachedAfter, right after a document's tên loại, names it the document
// sent with the text: "(có Thể lệ kèm theo)".
var attachedAfter = cite.Fold("kèm theo")

// foldedSet is a set of the folded forms of words.
func foldedSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[cite.Fold(w)] = true
	}
	return m
}
