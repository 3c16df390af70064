package check

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// A point names its owner first and its work after: "1. Công an tỉnh, Bộ
// Chỉ huy Quân sự tỉnh xây dựng phương án ...", "3. Sở Y tế xây dựng kế
// hoạch ...", "7. Ban Quản lý dự án đầu tư xây dựng các công trình giao
// thông tỉnh thi công xong cầu ...". assignVerbs end the owner only at
// the verbs they list; the owner read by what it is ends earlier, where
// a body's name can end and the work begins: after the level of its
// place ("... tỉnh", "... xã Mường Nhé", "... các xã, phường") at the
// first word in small letters that goes on with no name, or at a verb of
// work (ownerEndVerbs) that stands outside a body's name.

// ownerEndVerbs are verbs of work beyond assignVerbList that open a
// point's work after its owner. They are words a body's name holds only
// in small letters inside a known phrase (nameVerbBefore: "đầu tư xây
// dựng", "công trình") or right after a bare head ("Hội đồng thẩm
// định"), where they are read as the name.
var ownerEndVerbs = []string{"xây dựng", "hoàn thành", "hoàn chỉnh", "cung cấp", "ban hành", "đề xuất",
	"quán triệt", "khảo sát", "giải quyết", "gửi", "nâng cao", "cập nhật", "duy trì", "ưu tiên",
	"chuẩn bị", "tuyên truyền", "xử lý", "bám sát", "tiếp thu", "phát huy", "hỗ trợ", "cân đối",
	"thẩm định", "khắc phục", "kiện toàn", "điều chỉnh", "kiểm soát", "bổ sung", "hoàn tất",
	"chấn chỉnh", "rút kinh nghiệm", "lưu ý", "tuân thủ", "chấp hành", "thu hồi", "di dời", "lắp đặt",
	"xác minh", "tổng kết", "sơ kết", "xem xét", "trình", "thi công", "sửa chữa", "nắm bắt", "phân bổ",
	"hạn chế"} // t95: "Các xã hạn chế điều chuyển vốn ...": the owner ends before it (p94 saw it run on)

// nameVerbBefore are the syllables before such a verb that make it a
// word of a name or a noun: "Ban Quản lý dự án đầu tư xây dựng", "các
// công trình", "Tờ trình", "quy trình".
var nameVerbBefore = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"xây dựng": {"tư"},
		"trình":    {"công", "quy", "chương", "tờ", "lộ", "đệ", "hành"},
		"xử lý":    {"trạm", "khu", "nhà", "máy", "lò"},
	}
})

// nameVerbAfter are the syllables after such a verb that make it a word
// of a name: "các công trình giao thông" ("giao" ends a long point's
// owner in ownerVerbs).
var nameVerbAfter = sync.OnceValue(func() map[string][]string {
	return map[string][]string{"giao": {"thông"}}
})

// inName reports whether the verb v at head[at:e] is a word of a name
// (nameVerbBefore, nameVerbAfter).
func inName(head string, at, e int, v string) bool {
	if w, _ := fieldBefore(head, at); slices.Contains(nameVerbBefore()[v], strings.ToLower(w)) {
		return true
	}
	w := fieldAfter(head, e)
	return w != "" && slices.Contains(nameVerbAfter()[v], strings.ToLower(strings.Trim(w, ",.;:")))
}

// levelGoesOn are words in small letters after a place's level that go on
// with the name or the list of names, no work: "Ủy ban nhân dân tỉnh và
// các sở", "Công an tỉnh cùng ...", "... các xã trên địa bàn", "Phòng
// Kinh tế xã được giao ..." (the passive is read after).
var levelGoesOn = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"và": true, "các": true, "cùng": true, "thuộc": true, "trực": true, "của": true, "có": true, "liên": true, "trên": true, "được": true, "với": true, "tại": true}
})

// maxPlacedWords bounds an owner whose name ends with its place: "Ban
// Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh" is fifteen
// words, more than maxOwnerWords allows a name read up to a verb.
const maxPlacedWords = 20

