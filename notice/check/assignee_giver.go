package check

import (
	"strings"
	"unicode"
)

// giverVerbs give work to the body named after them, in small letters
// mid-sentence: "Chủ tịch UBND phường giao Phòng Kinh tế chủ trì ...",
// "Ủy ban nhân dân phường giao nhiệm vụ cho Trạm Y tế ...", "... yêu cầu
// Công an phường ...", "... đề nghị Đội Quản lý thị trường số 2 ...". The
// longer ones first: "giao nhiệm vụ cho" is read whole.
var giverVerbs = []string{" giao nhiệm vụ cho ", " giao trách nhiệm cho ", " giao cho ", " giao ", " yêu cầu ", " đề nghị "}

// GiverEnd returns where, in a point's words after its marker, the body
// given work starts when the point opens with the one who gives it:
// "Chủ tịch UBND phường giao Phòng Kinh tế chủ trì, phối hợp với ..."
// gives the work to the Phòng, and its verbs are the Phòng's; -1 when the
// point does not so open. The giver is a body or post of a few words with
// no verb of work, and a body's name follows the verb (not in "công
// trình giao thông", a name, nor in "Phòng Kinh tế bàn giao Trường Mầm
// non Hoa Sen ...", the Phòng's work).
func GiverEnd(head string) int {
	best := -1
	window := head[:giverWindow(head)]
	for _, v := range giverVerbs {
		i := strings.Index(window, v)
		if i <= 0 || best >= 0 && i >= best-len(v) {
			continue
		}
		before, after := head[:i], head[i+len(v):]
		if moreFields(before, maxOwnerWords) || !startsWithOrg(before) || findWorkVerb(before) != nil || giverHalf[lastField(before)] {
			continue
		}
		if opensBodyName(after) || givenGroup(after) {
			best = i + len(v)
		}
	}
	return best
}

// giverWindow is where in head a giver's verb can no longer start and
// end: a giver has maxOwnerWords words at most, and the longest verb
// ("giao trách nhiệm cho") four, so no verb GiverEnd takes starts past
// the end of word maxOwnerWords + 6. Searching that much of a long point
// rather than the whole of it is the same reading at a fraction of the cost.
func giverWindow(head string) int {
	words, in := 0, false
	for i, r := range head {
		space := unicode.IsSpace(r)
		if space && in {
			if words++; words >= maxOwnerWords+6 {
				return i + 1
			}
		}
		in = !space
	}
	return len(head)
}

// giverHalf are the words before "giao" that make it half of another
// verb: "bàn giao", "chuyển giao" (the owner hands a thing over), "được
// giao" (the owner is given work).
var giverHalf = setOf("bàn", "chuyển", "được")

// lastField is the last word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// givenGroup reports whether s opens with a group of bodies in small
// letters: "các tổ dân phố rà soát ...", "các phòng chuyên môn".
func givenGroup(s string) bool {
	return strings.HasPrefix(s, "các ") && startsWithOrg(s)
}
