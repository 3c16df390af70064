package check

import (
	"strings"
	"sync"
	"unicode"
)

// giverVerbs give work to the body named after them, in small letters
// mid-sentence: "Chủ tịch UBND phường giao Phòng Kinh tế chủ trì ...",
// "Ủy ban nhân dân phường giao nhiệm vụ cho Trạm Y tế ...", "... yêu cầu
// Công an phường ...", "... đề nghị Đội Quản lý thị trường số 2 ...". The
// longer ones first: "giao nhiệm vụ cho" is read whole.
var giverVerbs = [...]string{" giao nhiệm vụ cho ", " giao trách nhiệm cho ", " giao cho ", " giao ", " yêu cầu ", " đề nghị "}

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
	first := firstGiverVerbs(window)
	for j, v := range giverVerbs {
		i := first[j]
		if i <= 0 || best >= 0 && i >= best-len(v) {
			continue
		}
		before, after := head[:i], head[i+len(v):]
		if moreFields(before, maxOwnerWords) || !startsWithOrg(before) || findWorkVerb(before) != nil || giverHalf()[lastField(before)] {
			continue
		}
		if opensBodyName(after) || givenGroup(after) {
			best = i + len(v)
		}
	}
	return best
}

// firstGiverVerbs returns where each of giverVerbs first stands in
// window, -1 where it does not: strings.Index of each, read in one walk
// over the spaces, where every verb starts. Six searches of the window
// each stopped at every space (some 7,000 instructions a point, 0.1M a
// seed); the walk reads each space once and its next byte, and compares
// only after "g", "y" and the first byte of "đ".
func firstGiverVerbs(window string) [len(giverVerbs)]int {
	var first [len(giverVerbs)]int
	for j := range first {
		first[j] = -1
	}
	left := len(giverVerbs)
	for p := strings.IndexByte(window, ' '); p >= 0 && p+1 < len(window); {
		if c := window[p+1]; c == 'g' || c == 'y' || c == 0xC4 {
			for j, v := range giverVerbs {
				if first[j] < 0 && strings.HasPrefix(window[p:], v) {
					first[j] = p
					left--
				}
			}
			if left == 0 {
				break
			}
		}
		k := strings.IndexByte(window[p+1:], ' ')
		if k < 0 {
			break
		}
		p += 1 + k
	}
	return first
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
var giverHalf = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"bàn": true, "chuyển": true, "được": true}
})

// lastField is the last word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// givenGroup reports whether s opens with a group of bodies in small
// letters: "các tổ dân phố rà soát ...", "các phòng chuyên môn".
func givenGroup(s string) bool {
	return strings.HasPrefix(s, "các ") && startsWithOrg(s)
}
