package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// unmarkedKey is the key of a cited number with "Đ" of its code read as
// "D": "78/2021/ND-CP" and a later "78/2021/NĐ-CP" are one document, its
// code mistyped once (citation-type-code, citation-code-typo say the
// slip), so its first mention is judged at the first, not at the second.
func unmarkedKey(n cite.Number) string {
	return strings.ReplaceAll(n.Key(), "đ", "d") // Key folds the code
}

// foldCode folds a part of a code as unmarkedKey does.
func foldCode(s string) string {
	return strings.ReplaceAll(cite.Fold(s), "đ", "d")
}
