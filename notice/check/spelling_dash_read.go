package check

import "strings"

// andStarts are the words "và", which may join two names as a dash does
// (andJoin): dashGroups reads them where s83's walk files them
// (word_starts.go), not by asking every word of every text.
var andStarts = newStartSet(func(x *lexeme) bool { return x.text == "và" })

// dashReader files a text's joins of two words into dashGroups' groups:
// by a dash (groups), by "và" (ands), by "&" (amps).
type dashReader struct {
	groups, ands, amps *dashJoins
}

// read files the joins of the text of s. It reads only the words after
// a gap that is not spaces alone, and the words "và": a word after
// spaces alone is joined by no dash or "&", and goes on with the run of
// words parted by spaces and dashes (run, the run's first word). A "và"
// joins only after one space (andJoin), so the one after another gap is
// passed.
func (d *dashReader) read(v *View, s *Seg) {
	x := v.index(s.Text)
	ands := v.startsOf(s.Text, andStarts)
	run, a := 0, 0
	for i := 1; i < len(x.words); i++ {
		if x.spaced[i] {
			continue
		}
		for ; a < len(ands) && int(ands[a]) < i; a++ {
			d.and(s, x, run, int(ands[a]))
		}
		run = d.gap(s, x, run, i)
	}
	for ; a < len(ands); a++ {
		d.and(s, x, run, int(ands[a]))
	}
}

// and files the "và" of word i, after spaces alone, when it joins two
// names.
func (d *dashReader) and(s *Seg, x *textIndex, run, i int) {
	if i < 1 || !x.spaced[i] {
		return
	}
	ws := x.words
	if sp, ok := andJoin(s, ws, run, i); ok {
		d.ands.add(x.lex[i-1], x.lex[i+1], "", sp, runHead(ws, run, i-1))
	}
}

// gap files the join of words i-1 and i, whose gap is not spaces alone,
// and returns the run's first word after it: i where the gap parts the
// run.
func (d *dashReader) gap(s *Seg, x *textIndex, run, i int) int {
	ws := x.words
	gap := s.Text[ws[i-1].end:ws[i].off]
	if !mayDashJoin(gap) {
		return i // no "&", "-", "–" or "—": no join, and not spaces alone
	}
	if strings.IndexByte(gap, '&') >= 0 && ampJoin(gap, ws[i-1].text, ws[i].text) {
		d.amps.add(x.lex[i-1], x.lex[i], "", ampSpot(s, ws, run, i), "")
		return run
	}
	num := ""
	if !dashGap(gap) {
		n, dash, ok := numberDash(gap)
		if !ok || !titleCase(ws[i].text) {
			return i // not spaces alone
		}
		num, gap = n, dash // "khu vực 3 - Thành phố Cần Thơ": the number is the name's
	}
	if !titleCase(ws[i-1].text) && !titleCase(ws[i].text) && !isAbbrev(ws[i-1].text) && strings.HasPrefix(gap, " ") && strings.HasSuffix(gap, " ") {
		return run // a dash between common words with a space on each side is punctuation, not part of a name
	}
	from, to := max(run, i-2), min(len(ws)-1, i+1)
	if !titleCase(ws[i-1].text) && !titleCase(ws[i].text) && !isAbbrev(ws[i-1].text) && !isAbbrev(ws[i].text) {
		from, to = i-1, i // a word written with a hyphen ("các-bon"), not a name
	}
	for to > i && !spaced(s.Text, ws[to-1].end, ws[to].off) && !dashGap(s.Text[ws[to-1].end:ws[to].off]) {
		to--
	}
	d.groups.add(x.lex[i-1], x.lex[i], num, spot{seg: s, off: ws[from].off, end: ws[to].end, form: s.Text[ws[from].off:ws[to].end],
		variant: gap, diffOff: ws[i-1].end, once: ws[run].off + 1}, runHead(ws, run, i-1))
	return run
}

// mayDashJoin reports whether gap holds a byte of "&", "-", "–" or "—"
// (the last two open with 0xE2): a gap without one joins no two words.
func mayDashJoin(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '&', '-', 0xE2:
			return true
		}
	}
	return false
}
