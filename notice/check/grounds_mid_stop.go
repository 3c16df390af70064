package check

import "strings"

// midGroundStop reports whether ground i of the grounds from..enact, which
// ends with ".", stands amid grounds that end with ";": the grounds before
// and after it end with ";" (the last before "QUYẾT ĐỊNH:" aside, which
// ends with "."), so its "." is a slip for ";" (Phụ lục I, Mục II, khoản
// 6 a: each ground ends with ";", the last with "."). A text that closes
// every ground with "." writes one way throughout, and is left.
func midGroundStop(v *View, i, from, enact int) bool {
	semi := 0
	for k := from; k < enact-1; k++ {
		if k == i {
			continue
		}
		switch lastRune(strings.TrimSpace(v.Body[k].Text)) {
		case ";":
			semi++
		case ".":
			return false
		}
	}
	next := strings.TrimSpace(v.Body[i+1].Text)
	return semi > 0 && groundStartRe().MatchString(next)
}
