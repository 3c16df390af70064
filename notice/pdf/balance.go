package pdf

import "strings"

// Balanced breaking sets a centred title as a person would: in as few
// lines as the width allows, and among those breaks the one whose lines
// are most even (the least sum of squared slack), preferring a break after
// a semicolon, between a name and its title, or before "tại" and "về",
// never inside a glued group, and never with one word alone on the last
// line.

// Costs, in the unit of the squared slack of a line as a fraction of the
// width: a line half empty costs 0.25.
const (
	widowCost = 1.0  // one word alone on the last line
	weakCost  = 0.05 // a line that ends with "của", "và", "các" …
	clauseWin = 0.03 // a break after ";", between a name and its title, before "tại", "về"
	minorWin  = 0.01 // a break before another word that starts a phrase
)

// clauseBefore start the part of a trích yếu a person moves to a new line:
// where the meeting was, what it was about.
var clauseBefore = set("tại", "về")

// phraseBefore start a phrase; a line should not end with them, and may
// well start with them.
var phraseBefore = set("của", "và", "các", "những", "trong", "trên", "với", "cho", "theo", "để", "nhằm", "đối", "từ", "đến", "tại", "về")

// balance breaks words into lines of at most width. A glued group wider
// than a line is broken where that costs the fewest breaks inside groups;
// a word wider than a line is cut as breakLines cuts it.
func balance(words []word, width float64, t text) []line {
	n := len(words)
	width = max(width, minLine)
	for _, w := range words {
		if w.w > width {
			return breakLines(words, width, width, t)
		}
	}
	// best[i] is the best setting of words[i:]: the fewest breaks inside
	// glued groups, then the fewest lines, then the least cost.
	type plan struct {
		broken, lines int
		cost          float64
		next          int
		w             float64
	}
	better := func(a, b plan) bool {
		if a.broken != b.broken {
			return a.broken < b.broken
		}
		if a.lines != b.lines {
			return a.lines < b.lines
		}
		return a.cost < b.cost-1e-12
	}
	brk := breakCosts(words)
	best := make([]plan, n+1)
	for i := n - 1; i >= 0; i-- {
		best[i].lines = -1
		w := 0.0
		for j := i + 1; j <= n; j++ { // the line holds words[i:j]
			if j > i+1 {
				w += words[j-2].space
			}
			w += words[j-1].w
			if w > width+1e-9 {
				break
			}
			p := plan{broken: best[j].broken, lines: best[j].lines + 1, cost: lineCost(brk, i, j, w, width) + best[j].cost, next: j, w: w}
			if j < n && words[j-1].glue {
				p.broken++
			}
			if best[i].lines < 0 || better(p, best[i]) {
				best[i] = p
			}
		}
	}
	if n == 0 {
		return breakLines(words, width, width, t)
	}
	var lines []line
	for i := 0; i < n; i = best[i].next {
		lines = append(lines, line{words: words[i:best[i].next], width: best[i].w})
	}
	lines[len(lines)-1].last = true
	return lines
}

// breakCosts returns what breaking before each word but the first costs
// (breakCost): it depends on that word and the one before it only, so it
// is found once, not for every line that may end there.
func breakCosts(words []word) []float64 {
	brk := make([]float64, len(words))
	for j := 1; j < len(words); j++ {
		brk[j] = breakCost(words[j-1], words[j])
	}
	return brk
}

// lineCost is what setting words[i:j], w wide, as one line costs; brk[j]
// is what breaking before words[j] costs (breakCost), for each word but
// the first.
func lineCost(brk []float64, i, j int, w, width float64) float64 {
	slack := (width - w) / width
	c := slack * slack
	switch {
	case j < len(brk):
		c += brk[j]
	case j-i == 1 && i > 0:
		c += widowCost
	}
	return c
}

// breakCost is what breaking the line between a and b costs: negative
// where a person would break.
func breakCost(a, b word) float64 {
	at, bt := a.text(), strings.ToLower(strings.TrimLeft(b.text(), "(“\""))
	c := 0.0
	if phraseBefore[strings.ToLower(at)] {
		c += weakCost
	}
	switch {
	case strings.HasSuffix(at, ";") || strings.HasSuffix(at, ":"), clauseBefore[bt]:
		c -= clauseWin
	case strings.HasSuffix(at, ",") && tokenOf(b.text()).title:
		c -= clauseWin // "Nguyễn Xuân Hải, / Phó Chủ tịch", not "các xã, / thị trấn"
	case phraseBefore[bt]:
		c -= minorWin
	}
	return c
}
