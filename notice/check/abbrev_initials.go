package check

import "strings"

// initialsRun reports whether w, a word in capitals, is a run of
// initials that holds a vowel: five letters or more, every one without a
// Vietnamese mark, one vowel among them and no Vietnamese syllable
// ("CNTYTS" for "Chăn nuôi, Thú y và Thủy sản", "BQLDA", "TTYTDP"). A
// word with a marked letter ("KRÔNG", "PRÔNG"), two vowels or fewer
// letters is left: an ethnic place's name or a foreign word may read so.
func initialsRun(w string) bool {
	if len(w) < 5 || vietSyllable(w) {
		return false
	}
	vowels := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return false
		}
		if strings.IndexByte("AEIOUY", c) >= 0 {
			vowels++
		}
	}
	return vowels == 1
}
