package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ministry reports whether s is the name of a ministry and nothing more:
// "Bộ Xây dựng", "Bộ Công Thương", "Bộ Văn hóa, Thể thao và Du lịch",
// "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Giao thông vận tải" (t95:
// "2. Bộ Xây dựng:" over its lettered tasks, "3. Bộ Tài chính chủ trì,
// ..." named no one). A capitalised word takes at most three syllables
// in small letters after it; a capitalised part follows one in small
// letters only after "và", "," or "-". Prose about a ministry runs on
// ("Bộ Tư pháp giúp Chính phủ ..."), which is why check.NamedUnit
// leaves a "Bộ" out.
func ministry(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, ",", " , "))
	if len(words) < 2 || words[0] != "Bộ" || words[1] == "phận" {
		return false
	}
	small, joined := 0, true // small-letter syllables after the last capitalised word; a joiner stands before the next part
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "và" || w == "," || w == "-" || w == "–":
			small, joined = 0, true
		case unicode.IsUpper(r):
			if small > 0 && !joined {
				return false // "Bộ Tư pháp giúp Chính phủ"
			}
			small, joined = 0, false
		case unicode.IsLower(r) && small < 3 && !joined && !notInName[w]:
			small++
		default:
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(words[1])
	return unicode.IsUpper(r) && !joined
}

// notInName are small words no ministry's name holds: "Bộ Giáo dục và
// Đào tạo về việc hướng dẫn ..." ends before "về".
var notInName = map[string]bool{"về": true, "việc": true, "của": true, "tại": true, "cho": true, "với": true,
	"theo": true, "trong": true, "các": true, "những": true, "được": true, "đã": true, "sẽ": true, "là": true,
	"có": true, "để": true, "này": true, "đang": true, "chưa": true, "không": true}
