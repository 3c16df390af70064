package check

import "strings"

// presideVerbs say in an opening who led the meeting or the working
// session whose conclusions follow: "đồng chí Trần Huy Tuấn, Chủ tịch
// Ủy ban nhân dân tỉnh chủ trì cuộc họp", and, for a leader's visit,
// "đồng chí Trần Hữu Thể - Chủ tịch Ủy ban nhân dân tỉnh làm việc với
// xã Y Tý", "đồng chí Quàng Văn Bun - Phó Giám đốc Sở ... dẫn đoàn kiểm
// tra".
var presideVerbs = []string{" chủ trì ", " làm việc với ", " dẫn đoàn "}

// presideAt is the offset in s of the first of presideVerbs, or -1; -1
// too when the sentence of a " làm việc với " names, after it, the one
// who led the visitors ("đồng chí Sần Văn Sáng - Bí thư Đảng ủy xã làm
// việc với Đoàn công tác của tỉnh do đồng chí Trần Hữu Thể ... làm trưởng
// đoàn"): the one before it is the host.
func presideAt(s string) int {
	at, verb := -1, ""
	for _, w := range presideVerbs {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at, verb = i, w
		}
	}
	if i := presideClauseEnd(s); i >= 0 && (at < 0 || i < at) {
		at, verb = i, " chủ trì "
	}
	if verb == " làm việc với " && leaderAfter(s[at+len(verb):]) {
		return -1
	}
	return at
}

// leaderAfter reports whether the rest of a sentence names who led a
// delegation: "do đồng chí ...", "trưởng đoàn", "dẫn đầu".
func leaderAfter(rest string) bool {
	if i := strings.Index(rest, ". "); i >= 0 {
		rest = rest[:i]
	}
	return strings.Contains(rest, " do ") || strings.Contains(rest, "trưởng đoàn") || strings.Contains(rest, "dẫn đầu")
}

// presidedAs is what the opening says its chair led, in the words of the
// finding: "chủ trì cuộc họp", or for a working session "chủ trì buổi
// làm việc" ("làm việc với xã Y Tý"), for a delegation "dẫn đoàn".
func presidedAs(v *View) (vi, en string) {
	for _, s := range v.Body {
		if s.Role != RoleOpening {
			continue
		}
		if at := presideAt(s.Text); at >= 0 {
			switch {
			case strings.HasPrefix(s.Text[at:], " làm việc với "):
				return "chủ trì buổi làm việc", "led the working session"
			case strings.HasPrefix(s.Text[at:], " dẫn đoàn "):
				return "dẫn đoàn", "led the delegation"
			}
		}
		break
	}
	return "chủ trì cuộc họp", "chaired the meeting"
}

// presideClauseEnd is the offset of a " chủ trì" that ends its clause
// ("Hội nghị do đồng chí X, Giám đốc chủ trì; dự hội nghị có ..."), its
// mark right after it, or -1.
func presideClauseEnd(s string) int {
	for at := 0; ; {
		i := strings.Index(s[at:], " chủ trì")
		if i < 0 {
			return -1
		}
		i += at
		at = i + len(" chủ trì")
		if at < len(s) && strings.IndexByte(";,.", s[at]) >= 0 {
			return i
		}
	}
}
