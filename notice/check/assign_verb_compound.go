package check

import (
	"slices"
	"strings"
	"sync"
)

// compoundBefore are the syllables that make a verb of assignVerbList
// the second half of another word: "thành lập", "thiết lập", "độc lập"
// (a body's name or a noun, not "lập danh sách"); "cuộc vận động" (a
// campaign, not "vận động nhân dân").
var compoundBefore = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"lập":      {"thành", "thiết", "độc", "tạo", "xác", "sáng", "cô", "đối", "trung", "tự"},
		"vận động": {"cuộc"},
	}
})

// bareHeads are heads of a body's name that name none alone, and
// namingVerbs the verbs of work that also name such a body: one right
// after a bare head, first in the owner, is the body's name ("Tổ vận
// động quyên góp", "Ban giám sát đầu tư của cộng đồng", "Hội đồng giám
// sát xổ số", "Trung tâm giám sát, điều hành đô thị thông minh"), not
// its work; "nghiên cứu" too, after a head in the plural ("Các đoàn
// nghiên cứu khoa học đã được cấp phép ... tiếp tục ...", a nature
// reserve's notice, p97: research teams, not teams given research). The
// older verbs keep their reading: "Ban chủ trì, phối hợp ..." is the
// Ban's own short name and its work, the owner "Ban".
var (
	bareHeads = sync.OnceValue(func() map[string]bool {
		return map[string]bool{"ban": true, "tổ": true, "hội": true, "đội": true, "nhóm": true, "đoàn": true, "hội đồng": true, "trung tâm": true, "ủy ban": true}
	})
	namingVerbs = sync.OnceValue(func() map[string]bool {
		return map[string]bool{"vận động": true, "giám sát": true}
	})
	// pluralNamingVerbs name a body only after "các" and a bare head: "Hội
	// đồng nghiên cứu, đề xuất ..." may be a Hội đồng's short name and its
	// work; "Các đoàn nghiên cứu" are teams of a kind; "Các ban nghiên
	// cứu, tham mưu ...", the verb before a comma, is the first of the
	// work's verbs (rv97).
	pluralNamingVerbs = sync.OnceValue(func() map[string]bool {
		return map[string]bool{"nghiên cứu": true}
	})
)

// compoundAfter are the syllables that make such a verb the first half
// of a noun, "vận động viên" (an athlete), or a word telling how the
// body was made or sent, not what it is to do: "Tổ công tác lập theo
// Quyết định số ..." (set up by), "Đoàn công tác tăng cường của tỉnh"
// (sent to reinforce). Work given has its object there: "lập danh
// sách", "tăng cường kiểm tra".
var compoundAfter = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"vận động":   {"viên"},
		"lập":        {"theo", "ngày", "năm", "từ", "tại"},
		"tăng cường": {"của", "gồm", "từ", "năm"},
	}
})

// findWorkVerb is findAssignVerb that passes over a verb standing as a
// half of another word ("Ban Chỉ đạo thành lập Tổ giúp việc": the
// verb is "thành lập", which gives no work by itself; the search goes
// on after it).
func findWorkVerb(s string) []int {
	for off := 0; off < len(s); {
		m := findAssignVerb(s[off:])
		if m == nil {
			return nil
		}
		a, e := off+m[0], off+m[1]
		if !inCompound(s, a, e) {
			return []int{a, e}
		}
		off = e
		if s[e-1] == ' ' || s[e-1] == ',' {
			off = e - 1 // the next verb may follow at once: "thành lập tổ chức"
		}
	}
	return nil
}

// inCompound reports whether the verb matched in s[a:e] (white space
// first, then the verb and the byte after it) is half of another word.
func inCompound(s string, a, e int) bool {
	v := strings.TrimRight(strings.TrimLeft(s[a:e], " \t\n\r\f\v"), " \t\n\r\f\v,")
	if w, _ := fieldBefore(s, a); w != "" && slices.Contains(compoundBefore()[v], strings.ToLower(w)) {
		return true
	}
	if namingVerbs()[v] && bareHead(s[:a]) {
		return true // "Tổ vận động quyên góp", "Ban giám sát đầu tư của cộng đồng": the verb names the body
	}
	if pluralNamingVerbs()[v] && s[e-1] == ',' {
		return false // "Các ban nghiên cứu, tham mưu ...": a list of the work, the owner "Các ban"
	}
	if (namingVerbs()[v] || pluralNamingVerbs()[v]) && pluralBareHead(s[:a]) {
		return true // "Các đoàn nghiên cứu khoa học", "Các tổ vận động": teams of a kind
	}
	w := fieldAfter(s, e) // fields_near.go
	return w != "" && slices.Contains(compoundAfter()[v], strings.ToLower(strings.Trim(w, ",.;:")))
}

// pluralBareHead reports whether s, the words before a verb, is "các"
// and one of bareHeads.
func pluralBareHead(s string) bool {
	if len(s) > 64 {
		return false
	}
	f := strings.Fields(s)
	return len(f) > 1 && strings.EqualFold(f[0], "các") && bareHeads()[strings.ToLower(strings.Join(f[1:], " "))]
}

// bareHead reports whether s, the words before a verb, is one of
// bareHeads alone. The longest head is 13 bytes ("hội đồng"): an s of
// more than 64 bytes, white space and all, is none and is not split
// (the verb may stand deep in a long paragraph).
func bareHead(s string) bool {
	if len(s) > 64 {
		return false
	}
	return bareHeads()[strings.ToLower(strings.Join(strings.Fields(s), " "))]
}
