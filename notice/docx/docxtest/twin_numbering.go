package docxtest

import (
	"strconv"
	"strings"
)

// twinNumbering numbers the body's points in Word's way: one multilevel
// list, as offices set it up ("I.", "1.", "a)", "-", "+" its levels
// 0 to 4; each level restarting under the one above), another for
// "1)"; a new instance restarted at its value where a point's typed
// number is not the one Word would count to.
type twinNumbering struct {
	nums []string
	// the instance of each list going on and its counters
	cur      [2]int
	counters [2][5]int
}

// twinLevels are the levels of the multilevel list (list 0) and of the
// "1)" list (list 1): the marker kind's list, level, numFmt and lvlText.
var twinLevels = map[string]struct {
	list, lvl    int
	fmt, lvlText string
}{
	"I.": {0, 0, "upperRoman", "%1."}, "1.": {0, 1, "decimal", "%2."}, "a)": {0, 2, "lowerLetter", "%3)"},
	"-": {0, 3, "bullet", "-"}, "+": {0, 4, "bullet", "+"}, "1)": {1, 0, "decimal", "%1)"},
}

// number gives the instance and level that number a point with marker,
// false when Word's numbering cannot write it (đ, "1.2.", "(1)").
func (n *twinNumbering) number(marker string) (id, lvl int, ok bool) {
	kind, value := markerKind(marker)
	if kind == "" {
		return 0, 0, false
	}
	l := twinLevels[kind]
	c := &n.counters[l.list]
	if n.cur[l.list] == 0 || value != 0 && value != c[l.lvl]+1 {
		id := len(n.nums) + 1
		if value > 1 {
			n.nums = append(n.nums, Num(id, l.list+1, StartOverride(l.lvl, value)))
		} else {
			n.nums = append(n.nums, Num(id, l.list+1))
		}
		n.cur[l.list], *c = id, [5]int{}
	}
	c[l.lvl] = value
	for k := l.lvl + 1; k < len(c); k++ {
		c[k] = 0
	}
	return n.cur[l.list], l.lvl, true
}

func (n *twinNumbering) xml() string {
	if len(n.nums) == 0 {
		return ""
	}
	var lists [2][5]string
	for _, l := range twinLevels {
		start := 1
		lists[l.list][l.lvl] = Lvl(l.lvl, start, l.fmt, l.lvlText, `<w:ind w:left="0" w:firstLine="720"/>`, "")
	}
	return AbstractNum(1, lists[0][:]...) + AbstractNum(2, lists[1][0]) + strings.Join(n.nums, "")
}

// markerKind is the kind of a marker Word's numbering writes (a key of
// twinKinds) and its value (0 for a bullet); "" when it cannot: Word's
// lowerLetter counts a b c d e, so only a to d are written by it.
func markerKind(m string) (string, int) {
	switch m {
	case "-", "+":
		return m, 0
	}
	if len(m) < 2 {
		return "", 0
	}
	body, end := m[:len(m)-1], m[len(m)-1:]
	if end != "." && end != ")" {
		return "", 0
	}
	if v := atoiAll(body); v > 0 {
		return "1" + end, v
	}
	if len(body) == 1 && body[0] >= 'a' && body[0] <= 'd' && end == ")" {
		// Word's lowerLetter counts a b c d e: no đ
		return "a)", int(body[0]-'a') + 1
	}
	if v := romanValue(body); v > 0 && end == "." {
		return "I.", v
	}
	return "", 0
}

// atoiAll is the number s writes in digits with no leading 0, else 0.
func atoiAll(s string) int {
	if s == "" || s[0] < '1' || s[0] > '9' {
		return 0
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return v
}

func romanValue(s string) int {
	vals := map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
	return vals[s]
}
