package check

import "strings"

// numberDash reads the gap between two words that holds a number and a
// dash after it, as a name writes its part's number before the rest:
// " 3 - " of "Tòa án nhân dân khu vực 3 - Thành phố Cần Thơ". It
// returns the number with its space (" 3") and the dash's gap (" - "),
// false for any other gap.
func numberDash(gap string) (num, dash string, ok bool) {
	t := strings.TrimLeft(gap, " ")
	if len(t) == len(gap) {
		return "", "", false // the number is glued to the word before
	}
	k := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 || !dashGap(t[k:]) {
		return "", "", false
	}
	return " " + t[:k], t[k:], true
}
