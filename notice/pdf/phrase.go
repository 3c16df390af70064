package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Protected phrases are what a person setting a trích yếu or a Nơi nhận
// line never splits at a line end: a name ("Phạm Thị Hương", "Phan
// Thiết"), a title with the body it belongs to ("Phó Chủ tịch UBND tỉnh",
// "Giám đốc Sở"), a place with its unit word ("tỉnh Quảng Ngãi", "thị xã
// Đức Phổ"), and a word of several syllables that the capitals show
// ("Văn hóa", "Chỉ đạo"). Numbers and dates are protected for all text
// (glued). This is typesetting from a few tables, not grammar: a phrase
// missed is a break a person would not make, never a word lost.

// compounds are words of several syllables a line never splits, written
// in lower case and matched in any case.
var compounds = phrases(
	"chủ tịch", "giám đốc", "bí thư", "trưởng ban", "trưởng phòng", "chánh văn phòng", "văn phòng",
	"thủ tướng", "bộ trưởng", "thứ trưởng", "chủ nhiệm", "ủy viên", "thường trực", "chỉ đạo",
	"ủy ban nhân dân", "hội đồng nhân dân", "đồng chí", "kết luận", "cuộc họp", "phiên họp",
	"hội nghị", "buổi làm việc", "chuyển đổi số", "lần thứ",
	"thị xã", "thị trấn", "thành phố", "tổ dân phố", "khu phố",
	"tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "quận ủy", "đảng ủy",
)

