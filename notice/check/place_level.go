package check

import "strings"

// A body's name may end with its place: "Huyện đoàn Lý Sơn" and "Huyện
// đoàn" name the same body, and the communes of the two-level local
// government of 2025 are xã, phường and đặc khu alike ("Chủ tịch Ủy ban
// nhân dân phường tiếp công dân ..." is reached by "Chủ tịch, các Phó
// Chủ tịch UBND phường" as its twin of a xã is). Cut at its level, the
// name may be one every level has ("Ủy ban nhân dân"): a Nơi nhận line
// naming another level ("UBND tỉnh (b/c)") does not reach the phường's
// chair, so the place-less name keeps the level it was cut at.

// levelWords are the words of a level of local government a place name
// follows, the longer first ("thị xã" before "xã").
var levelWords = [...]string{" huyện ", " tỉnh ", " thị xã ", " xã ", " phường ", " đặc khu "}

// withoutPlace drops a trailing place of s, a name in its normal form
// (normal), from its last level word on, and returns that level word
// ("" when s has none past its start). A level word before "ủy" names the
// Party's committee of that level, a body ("Văn phòng Tỉnh ủy", "Ban
// Tuyên giáo Huyện ủy"), not a place: cut there, "Văn phòng Tỉnh ủy"
// would be any Văn phòng, reached by "- Văn phòng UBND tỉnh;".
//
// Each level word is asked at its last place in s, in the order of
// levelWords, as strings.LastIndex would find it; the places are read in
// one pass over the spaces of s, where every level word starts.
func withoutPlace(s string) (rest, level string) {
	var last [len(levelWords)]int // one past the last place of each level word, 0 for none
	found := false
	for i := strings.IndexByte(s, ' '); i >= 0; {
		if k := levelWordAt(s, i); k >= 0 {
			last[k], found = i+1, true
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if !found {
		return s, ""
	}
	for k, w := range levelWords {
		if i := last[k] - 1; i > 0 && !strings.HasPrefix(s[i+len(w):], "ủy ") {
			return s[:i+1], w
		}
	}
	return s, ""
}

// levelWordAt returns the index in levelWords of the level word s holds at
// i, a space, or -1: none of them starts another, so at most one stands
// there.
func levelWordAt(s string, i int) int {
	if i+1 >= len(s) {
		return -1
	}
	for k, w := range levelWords {
		if w[1] == s[i+1] && strings.HasPrefix(s[i:], w) {
			return k
		}
	}
	return -1
}

// otherLevel reports whether a Nơi nhận line, in its normal form, names a
// level of local government but not level: "UBND tỉnh" for a body of a
// phường. A line naming no level ("Sở Y tế") is no other level.
func otherLevel(line, level string) bool {
	if level == "" || namesLevel(line, level) {
		return false
	}
	for _, w := range levelWords {
		if namesLevel(line, w) {
			return true
		}
	}
	return false
}

// namesLevel reports whether line, in its normal form, holds the level
// word w (" xã ") as a level: not the "xã" of "Ban Kinh tế - Xã hội" nor
// the "tỉnh" of "Tỉnh ủy" (levelNotAfter, assignee_owner_end.go).
func namesLevel(line, w string) bool {
	for off := 0; ; {
		k := strings.Index(line[off:], w)
		if k < 0 {
			return false
		}
		e := off + k + len(w)
		next, _, _ := strings.Cut(line[e:], " ")
		if !levelNotAfter()[next] {
			return true
		}
		off = e - 1
	}
}
