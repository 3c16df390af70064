package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// A rhyme of "i" or "y" and "e" that goes on to a final sound is always
// "iê"/"yê" in Vietnamese ("tiền", "quyền", "yên"): "ie", "ye" with a tone
// on a hatless "e" before "m", "n", "ng", "p", "t", "c" or "u" is a slip
// of the keyboard ("quyèn", "QUYÈN" for "quyền"). Only an "e" that carries
// a tone is judged: a word typed with no marks at all ("Nguyen") is left.

// hatlessE maps an "e" with a tone and no hat to the "ê" with that tone.
var hatlessE = sync.OnceValue(func() map[rune]rune {
	return map[rune]rune{
		'è': 'ề', 'é': 'ế', 'ẻ': 'ể', 'ẽ': 'ễ', 'ẹ': 'ệ',
		'È': 'Ề', 'É': 'Ế', 'Ẻ': 'Ể', 'Ẽ': 'Ễ', 'Ẹ': 'Ệ',
	}
})

// rhymeFinals are the sounds that may close a rhyme of "iê"/"yê".
var rhymeFinals = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"m": true, "n": true, "ng": true, "p": true, "t": true, "c": true, "u": true}
})

// hatlessRhyme is w written with the hat on its rhyme's "e", when w
// writes "ie" or "ye" with a toned, hatless "e" before a final sound;
// in small letters or all in capitals, not a name's mixed case.
func hatlessRhyme(w string) (string, bool) {
	rs := []rune(w)
	for i := 1; i+1 < len(rs); i++ {
		hat, ok := hatlessE()[rs[i]]
		if !ok {
			continue
		}
		if g := rs[i-1]; g != 'i' && g != 'y' && g != 'I' && g != 'Y' {
			return "", false
		}
		if !rhymeFinals()[strings.ToLower(string(rs[i+1:]))] {
			return "", false
		}
		if s := string(rs); s != strings.ToLower(s) && s != strings.ToUpper(s) {
			return "", false
		}
		out := append([]rune(nil), rs...)
		out[i] = hat
		return string(out), true
	}
	return "", false
}

// mayHatless is hatlessRhyme's quick look: an "i" or "y" followed by a
// letter of two or three bytes whose first is that of "è", "é" (0xC3) or
// "ẻ", "ẽ", "ẹ" (0xE1).
func mayHatless(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if c := w[i] | 0x20; (c == 'i' || c == 'y') && (w[i+1] == 0xC3 || w[i+1] == 0xE1) {
			return true
		}
	}
	return false
}

// hatlessRhymeMsg is the finding's message for a hatless rhyme.
func hatlessRhymeMsg(fixed string) diag.Text {
	return diag.Msg("vần \"iê\", \"yê\" có âm cuối luôn viết \"ê\": viết %q", "a rhyme of \"iê\" or \"yê\" with a final sound is always written with \"ê\": %q", fixed)
}
