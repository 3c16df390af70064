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
	return vowels == 1 && !clusterSyllable(w, at) && !foreignSyllable(w, at)
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

// foreignOnsets and foreignCodas are the clusters of consonants an
// English word opens and ends its one syllable with: the names of
// schools, centres and firms in foreign words ("TRUNG TÂM NGOẠI NGỮ
// SMART", "BRIGHT", "STRAND") are written so, in capitals, no mark.
// The onsets hold "KHM" too: the Khmer people's name, as the Danh mục
// các dân tộc Việt Nam writes it, in capitals in the name of an office
// that serves them ("ĐOÀN NGHỆ THUẬT KHMER ÁNH BÌNH MINH", p100); no run
// of initials opens so before its one vowel.
var (
	foreignOnsets = []string{"", "B", "C", "D", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "V", "W", "X", "Z",
		"BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "KN", "PH", "PL", "PR", "QU", "SC", "SCH", "SCR", "SH", "SHR",
		"SK", "SL", "SM", "SN", "SP", "SPL", "SPR", "ST", "STR", "SW", "TH", "THR", "TR", "TW", "WH", "WR", "KHM"}
	foreignCodas = []string{"", "B", "CH", "CK", "CT", "D", "DS", "F", "FT", "G", "GHT", "GHTS", "K", "KS", "L", "LD", "LF", "LK", "LL", "LLS", "LM", "LP", "LT",
		"M", "MB", "MP", "MPS", "N", "NCH", "ND", "NDS", "NG", "NGS", "NK", "NKS", "NT", "NTS", "P", "PS", "PT", "R", "RCH", "RD", "RDS",
		"RK", "RKS", "RM", "RN", "RP", "RS", "RST", "RT", "RTS", "S", "SH", "SK", "SP", "SS", "ST", "STS", "T", "TCH", "TH", "TS", "X", "Z"}
)

// foreignSyllable reports whether w, with its one vowel at byte v, reads
// as one English syllable: an onset and a coda of foreignOnsets and
// foreignCodas. A run of initials has clusters no word has before or
// after its vowel ("CNTYTS": "CNT"; "BQLDA": "BQLD"; "ATVSTP": "TVSTP").
func foreignSyllable(w string, v int) bool {
	return slices.Contains(foreignOnsets, w[:v]) && slices.Contains(foreignCodas, w[v+1:])
}
