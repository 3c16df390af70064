package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// surnames are the family names that start most Vietnamese names; a run
// of capitalised words starting with one is read as a person's name.
var surnames = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Nguyễn": true, "Trần": true, "Lê": true, "Phạm": true, "Hoàng": true, "Huỳnh": true, "Phan": true, "Vũ": true, "Võ": true, "Đặng": true, "Bùi": true, "Đỗ": true,
		"Hồ": true, "Ngô": true, "Dương": true, "Lý": true, "Đinh": true, "Đoàn": true, "Trương": true, "Lương": true, "Phùng": true, "Đào": true, "Tạ": true, "Lâm": true, "Mai": true, "Cao": true,
		"Hà": true, "Châu": true, "Tô": true, "Thái": true, "Kiều": true, "Quách": true, "Triệu": true, "Vương": true, "Trịnh": true, "Lưu": true, "Doãn": true, "Chu": true, "Mạc": true,
		"Tăng": true, "Lại": true, "Đàm": true, "Nghiêm": true, "Khổng": true, "Giang": true, "Âu": true, "Thân": true, "Ông": true, "Kim": true, "Mạnh": true, "Văn": true}
})

// placeWords stand before a place name, which can look like a person's
// ("huyện Lý Sơn").
var placeWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"huyện": true, "tỉnh": true, "xã": true, "phường": true, "thị": true, "trấn": true, "phố": true, "quận": true, "thôn": true, "bản": true, "làng": true, "sông": true, "đảo": true}
})

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words)) // made at initialisation: no growing
	for _, w := range words {
		m[w] = true
	}
	return m
}

type nameMatch struct {
	text string
	off  int
}

// findNames returns the people's names in s: a surname and one to three
// more capitalised words, not after a word that names a place.
func findNames(s string) []nameMatch {
	words := wordsWithOffsets(s)
	var out []nameMatch
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !surnames()[w.text] {
			continue
		}
		j := i + 1
		for j < len(words) && j-i <= 3 && capitalised(words[j].text) && words[j].off == words[j-1].end+1 {
			j++
		}
		// After "huyện", "tỉnh"... two words are a place ("huyện Lý Sơn");
		// three or more are a person ("UBND tỉnh Nguyễn Hoàng Giang").
		afterPlace := i > 0 && placeWords()[strings.ToLower(words[i-1].text)]
		if j-i == 2 && earthlyBranches()[words[i+1].text] {
			i = j - 1
			continue // "Tết Nguyên đán Đinh Mùi": a year's name, not Mr Đinh's
		}
		if j-i >= 3 || j-i == 2 && !afterPlace {
			out = append(out, nameMatch{text: s[w.off:words[j-1].end], off: w.off})
		}
		i = j - 1
	}
	return out
}

// earthlyBranches are the second words of a year's name in the sixty-year
// cycle ("Đinh Mùi", "Đinh Dậu"), whose first word Đinh is a surname too.
var earthlyBranches = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Tý": true, "Sửu": true, "Dần": true, "Mão": true, "Mẹo": true, "Thìn": true, "Tỵ": true, "Tị": true, "Ngọ": true, "Mùi": true, "Thân": true, "Dậu": true, "Tuất": true, "Hợi": true}
})

type wordAt struct {
	text     string
	off, end int
}

// wordsWithOffsets splits s into words of letters.
func wordsWithOffsets(s string) []wordAt {
	return firstWords(s, -1)
}

// firstWords is the first n words of wordsWithOffsets(s), all of them
// when n < 0: it reads no further than the n-th word's end, so that the
// words after a spot cost their own length, not the rest of the text.
func firstWords(s string, n int) []wordAt {
	c := len(s)/5 + 1 // a syllable and a space take five bytes or so
	if n >= 0 {
		c = min(c, n)
	}
	out := make([]wordAt, 0, c)
	if n == 0 {
		return out
	}
	start := -1
	for i, r := range s {
		if isLetter(r) { // unicode.IsLetter
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, wordAt{s[start:i], start, i})
			start = -1
			if len(out) == n {
				return out
			}
		}
	}
	if start >= 0 {
		out = append(out, wordAt{s[start:], start, len(s)})
	}
	return out
}

// hasLower reports whether w holds a lower-case letter.
func hasLower(w string) bool {
	for _, r := range w {
		if isLowerRune(r) {
			return true
		}
	}
	return false
}

func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !isUpperRune(r) {
		return false
	}
	for _, c := range w[n:] {
		if isUpperRune(c) {
			return false // an abbreviation: UBND
		}
	}
	return true
}

// sameName compares names with case and tone placement folded.
func sameName(a, b string) bool { return cite.Fold(a) == cite.Fold(b) }
