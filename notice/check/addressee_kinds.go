package check

import "strings"

// kindsReached reports whether a closing's list of kinds joined by
// commas, "các cơ quan, đơn vị, ấp", is reached kind by kind: each kind
// is a standard address or one the Nơi nhận reaches (ok), the "các" of
// the first carried to the others ("các ấp", reached by "- Trưởng các
// ấp;"). A list of one kind is no list; a part in capitals, a name with a
// comma in it, is not split.
func kindsReached(part string, ok func(string) bool) bool {
	kinds := strings.Split(part, ",")
	if len(kinds) < 2 || strings.ContainsFunc(strings.Join(kinds[1:], ","), isUpperRune) {
		return false
	}
	plural := ""
	if f := strings.TrimSpace(kinds[0]); len(f) > len("các ") && strings.EqualFold(f[:len("các ")], "các ") {
		plural = "các "
	}
	for i, k := range kinds {
		k = strings.TrimSpace(k)
		if i > 0 && !strings.HasPrefix(k, "các ") {
			k = plural + k
		}
		if k == "" || !ok(k) {
			return false
		}
	}
	return true
}
