package check

import (
	"slices"
	"strings"
)

// initialsRun reports whether w, a word in capitals, is a run of
// initials that holds a vowel: five letters or more, every one without a
// Vietnamese mark, one vowel among them and no Vietnamese syllable
// ("CNTYTS" for "Chăn nuôi, Thú y và Thủy sản", "BQLDA", "TTYTDP"). A
// word with a marked letter ("KRÔNG", "PRÔNG"), two vowels or fewer
// letters is left: an ethnic place's name or a foreign word may read so;
// so is one that reads as a syllable of such a name (clusterSyllable).
func initialsRun(w string) bool {
	if len(w) < 5 || vietSyllable(w) {
		return false
	}
	vowels, at := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return false
		}
		if strings.IndexByte("AEIOUY", c) >= 0 {
			vowels, at = vowels+1, i
		}
	}
	return vowels == 1 && !clusterSyllable(w, at)
}

// syllableEnds are the letters a syllable of the Central Highlands'
// languages ends with after its vowel, as their place names are written
// in Vietnamese ("Kbang", "Đắk Glong", "Krông", "Đắk Mar", "Ea H'leo").
var syllableEnds = []string{"", "C", "CH", "K", "M", "N", "NG", "NH", "P", "T", "R", "L", "H"}

// clusterSyllable reports whether w, with its one vowel at byte v, reads
// as one syllable opening with a cluster of consonants: at most two
// before the vowel, an ending of syllableEnds after it. The names of
// communes in the Central Highlands are written so without a mark
// ("XÃ KBANG", "XÃ KRONG", "HUYỆN ĐẮK GLONG"); a run of initials has more
// letters on one side or an ending no syllable has ("CNTYTS", "BQLDA").
func clusterSyllable(w string, v int) bool {
	return v <= 2 && slices.Contains(syllableEnds, w[v+1:])
}
