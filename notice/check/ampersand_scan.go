package check

import "unicode/utf8"

// wordAmps returns the places of "&" between two words in s: "giờ &
// phòng", "Giáo dục& Đào tạo", "Đại học & Sau đại học"; a sign of a link
// ("?a=1&b=2") is no word's neighbour. They are what
// FindAllStringSubmatchIndex of the expression
// `(?:^|[^\d/=?&._\-\p{L}])(\p{L}+) ?& ?(\p{L}+)(?:$|[^\d=/\p{L}])` gives,
// read by hand: compiling it cost a process 0.40M instructions. Each
// match is {start, end, first word's start and end, second word's start
// and end}; a match takes the character before the first word (none at
// the text's start) and the one after the second (none at its end), and
// the next is sought after it.
func wordAmps(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		if m := wordAmpAt(s, i); m != nil {
			out = append(out, m)
			i = m[1]
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return out
}

// wordAmpAt returns the match of wordAmps that starts at i, or nil: at
// the text's start the first word may open the text, else a character
// that is not a letter, a figure or one of "/=?&._-" comes before it.
func wordAmpAt(s string, i int) []int {
	if i == 0 {
		if m := wordAmpFrom(s, 0, 0); m != nil {
			return m
		}
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if isLetter(r) || r >= '0' && r <= '9' || r < utf8.RuneSelf && isAmpStop(byte(r)) {
		return nil
	}
	return wordAmpFrom(s, i, i+w)
}

// isAmpStop reports the signs that may not stand before the first word:
// a link's or a file's ("a=1&b", "x.y&z", "a_b&c").
func isAmpStop(c byte) bool {
	switch c {
	case '/', '=', '?', '&', '.', '_', '-':
		return true
	}
	return false
}

// wordAmpFrom returns the match starting at start whose first word opens
// at j, or nil.
func wordAmpFrom(s string, start, j int) []int {
	a := letterRunEnd(s, j)
	if a == j {
		return nil
	}
	k := a
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || s[k] != '&' {
		return nil
	}
	k++
	if k < len(s) && s[k] == ' ' && letterRunEnd(s, k+1) > k+1 {
		k++
	}
	b := letterRunEnd(s, k)
	if b == k {
		return nil
	}
	if b == len(s) {
		return []int{start, b, j, a, k, b}
	}
	r, w := utf8.DecodeRuneInString(s[b:])
	if r >= '0' && r <= '9' || r == '=' || r == '/' {
		return nil
	}
	return []int{start, b + w, j, a, k, b}
}
