package check

import "sync"
import "strings"

// Reading a sum written in words, as a notice writes it after "Bằng chữ:"
// ("Mười hai tỷ, bốn trăm tám mươi triệu, ba trăm năm mươi sáu nghìn
// đồng"): the digits' words with their spoken forms ("mốt", "tư", "lăm"),
// "mười", "mươi", "trăm", "lẻ"/"linh", and the scales "nghìn"/"ngàn",
// "triệu", "tỷ"/"tỉ". A scale takes everything said since the last larger
// scale ("Hai nghìn bốn trăm năm mươi sáu tỷ" is 2.456 tỷ).

// digitWords are the words of a digit, with the forms spoken after
// "mươi" ("hai mươi mốt", "năm mươi tư", "hai mươi lăm").
var digitWords = sync.OnceValue(func() map[string]int64 {
	return map[string]int64{
		"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
		"năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
	}
})

// scaleWords are the words of a scale.
var scaleWords = sync.OnceValue(func() map[string]int64 {
	return map[string]int64{
		"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
	}
})

// maxSum bounds a sum read in words: a larger one is no sum a notice
// writes, and the arithmetic stays inside int64.
const maxSum = 1e17

// sumPart is a sum said up to a scale: its value and the scale.
type sumPart struct{ value, scale int64 }

// readSumWords reads words (in small or capital letters) as a sum; ok is
// false when a word is none of a sum's or the words do not make one
// ("hai ba", "trăm" with no digit before it).
func readSumWords(words []string) (sum int64, ok bool) {
	var parts []sumPart
	acc, last := int64(0), int64(-1) // last: a digit said and not yet multiplied
	said := false
	for _, w := range words {
		w = strings.ToLower(w)
		if d, isDigit := digitWords()[w]; isDigit {
			if last >= 0 {
				return 0, false // "hai ba": two digits running on
			}
			acc, last, said = acc+d, d, true
			continue
		}
		if s, isScale := scaleWords()[w]; isScale {
			v := acc
			for len(parts) > 0 && parts[len(parts)-1].scale < s {
				v += parts[len(parts)-1].value
				parts = parts[:len(parts)-1]
			}
			if v == 0 || v > maxSum/s {
				return 0, false
			}
			parts = append(parts, sumPart{v * s, s})
			acc, last = 0, -1
			continue
		}
		switch w {
		case "mười":
			acc, last, said = acc+10, -1, true
		case "mươi", "trăm":
			if last < 0 {
				return 0, false
			}
			k := int64(9)
			if w == "trăm" {
				k = 99
			}
			acc, last = acc+last*k, -1
		case "lẻ", "linh":
		default:
			return 0, false
		}
	}
	if !said {
		return 0, false
	}
	for _, p := range parts {
		acc += p.value
	}
	return acc, true
}
