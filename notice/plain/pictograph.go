package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A pictograph (an emoji: "🧒", "💉", "✔️", "❤️") is no letter of the
// Vietnamese alphabet a văn bản is typed in, but a page's post puts one
// at a line's head where a list's mark or nothing stands ("💉 2. Tiêm
// phòng ...", "🤧 Ho, chảy mũi", "🧒👧 Kính gửi: ..."). The reader takes
// such a run off the line's text, as it takes Markdown's "*" off a point
// (line.pict), so the line is read for what follows it: a Kính gửi, a
// numbered point, a point of a list. The rules read the run in
// Para.Pict.

// IsPictograph reports whether r is a pictograph: the emoji and symbol
// planes (U+1F000 to U+1FAFF), or a symbol of the Basic Multilingual
// Plane an emoji is shown as by default ("⌛", "⚡", "✅", "❌", "⭐").
// The arrows, shapes and dingbats a Word list's bullet is rendered as
// ("➢", "❖", "✓", "●") are not, unless a variation selector asks for the
// emoji (pictographAt).
func IsPictograph(r rune) bool {
	if r >= 0x1F000 && r <= 0x1FAFF {
		return true
	}
	return strings.ContainsRune(emojiBMP, r)
}

// emojiBMP are the symbols of the Basic Multilingual Plane shown as an
// emoji with no variation selector (Unicode's Emoji_Presentation).
const emojiBMP = "⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕"

// pictographAt returns the width of the pictograph at the start of s with
// what joins it (a variation selector, a zero-width joiner, a keycap's
// mark, a skin tone), 0 when none: a symbol of U+2190 to U+2BFF is one
// when the emoji's variation selector (U+FE0F) follows it ("✔️", "❤️").
func pictographAt(s string) int {
	r, w := utf8.DecodeRuneInString(s)
	switch {
	case IsPictograph(r):
	case r >= 0x2190 && r <= 0x2BFF && strings.HasPrefix(s[w:], "\ufe0f"):
	default:
		return 0
	}
	for w < len(s) {
		r, n := utf8.DecodeRuneInString(s[w:])
		if r != 0xFE0F && r != 0x200D && r != 0x20E3 && !(r >= 0x1F3FB && r <= 0x1F3FF) {
			break
		}
		w += n
		if r == 0x200D && w < len(s) { // a joiner joins the next pictograph
			if m := pictographAt(s[w:]); m > 0 {
				w += m
			} else if r2, n2 := utf8.DecodeRuneInString(s[w:]); r2 >= 0x2190 && r2 <= 0x2BFF {
				w += n2 // "👩‍⚕️": the joined symbol, its selector next
			}
		}
	}
	return w
}

// pictHead returns the length of the run of pictographs that opens raw,
// with the spaces before and after it, and the run itself, when words
// follow it: a letter or a figure ("💉 2. Tiêm phòng", "🤧 Ho, chảy
// mũi"). A run before nothing, or before a count ("👁 349", a page's
// views), is left to the page's reading.
func pictHead(raw string) (int, string) {
	i := len(raw) - len(strings.TrimLeft(raw, " \t"))
	start := i
	for i < len(raw) {
		if n := pictographAt(raw[i:]); n > 0 {
			i += n
			continue
		}
		if raw[i] == ' ' && i > start {
			i++
			continue
		}
		break
	}
	run := strings.TrimSpace(raw[start:i])
	if run == "" {
		return 0, ""
	}
	r, _ := utf8.DecodeRuneInString(raw[i:])
	if unicode.IsLetter(r) {
		return i, run
	}
	if unicode.IsDigit(r) && markerAfterPict(raw[i:]) {
		return i, run
	}
	return 0, ""
}

// markerAfterPict reports whether s opens with a point's number and words
// after it: "2. Tiêm phòng ...".
func markerAfterPict(s string) bool {
	m, rest := marker(s)
	return m != "" && rest < len(s) && strings.TrimSpace(s[rest:]) != ""
}

// holdsPictograph reports whether a pictograph stands anywhere in s: a
// line of a chat message or a post over a notice ("📢📢 CÔNG AN XÃ ...
// THÔNG BÁO 📢📢", "Bà con chú ý ... 👇👇"), which no office's header
// holds.
func holdsPictograph(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE2 && pictographAt(s[i:]) > 0 {
			return true
		}
	}
	return false
}
