package check

import "strings"

// groupSuffixMost is how many words of a name groupSuffix reads back
// from the dash: "Công ty Cổ phần Than Hà Tu" has six after "Công ty".
const groupSuffixMost = 10

// groupSuffix reports whether the text before an abbreviation ends with
// an enterprise's name and " - ": "Công ty Than Hòn Gai - TKV", "Công ty
// Cổ phần Than Núi Béo - Vinacomin". A group (Tập đoàn, Tổng công ty)
// registers its members' names with its own short name after a dash; the
// letters are part of the name, no abbreviation the office could write
// out. The words between "công ty" and the dash are a name: the first
// starts with a capital ("Công ty Điện lực miền Bắc - EVNNPC"). "người
// lao động của TKV" is still said.
func groupSuffix(before string) bool {
	t := strings.TrimRight(before, " \t")
	if len(t) == len(before) {
		return false // "Gai-TKV": a word joined, not a name's suffix
	}
	dash, ok := strings.CutSuffix(t, "-")
	if !ok {
		if dash, ok = strings.CutSuffix(t, "–"); !ok {
			return false
		}
	}
	if strings.TrimRight(dash, " \t") == dash {
		return false
	}
	at := len(dash)
	for range groupSuffixMost {
		w, start := fieldBefore(dash, at)
		if w == "" || strings.ContainsAny(w, ",.;:()") {
			return false // a clause or a bracket ends before any "công ty"
		}
		if namedAfter(dash[:start], "công ty", "cty") {
			return isUpperRune([]rune(w)[0])
		}
		at = start
	}
	return false
}
