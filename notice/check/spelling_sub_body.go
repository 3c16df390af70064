package check

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// subBodyWords are the kinds of a body under another that a name puts
// before the other's name, in a capital: "Bộ Tư lệnh Vùng Cảnh sát biển
// 1" is a body under the "Bộ Tư lệnh Cảnh sát biển" (p99's Vùng Cảnh sát
// biển notice, its header and its grounds naming both).
var subBodyWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"vùng": true}
})

// subBodyLeftOut reports whether the word i of the name form, left out,
// makes another body's name, not a slip: a kind of subBodyWords written
// with a capital. "Ban Quản lý rừng phòng hộ vùng ven biển" in small
// letters is one name still read for a word left out.
func subBodyLeftOut(form string, words []string, i int) bool {
	if !subBodyWords()[words[i]] {
		return false
	}
	f := strings.Fields(form)
	if i >= len(f) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[i])
	return isUpperRune(r)
}
