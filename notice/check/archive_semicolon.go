package check

import "strings"

// semicolonUnits splits the units a "- Lưu:" line parts with ";" for ","
// ("VT; 2.05.07"): ";" is the wrong separator, not part of a unit. A unit
// in brackets keeps its ";" for unbracket to read ("(VP ; KT&KĐCL)"). It
// returns the units and the first ";" it split at, "" if none.
func semicolonUnits(units []string) (out []string, split bool) {
	for _, u := range units {
		if !strings.Contains(u, ";") || strings.ContainsAny(u, "()") {
			out = append(out, u)
			continue
		}
		for _, p := range strings.Split(u, ";") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		split = true
	}
	return out, split
}