// bodies are the names of a body, written out, that a title stays with as
// it stays with a head word or an abbreviation: "Phó Bí thư Tỉnh ủy",
// "Chủ tịch Ủy ban nhân dân tỉnh" as "Chủ tịch UBND tỉnh".
var bodies = phrases("ủy ban nhân dân", "hội đồng nhân dân",
	"tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "quận ủy", "đảng ủy")

// standing is the word a title takes for its first deputy, between the
// title and its body: "Phó Bí thư Thường trực Tỉnh ủy", "Phó Chủ tịch
// Thường trực UBND tỉnh"; it stays with both.
var standing = strings.Fields("thường trực")

// unitBodies are the bodies that take the unit they govern after them, as
// their abbreviations do ("UBND tỉnh"): "Ủy ban nhân dân tỉnh".
var unitBodies = phrases("ủy ban nhân dân", "hội đồng nhân dân")

// units are the words of an administrative unit; a place name of one or two
// syllables after them stays with them: "tỉnh Quảng Ngãi". A longer run of
// capitals after them is more often a person ("UBND tỉnh / Nguyễn Hoàng
// Giang") and may go to the next line whole.
var units = phrases("tỉnh", "huyện", "xã", "phường", "quận", "thôn", "bản", "ấp", "làng",
	"thị xã", "thị trấn", "thành phố", "tổ dân phố", "khu phố")

// titleEnds end a title that stays with the body after it: "Chủ tịch UBND",
// "Giám đốc Sở".
var titleEnds = set("tịch", "đốc", "thư", "trưởng", "nhiệm", "phòng", "ban")

// heads are words after which a capitalised syllable still starts a word
// of its own: "Sở Xây dựng", "Ban Chỉ đạo", "Phó Chủ tịch".
var heads = set("sở", "bộ", "ban", "phòng", "cục", "vụ", "viện", "phó", "tổng", "đội", "tổ", "hội", "đài", "báo")

// binding are words that stay with the word after them: "lần thứ ba",
// "đồng chí Bùi Văn Lý".
var binding = phrases("thứ", "đồng chí")

func phrases(ps ...string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(p)
	}
	return out
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// token is a word as the phrase rules see it.
type token struct {
	low   string // lower case, without the punctuation around it
	title bool   // "Quảng", "A": a capital, then small letters if any
	abbr  bool   // "UBND", "HĐND": capitals only, two or more
	dash  bool   // a dash standing alone: "Văn hóa - Thể thao"
	stop  bool   // ends with punctuation: no phrase runs on past it
	open  bool   // starts with an opening bracket or quote
}

func tokenOf(s string) token {
	bare := strings.TrimRight(s, ",;:.)”\"!?")
	t := token{stop: bare != s, open: strings.IndexAny(s, "(“\"") == 0}
	bare = strings.TrimLeft(bare, "(“\"")
	t.low = strings.ToLower(bare)
	t.dash = bare == "-" || bare == "–"
	first, _ := utf8.DecodeRuneInString(bare)
	if !unicode.IsUpper(first) {
		return t
	}
	letters, upper := 0, 0
	for _, r := range bare {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	t.abbr = letters >= 2 && upper == letters
	t.title = !t.abbr
	return t
}

// protect glues the spaces inside protected phrases, so that no line
// breaks there.
func protect(ws []word) {
	toks := make([]token, len(ws))
	for i, w := range ws {
		toks[i] = tokenOf(w.text())
	}
	for i := 0; i+1 < len(toks); i++ {
		if pair(toks, i) {
			ws[i].glue = true
		}
	}
	for i := range toks {
		// Only the compounds and units whose first word is this one can
		// start here: most words start none.
		fw := phraseStarts[toks[i].low]
		if fw == nil {
			continue
		}
		for _, c := range fw.compounds {
			if matches(toks, i, c) {
				for k := i; k < i+len(c)-1; k++ {
					ws[k].glue = true
				}
			}
		}
		if n := longestAt(toks, i, fw.units); n > 0 {
			glueUnit(ws, toks, i, n)
		}
	}
}

// startingWith are the compounds and units that start with one word.
type startingWith struct{ compounds, units [][]string }

// phraseStarts holds, under each word a compound or a unit starts with,
// those that do.
var phraseStarts = func() map[string]*startingWith {
	m := map[string]*startingWith{}
	at := func(w string) *startingWith {
		if m[w] == nil {
			m[w] = &startingWith{}
		}
		return m[w]
	}
	for _, c := range compounds {
		at(c[0]).compounds = append(at(c[0]).compounds, c)
	}
	for _, u := range units {
		at(u[0]).units = append(at(u[0]).units, u)
	}
	return m
}()

// pair reports whether words i and i+1 belong together on their own.
func pair(toks []token, i int) bool {
	a, b := toks[i], toks[i+1]
	if b.dash || a.dash && i == 0 {
		return true // a line never starts with a dash, nor ends with the one of a Nơi nhận line
	}
	if a.stop || b.open {
		return false
	}
	switch {
	case a.title && b.title: // a name: "Phạm Thị Hương", "Phan Thiết"
		return true
	case a.title && b.low != "" && !b.title && !b.abbr && startsWord(toks, i):
		return true // "Văn hóa", "Chỉ đạo": the capital starts a word of two syllables
	case binds(toks, i):
		return true
	case titleEnds[a.low] && (b.abbr || b.title && (heads[b.low] || startsAny(toks, i+1, bodies))):
		return true // "Chủ tịch UBND", "Giám đốc Sở", "Bí thư Tỉnh ủy"
	case titleEnds[a.low] && b.title && matches(toks, i+1, standing):
		return true // "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực"
	case i > 0 && matches(toks, i-1, standing) && toks[i-1].title && (b.abbr || b.title && startsAny(toks, i+1, bodies)):
		return true // "Thường trực Tỉnh ủy", "Thường trực UBND tỉnh"
	case (a.abbr || endsAny(toks, i, unitBodies)) && unitAt(toks, i+1) > 0:
		return true // "UBND tỉnh", "Ủy ban nhân dân tỉnh"
	}
	return false
}

// startsAny reports whether one of the phrases ps starts at word i.
func startsAny(toks []token, i int, ps [][]string) bool {
	for _, p := range ps {
		if matches(toks, i, p) {
			return true
		}
	}
	return false
}

// endsAny reports whether one of the phrases ps ends at word i.
func endsAny(toks []token, i int, ps [][]string) bool {
	for _, p := range ps {
		if j := i - len(p) + 1; j >= 0 && matches(toks, j, p) {
			return true
		}
	}
	return false
}

// startsWord reports whether the capitalised word i starts a word of its
// own rather than ends a name: it follows no capital, or a head ("Sở Xây
// dựng"), or punctuation. "Bùi Văn Lý tại" does not glue "Lý tại".
func startsWord(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return !p.title || p.stop || heads[p.low]
}

// matches reports whether the words from i are phrase c, with no
// punctuation inside.
func matches(toks []token, i int, c []string) bool {
	if i+len(c) > len(toks) {
		return false
	}
	for k, w := range c {
		t := toks[i+k]
		if t.low != w || k < len(c)-1 && t.stop || k > 0 && t.open {
			return false
		}
	}
	return true
}

// binds reports whether a binding phrase ends at word i.
func binds(toks []token, i int) bool {
	for _, b := range binding {
		if j := i - len(b) + 1; j >= 0 && matches(toks, j, b) {
			return true
		}
	}
	return false
}

// unitAt returns how many words the unit word starting at i has, or 0.
func unitAt(toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	if fw := phraseStarts[toks[i].low]; fw != nil {
		return longestAt(toks, i, fw.units)
	}
	return 0
}

// longestAt returns how many words the longest of ps matching at i has,
// or 0.
func longestAt(toks []token, i int, ps [][]string) int {
	n := 0
	for _, p := range ps {
		if len(p) > n && matches(toks, i, p) {
			n = len(p)
		}
	}
	return n
}

// glueUnit glues a unit of n words at i to a place name of one or two
// capitalised syllables after it.
func glueUnit(ws []word, toks []token, i, n int) {
	last := i + n - 1
	if toks[last].stop {
		return
	}
	run := 0
	for k := last + 1; k < len(toks) && toks[k].title && !toks[k].open; k++ {
		run++
		if toks[k].stop {
			break
		}
	}
	if run == 0 || run > 2 {
		return
	}
	for k := i; k < last+run; k++ {
		ws[k].glue = true
	}
}
