package check

import "strings"

// tomlIgnoreIn is the submatches of the expression
//
//	#\s*thongbao:ignore\s+([A-Za-z0-9,\- ]+?)\s*(?:--\s*(.*?))?\s*$
//
// on a line l of a TOML source (no line break in it), read by hand in the
// order the expression tries it: the backtracker tried every place of
// the line, lazily, some 20,000 instructions a directive (0.08M a seed).
// Held to the expression (tomlComment, kept in suppress_lines_test.go)
// by TestTomlIgnoreAsExpr.
func tomlIgnoreIn(l string) []int {
	for h := 0; h < len(l); h++ {
		if l[h] != '#' {
			continue
		}
		a := reSpaces(l, h+1)
		if !strings.HasPrefix(l[a:], "thongbao:ignore") {
			continue
		}
		a += len("thongbao:ignore")
		// \s+ greedy, giving its spaces back one by one to the rules'
		// group, which tries its shortest first
		for g := reSpaces(l, a); g > a; g-- {
			for e := g + 1; e <= len(l) && ruleListByte(l[e-1]); e++ {
				if q, r, ok := ignoreReason(l, e); ok {
					return []int{h, len(l), g, e, q, r}
				}
			}
		}
	}
	return nil
}

// ruleListByte is [A-Za-z0-9,\- ]: a byte of a directive's list of rules.
func ruleListByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == ',' || c == '-' || c == ' '
}

// ignoreReason reads `\s*(?:--\s*(.*?))?\s*$` at e: the reason's place
// (-1, -1 without "--"), and whether it reads to the line's end. "--"
// after the spaces is always taken: `(.*?)` may then run to the end.
func ignoreReason(l string, e int) (q, r int, ok bool) {
	k := reSpaces(l, e)
	if strings.HasPrefix(l[k:], "--") {
		q = reSpaces(l, k+2)
		return q, max(q, len(strings.TrimRight(l, " \t\n\f\r"))), true
	}
	return -1, -1, k == len(l)
}
