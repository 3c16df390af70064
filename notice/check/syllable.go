package check

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "syllable", Severity: diag.Warning, Ref: diag.Practice, Run: syllable,
		Title: diag.Msg("mỗi chữ là một chữ tiếng Việt viết đúng dấu", "each word is a Vietnamese syllable its tone can sit on"),
		Help:  diag.Msg("gõ lại chữ cho đúng dấu thanh", "type the word again with its right tone mark")})
}

// Vietnamese spelling allows only the rising (sắc) and the heavy (nặng)
// tone on a syllable that ends in p, t, c or ch ("luật", "cấp"), and
// never ends one in ă or â ("ăn", "câu"): "luât", "cấp" typed "câp", "nă"
// are slips of the keyboard, not words. Only words in small letters that
// carry a Vietnamese mark or letter are judged: a name, an abbreviation
// and a word of another language ("robot", "chat") are left alone.

// syllable reports the words of the prose no Vietnamese syllable is
// spelt like.
func syllable(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if seg.Role == RoleArchive {
			continue
		}
		for _, w := range p.View.words(seg.Text) {
			if why, ok := notSyllable(w.text); ok {
				p.Report(seg, w.off, diag.Text{VI: fmt.Sprintf("%q không phải chữ tiếng Việt: %s", w.text, why.VI), EN: fmt.Sprintf("%q is no Vietnamese word: %s", w.text, why.EN)})
			}
		}
	}
}

// tone marks, as NFD writes them
const (
	toneGrave = '\u0300' // huyền
	toneAcute = '\u0301' // sắc
	toneTilde = '\u0303' // ngã
	toneHook  = '\u0309' // hỏi
	toneDot   = '\u0323' // nặng
)

// notSyllable reports whether w, in small letters, is spelt as no
// Vietnamese syllable is, and why.
func notSyllable(w string) (diag.Text, bool) {
	if w == "" || strings.ToLower(w) != w || w == stripMarks(w) && !strings.ContainsAny(w, "đ") {
		return diag.Text{}, false // a name, or no Vietnamese mark to go by
	}
	var base []rune
	var tone rune
	for _, r := range norm.NFD.String(w) {
		switch r {
		case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
			tone = r
		default:
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				return diag.Text{}, false // a word with digits: a code
			}
			base = append(base, r)
		}
	}
	b := norm.NFC.String(string(base))
	switch {
	case (strings.HasSuffix(b, "p") || strings.HasSuffix(b, "t") || strings.HasSuffix(b, "c") || strings.HasSuffix(b, "ch")) && tone != toneAcute && tone != toneDot:
		return diag.Msg("chữ tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc dấu nặng", "a syllable ending in p, t, c or ch takes only the rising or the heavy tone"), true
	case strings.HasSuffix(b, "ă") || strings.HasSuffix(b, "â"):
		return diag.Msg("chữ có \"ă\", \"â\" luôn có âm cuối", "a syllable with \"ă\" or \"â\" always has a final sound"), true
	}
	return diag.Text{}, false
}
