package check

import "unicode"

// moreFields reports whether s holds more than n fields, as
// strings.Fields parts them (runs of white space between), counting no
// further than n+1 and making no slice.
func moreFields(s string, n int) bool {
	if n < 0 {
		return true
	}
	count, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			in = true
			if count++; count > n {
				return true
			}
		}
	}
	return false
}
