package check

import (
	"strings"
	"unicode/utf8"
)

// The unit a sum in figures is written in, as figure-heavy notices write
// it: "đồng" and its short forms "đ", "VNĐ", "VND" ("1.000.000 đ (Bằng
// chữ: Một triệu đồng)"), with what it is counted per after a slash
// ("đồng/m2", "đồng/học sinh/tháng", "đồng/1hồ sơ").

// moneyUnits are the units a sum in figures ends with, longest first.
var moneyUnits = []string{"đồng", "VNĐ", "VND", "vnđ", "đ"}

// unitFirstBytes are the first bytes of moneyUnits.
var unitFirstBytes = func() (b [256]bool) {
	for _, u := range moneyUnits {
		b[u[0]] = true
	}
	return b
}()

// unitLenAt is the length of the unit standing as a word at i in s, or 0:
// "đ" in "đặt" or "VND" in "XVND" is none.
func unitLenAt(s string, i int) int {
	if !unitFirstBytes[s[i]] {
		return 0 // asked at every byte before each bracket: most bytes open no unit
	}
	for _, u := range moneyUnits {
		if strings.HasPrefix(s[i:], u) && !startsWithLetter(s[i+len(u):]) && !endsInLetter(s[:i]) {
			return len(u)
		}
	}
	return 0
}

// startsWithLetter reports whether s opens with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLetter(r)
}

// lastUnit finds the last unit that starts at or after from in s: its
// start and its end; ok is false when there is none.
func lastUnit(s string, from int) (start, end int, ok bool) {
	for i := len(s) - 1; i >= from; i-- {
		if n := unitLenAt(s, i); n > 0 {
			return i, i + n, true
		}
	}
	return 0, 0, false
}

// skipPerTail is s after what a sum is counted per ("/m2", "/học
// sinh/tháng", "/1hồ sơ"): each part a slash, at most two figures, then
// words, the last of which may carry a 2 or 3 ("m2", "m³").
func skipPerTail(s string) string {
	for strings.HasPrefix(s, "/") {
		t := strings.TrimLeft(s[1:], " ")
		k := 0
		for k < len(t) && k < 2 && isDigit(t[k]) {
			k++
		}
		if !startsWithLetter(t[k:]) {
			return s
		}
		t = t[k:]
		for t != "" && (startsWithLetter(t) || t[0] == ' ' && startsWithLetter(t[1:])) {
			_, n := utf8.DecodeRuneInString(t)
			t = t[n:]
		}
		t = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "2"), "3"), "²"), "³")
		s = t
	}
	return s
}
