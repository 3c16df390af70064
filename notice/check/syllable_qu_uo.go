package check

import "github.com/thongbao/thongbao/notice/diag"

// Two places Vietnamese never puts a mark, each a slip of one key: the
// tone on the "u" of the onset "qu" ("qủa" for "quả": the "u" is part of
// the consonant, and the tone sits on the vowel after it, "quả", "quốc",
// "quý"), and an "o" without its horn after "ư" ("trưòng" for "trường":
// after "ư" Vietnamese writes "ơ", "ưa", "ưi", "ưu", never "ưo").

// toneOnQu reports whether w, in small letters, carries its tone on the
// "u" after "q" with a vowel after it, and the word with the tone moved
// to that vowel.
func toneOnQu(w string) (string, bool) {
	rs := []rune(w)
	for k := 0; k+2 < len(rs); k++ {
		if rs[k] != 'q' {
			continue
		}
		u, v := letterTone(rs[k+1]), rs[k+2]
		if u.bare != 'u' || u.tone == 0 || !isVowelLetter(v) || letterTone(v).tone != 0 || !lowerLetters(rs) {
			return "", false
		}
		moved := withTone(v, u.tone)
		if moved == 0 {
			return "", false
		}
		out := append([]rune{}, rs...)
		out[k+1], out[k+2] = 'u', moved
		return string(out), true
	}
	return "", false
}

// hornlessAfterU reports whether w, in small letters, writes "o" right
// after "ư", and the word with the horn put on it ("trưòng": "trường").
func hornlessAfterU(w string) (string, bool) {
	rs := []rune(w)
	for k := 0; k+1 < len(rs); k++ {
		if bareLetter(rs[k]) != 'ư' {
			continue
		}
		o := letterTone(rs[k+1])
		bare, tone := rs[k+1], rune(0)
		if o.bare != 0 {
			bare, tone = o.bare, o.tone
		}
		if bare != 'o' || !lowerLetters(rs) {
			return "", false
		}
		horned := 'ơ'
		if tone != 0 {
			horned = withTone('ơ', tone)
		}
		if horned == 0 {
			return "", false
		}
		out := append([]rune{}, rs...)
		out[k+1] = horned
		return string(out), true
	}
	return "", false
}

// lowerLetters reports whether every rune of rs is a letter in small
// letters: a name or a code is not judged.
func lowerLetters(rs []rune) bool {
	for _, r := range rs {
		if isUpperRune(r) || !isLetter(r) {
			return false
		}
	}
	return true
}

// quSlip is the message of toneOnQu's slip.
func quSlip(w string) (diag.Text, bool) {
	if fixed, ok := toneOnQu(w); ok {
		return diag.Msg("sau \"qu\" dấu thanh đặt trên nguyên âm sau \"u\", viết %q", "after \"qu\" the tone sits on the vowel after the \"u\": %q", fixed), true
	}
	return diag.Text{}, false
}
