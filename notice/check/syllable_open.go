package check

// openGlide reports whether w ends in "iê", "yê", "uô" or "ươ" with no
// final sound ("duyệ" for "duyệt", "tiê"): Vietnamese writes these
// rhymes open as "ia", "ya", "ua", "ưa" ("kia", "khuya", "mua", "mưa"),
// and closes them with a consonant otherwise ("tiền", "duyệt", "muốn",
// "mương"). The "i" of "gi" and the "u" of "qu" belong to the start.
func openGlide(w string) bool {
	rs := []rune(w)
	n := len(rs)
	if n < 2 {
		return false
	}
	a, b := bareLetter(rs[n-2]), bareLetter(rs[n-1])
	if n >= 3 && (rs[n-3] == 'g' && a == 'i' || rs[n-3] == 'q' && a == 'u') {
		return false
	}
	return (a == 'i' || a == 'y') && b == 'ê' || a == 'u' && b == 'ô' || a == 'ư' && b == 'ơ'
}

// yeAfterConsonant reports whether w writes "yê" right after a consonant
// ("hyện" for "huyện"): Vietnamese writes "yê" only where a syllable
// begins ("yên") or after "u" ("nguyên", "khuyến"), and "iê" after a
// consonant ("hiện").
func yeAfterConsonant(w string) bool {
	rs := []rune(w)
	for k := 1; k+1 < len(rs); k++ {
		if bareLetter(rs[k]) == 'y' && bareLetter(rs[k+1]) == 'ê' && !isVowelLetter(rs[k-1]) && isLetter(rs[k-1]) {
			return true
		}
	}
	return false
}
