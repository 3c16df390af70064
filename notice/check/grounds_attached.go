package check

import (
	"strings"
	"unicode/utf8"
)

// A notice may rest on a document no tên loại list holds, cited by what
// issued it: "Căn cứ Luật Tiếp công dân ...; Nội quy tiếp công dân ban
// hành kèm theo Quyết định số 112/QĐ-UBND ... của Ủy ban nhân dân xã,
// Ủy ban nhân dân xã thông báo ..." (a Nội quy, a Quy chế of an office,
// an Điều lệ, each issued with a Quyết định). After a ground's ";" it is
// one more ground, not the clause the grounds lead into.

// attachedDocAfter reports whether after, what follows a ground's ";",
// names a document issued with another cited by its tên loại and number:
// a name in a capital, then "(được) ban hành kèm theo <tên loại> số
// <figure>", no clause mark nor verb of a clause between.
func attachedDocAfter(after string) bool {
	const mark = " ban hành kèm theo "
	i := strings.Index(after, mark)
	if i < 0 {
		return false
	}
	name := strings.TrimSuffix(after[:i], " được")
	if r, _ := utf8.DecodeRuneInString(name); !isUpperRune(r) || strings.ContainsAny(name, ",;:.") || letterWords(name) > attachedNameWordsMost || clauseVerb(" "+strings.ToLower(name)) {
		return false
	}
	return citedAfter(capitalize(after[i+len(mark):]))
}

// attachedNameWordsMost is how many words of letters the name of a
// document issued with another holds at most ("Quy chế làm việc của Ủy
// ban nhân dân xã nhiệm kỳ 2021 - 2026").
const attachedNameWordsMost = 14