// placeEnded reports whether head ends with a level of ownerLevels and,
// after it, only a place's name in capitals: "... dân dụng tỉnh", "Ủy
// ban nhân dân xã Mường Nhé".
func placeEnded(head string) bool {
	words := wordSpans(head)
	for i := len(words) - 1; i > 0; i-- {
		w := head[words[i][0]:words[i][1]]
		if levelAt(head, words[i][0]) > 0 {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !isUpperRune(r) || listEnds(w) {
			return false
		}
	}
	return false
}

// ownerLevels are the levels a body's name may end with, the longer first.
var ownerLevels = []string{"thành phố", "thị xã", "đặc khu", "thị trấn", "tỉnh", "xã", "phường", "huyện", "quận"}

// ownerEnd returns the offset in head, a point's words after its marker,
// of the white space that ends its owner read by what it is, -1 when no
// end is read there (the first word in small letters after a level is a
// mark of what was done, "Công an tỉnh đã ...": assigneeOf's own reading
// stands).
func ownerEnd(head string) int {
	words := wordSpans(head)
	placed := false // the words so far end with a level and its place
	for i := 1; i < len(words) && i <= maxPlacedWords; i++ {
		w := head[words[i][0]:words[i][1]]
		if clauseEnds(head[words[i-1][0]:words[i-1][1]]) {
			return -1 // "Ban Tổ chức trao các suất học bổng; học sinh hoàn tất ...": no name runs past a clause
		}
		if verbEndsOwner(head, words[i][0]) {
			return spaceAt(head, words[i][0])
		}
		if lv := levelAt(head, words[i][0]); lv > 0 {
			i += lv - 1
			placed = !listEnds(head[words[i][0]:words[i][1]])
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case !isLowerRune(r):
			placed = placed && !listEnds(w) // the place's name in capitals, a figure, a bracket, a dash
			continue
		case placed && ownerVerbMarks()[strings.ToLower(strings.TrimRight(w, ",;"))]:
			return -1
		case placed && !levelGoesOn()[strings.ToLower(strings.TrimRight(w, ",;"))]:
			return spaceAt(head, words[i][0])
		}
		placed = false
	}
	return -1
}

// verbEndsOwner reports whether a verb of ownerEndVerbs starts at offset
// at of head (a word's start) outside a body's name.
func verbEndsOwner(head string, at int) bool {
	rest := head[at:]
	for _, v := range ownerEndVerbs {
		t, ok := strings.CutPrefix(rest, v)
		if !ok || t != "" && t[0] != ' ' && t[0] != ',' && t[0] != ';' {
			continue
		}
		if inName(head, at, at+len(v), v) {
			return false // "đầu tư xây dựng", "các công trình"
		}
		return !bareHead(head[:at]) // "Hội đồng thẩm định", "Tổ xây dựng đề án"
	}
	return false
}

// clauseEnds reports whether a word ends a clause: "học bổng;", "xong.".
func clauseEnds(w string) bool {
	return strings.HasSuffix(w, ";") || strings.HasSuffix(w, ".") || strings.HasSuffix(w, ":")
}

// listEnds reports whether a word ends a name of a list: "tỉnh,", "Xát;".
func listEnds(w string) bool {
	return strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";")
}

// levelAt returns how many words a level of ownerLevels in small letters
// takes at offset at of head, 0 when none starts there.
func levelAt(head string, at int) int {
	rest := head[at:]
	for _, l := range ownerLevels {
		t, ok := strings.CutPrefix(rest, l)
		if !ok || t != "" && t[0] != ' ' && t[0] != ',' && t[0] != ';' {
			continue
		}
		w, _ := fieldBefore(head, at)
		if levelNotAfter()[strings.ToLower(fieldAfter(head, at+len(l)))] || strings.EqualFold(w, "tác") {
			return 0 // "xã hội", "tỉnh ủy", "huyện đoàn", "hợp tác xã": a word, no level
		}
		return strings.Count(l, " ") + 1
	}
	return 0
}

// levelNotAfter are the words that make a level's word, before them,
// part of another word: "xã hội", "tỉnh ủy", "huyện đoàn".
var levelNotAfter = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"hội": true, "ủy": true, "đoàn": true}
})

// spaceAt is the offset of the white space before the word at at.
func spaceAt(s string, at int) int {
	for at > 0 && isReSpace(s[at-1]) {
		at--
	}
	return at
}

// wordSpans are the byte spans of the words of s, parted by white space.
func wordSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		for i < len(s) && isReSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isReSpace(s[j]) {
			j++
		}
		if j > i {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// verbFreeIn reports whether head holds the verb v as words outside a
// body's name ("Ủy ban nhân dân tỉnh ban hành ...", but not "Ban Quản lý
// dự án đầu tư xây dựng ...").
func verbFreeIn(head, v string) bool {
	for off := 0; ; {
		k := strings.Index(head[off:], v)
		if k < 0 {
			return false
		}
		at, e := off+k, off+k+len(v)
		off = e
		if at > 0 && head[at-1] != ' ' || e < len(head) && head[e] != ' ' && head[e] != ',' {
			continue
		}
		if !inName(head, at, e, v) {
			return true
		}
	}
}

// ownerCut is where the owner of head ends: at the first verb of work
// (findWorkVerb, assign_verb_compound.go) or earlier where the owner read
// by what it is ends (ownerEnd, properEnd, said by read); -1 when none is
// read.
func ownerCut(head string) (cut int, read bool) {
	cut = -1
	if m := findWorkVerb(head); m != nil {
		cut = m[0]
	}
	if e := ownerEnd(head); e > 0 && (cut < 0 || e < cut) {
		cut, read = e, true
	}
	if e, named := properEnd(head); named && (cut < 0 || e < cut) { // assignee_owner_proper.go
		cut, read = e, true
	}
	return cut, read
}
