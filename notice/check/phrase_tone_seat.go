package check

import (
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// toneSeat returns where the tone of a syllable with no tone mark sits
// (NFD, the index of its vowel letter), false when it carries a tone or
// has no vowel. One vowel takes it ("thành"); before a final consonant
// the last vowel does ("toàn", "tiến"); of three vowels, the middle one
// ("ngoài", "người"); of two, the first of a falling pair ("khải",
// "sáu", "mùa": fallingPairs), else the second ("hòa", "thủy"), as the
// new style writes it. The "u" of "qu" and the "i" of "gi" before a
// vowel are the consonant's ("quý", "giải").
func toneSeat(d []rune) (int, bool) {
	var vowels []int
	for i, r := range d {
		if slices.Contains(toneMarks, r) {
			return 0, false
		}
		if i == 1 && (r == 'u' && d[0] == 'q' || r == 'i' && d[0] == 'g' && followsVowel(d, i)) {
			continue // "qu", "gi" are one consonant
		}
		if strings.ContainsRune("aeiouy", r) {
			vowels = append(vowels, i)
		}
	}
	switch {
	case len(vowels) == 0:
		return 0, false
	case len(vowels) == 1:
		return vowels[0], true
	case finalAfter(d, vowels[len(vowels)-1]):
		return vowels[len(vowels)-1], true
	case len(vowels) >= 3:
		return vowels[1], true
	case fallingPairs()[bareVowels(d, vowels)]:
		return vowels[0], true
	}
	return vowels[1], true
}

// followsVowel reports whether a vowel letter comes right after d[i].
func followsVowel(d []rune, i int) bool {
	return i+1 < len(d) && strings.ContainsRune("aeiouy", d[i+1])
}

// finalAfter reports whether a consonant follows the vowel at v and its
// marks: the syllable's final sound.
func finalAfter(d []rune, v int) bool {
	k := v + 1
	for k < len(d) && isVowelMark(d[k]) {
		k++
	}
	return k < len(d)
}

// bareVowels is the vowels at vs with their vowel marks (ˆ, ˘, the
// horn), as NFC writes them: "ai", "ưu", "âu".
func bareVowels(d []rune, vs []int) string {
	var b strings.Builder
	for _, v := range vs {
		end := v + 1
		for end < len(d) && isVowelMark(d[end]) {
			end++
		}
		b.WriteString(string(d[v:end]))
	}
	return norm.NFC.String(b.String())
}
