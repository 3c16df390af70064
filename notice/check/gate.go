package check

import "strings"

// A rule's gate (Rule.Gate) is a cheap necessary condition on the
// notice: false only when the rule cannot report anything on it, so that
// run skips it. Most gates ask whether a literal the rule cannot do
// without occurs in the notice's text at all (View.has); each literal is
// looked for once a notice, whichever rule asks first, and so is each
// shape (a full stop between figures). A rule without a
// gate simply runs. TestGatesNecessary holds every gate to its rule over
// all of testdata, FuzzGates over texts of any shape.

// trigger is a literal, or a shape (triggerFind), some rule needs in a
// notice's text.
type trigger uint8

const (
	trigCommaBracket trigger = iota // ", (": comma-bracket
	trigNhuSau                      // "như sau": nhu-sau-colon
	trigColon                       // ":": la-colon
	trigLa                          // "là": la-colon
	trigLaCap                       // "Là": la-colon
	trigDigitPoint                  // a full stop between two figures, "2.5": decimal-mixed
	numTriggers
)

// triggerText is each trigger's literal, matched byte for byte.
var triggerText = [numTriggers]string{
	trigCommaBracket: ", (",
	trigNhuSau:       "như sau",
	trigColon:        ":",
	trigLa:           "là",
	trigLaCap:        "Là",
}

// triggerFind is the test of each trigger that is a shape, not a
// literal (triggerText empty).
var triggerFind = [numTriggers]func(string) bool{
	trigDigitPoint: hasDigitPoint,
}

// in reports whether s holds t.
func (t trigger) in(s string) bool {
	if f := triggerFind[t]; f != nil {
		return f(s)
	}
	return containsLit(s, triggerText[t])
}

// hasDigitPoint reports whether s holds a full stop with an ASCII figure
// on each side ("2.5", "1.000").
func hasDigitPoint(s string) bool {
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '.')
		if i < 0 {
			return false
		}
		at := from + i
		if at > 0 && isDigit(s[at-1]) && at+1 < len(s) && isDigit(s[at+1]) {
			return true
		}
		from = at + 1
	}
}

// has reports whether t occurs in any piece of text of v that a gated
// rule reads (anySegHolds), working each trigger out once a view.
func (v *View) has(t trigger) bool {
	bit := uint64(1) << t
	if v.trigKnown&bit == 0 {
		v.trigKnown |= bit
		if v.anySegHolds(t) {
			v.trigHas |= bit
		}
	}
	return v.trigHas&bit != 0
}

// anySegHolds reports whether t occurs in a piece of text a gate
// answers for: the header, title, prose (Texts), the Kính gửi line, the
// signature and the signer's name. A rule whose gate asks View.has
// reads no other text.
func (v *View) anySegHolds(t trigger) bool {
	for _, segs := range [][]Seg{v.Header, v.Texts(), v.Signer} {
		for i := range segs {
			if t.in(segs[i].Text) {
				return true
			}
		}
	}
	for _, s := range []*Seg{v.Title, v.Addressee, v.Name} {
		if s != nil && t.in(s.Text) {
			return true
		}
	}
	return false
}

// needs is the gate of a rule that can report only where one of ts
// occurs.
func needs(ts ...trigger) func(*View) bool {
	return func(v *View) bool {
		for _, t := range ts {
			if v.has(t) {
				return true
			}
		}
		return false
	}
}

// laColonGate: la-colon reports a "là" or "Là" followed by a colon.
func laColonGate(v *View) bool {
	return v.has(trigColon) && (v.has(trigLa) || v.has(trigLaCap))
}
