package check

import "strings"

// The looks before the expressions run on a citation's head, the words
// before a cited number: each expression ends with "\s*$" after one of a
// few words, and holds a word of its own before them, so a head that ends
// otherwise, or lacks the word, is one the expression finds nothing in
// (TestExprLooksNecessary). Most heads end otherwise: without a look the
// expression is tried from every byte of the head.

// endsWithAny reports whether s, less the white space (\s) at its end,
// ends with one of words.
func endsWithAny(s string, words ...string) bool {
	s = strings.TrimRight(s, " \t\n\f\r")
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// mayListIssuerLead is the look before listIssuerLeadRe: "gồm" and, at the
// end, "các" or "những".
func mayListIssuerLead(s string) bool {
	return endsWithAny(s, "các", "những") && containsLit(s, "gồm")
}

// approvedEnds are the words approvedByRe ends with before its "\s*$": its
// verbs, and the prepositions it may close with.
var approvedEnds = []string{"phê duyệt", "ban hành", "chấp thuận", "thông qua", "ký", "giao", "quyết định", "cho phép", "công nhận", "phân bổ", "xác nhận", "thẩm định", "tại", "theo", "bằng", "ở"}

// mayApprovedBy is the look before approvedByRe: "được" and, at the end,
// one of approvedEnds.
func mayApprovedBy(s string) bool {
	return endsWithAny(s, approvedEnds...) && containsLit(s, "được")
}

// mayPluralIssuerHead is the look before pluralIssuerHeadRe: "của" and, at
// the end, "số" or "số:".
func mayPluralIssuerHead(s string) bool {
	return endsWithAny(s, "số", "số:") && containsLit(s, "của")
}

// mayIssuerBeforeAt is the look before issuerBeforeAtRe: "của" and, at the
// end, "tại".
func mayIssuerBeforeAt(s string) bool {
	return endsWithAny(s, "tại") && containsLit(s, "của")
}

// mayLeadDateList is the look before leadDateListRe: "gày" (of "Ngày" or
// "ngày"), and a colon with "có", "ban hành", "ký" or "gửi" before it, white
// space (\s) between.
func mayLeadDateList(s string) bool {
	if !containsLit(s, "gày") {
		return false
	}
	for i := 0; i < len(s); i++ {
		j := strings.IndexByte(s[i:], ':')
		if j < 0 {
			return false
		}
		i += j
		if endsWithAny(s[:i], "có", "ban hành", "ký", "gửi") {
			return true
		}
	}
	return false
}
