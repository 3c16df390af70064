package check

import (
	"slices"
	"strings"
	"sync"
)

// committeeLevels, before "ủy", name a Party committee, a body of its own:
// "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Quận ủy", "Thị ủy", "Đảng ủy". Read
// as loose words, "Văn phòng Huyện ủy Đức Trọng" is all in "Văn phòng UBND
// huyện Đức Trọng" ("ủy" of "ủy ban"); the two words are one.
var committeeLevels = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tỉnh": true, "huyện": true, "thành": true, "quận": true, "thị": true, "đảng": true, "xã": true, "phường": true}
})

// meaningWords are the words of a name (normal form, split) that are no
// stopWords, a committee's level joined to its "ủy" ("huyện ủy").
func meaningWords(words []string) []string {
	var out []string
	for _, w := range words {
		if w == "ủy" && len(out) > 0 && committeeLevels()[out[len(out)-1]] {
			out[len(out)-1] += " ủy"
			continue
		}
		if !stopWords()[w] {
			out = append(out, w)
		}
	}
	return out
}

// holdsWordOf reports whether have, a line's words, holds w: a committee's
// two words ("huyện ủy") side by side.
func holdsWordOf(have []string, w string) bool {
	sp := strings.IndexByte(w, ' ')
	if sp < 0 {
		return slices.Contains(have, w)
	}
	a, b := w[:sp], w[sp+1:]
	for i := 0; i+1 < len(have); i++ {
		if have[i] == a && have[i+1] == b {
			return true
		}
	}
	return false
}
