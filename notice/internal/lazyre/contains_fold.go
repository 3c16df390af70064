package lazyre

// ContainsFold reports whether s holds word, a word in small ASCII letters,
// with any of its letters in capitals: a look before an expression or a
// lowered copy of the text. strings.ToLower can also give an ASCII letter
// from a rune outside ASCII ("İ" lowers to "i", "K" to "k"); a caller that
// stands for a lowered search checks those runes itself.
func ContainsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}
