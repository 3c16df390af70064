package check

import (
	"fmt"
	"reflect"
	"sort"
	"testing"
)

// TestWindowSlipsAsAtEveryLength holds name-spelling's findings with
// walkWindowGroups to its findings with the window groups as they were
// before a slip was grouped once (everyLengthWindowGroups: every window
// length that holds a slip made its own group and was read by slips), on
// every notice and text of testdata (testdataViews). The findings, not
// the groups, are compared: the shorter windows' groups mostly met
// places already reported, and what reaches the reader must not move.
func TestWindowSlipsAsAtEveryLength(t *testing.T) {
	r, ok := Lookup("name-spelling")
	if !ok {
		t.Fatal("no rule name-spelling")
	}
	findings, moved := 0, 0
	for _, v := range testdataViews(t) {
		if v.Unreadable || !r.applies(v) {
			continue
		}
		want := spellingFindings(r, v, everyLengthWindowGroups)
		got := spellingFindings(r, v, walkWindowGroups)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d findings, %d with a slip grouped at every window length:\n%v\n%v", v.Path, len(got), len(want), got, want)
		}
		findings += len(want)
		// The comparison shows the window groups only if they make
		// findings of their own: without them some notice must lose one.
		if none := spellingFindings(r, v, func(*spellWalk) [][]spot { return nil }); !reflect.DeepEqual(none, want) {
			moved++
		}
	}
	t.Logf("%d findings; %d notices where the window groups find something", findings, moved)
	if findings == 0 || moved < 5 {
		t.Fatalf("%d findings, %d notices where the window groups find something: the comparison shows too little", findings, moved)
	}
}

// spellingFindings runs name-spelling on v with the window groups made
// by windows.
func spellingFindings(r *Rule, v *View, windows func(*spellWalk) [][]spot) []string {
	p := &Pass{View: v, Opts: &Options{}, rule: r, found: &found{}}
	nameSpellingBy(p, windows)
	var out []string
	for _, f := range p.found.list {
		out = append(out, fmt.Sprintf("%+v", f)) // both languages' message and fix
	}
	return out
}

// everyLengthWindowGroups is walkWindowGroups as it stood at main
// f151a367 (s81), kept to compare with: every window length that holds a
// slip makes its own group, each read whole by everyLengthSlips.
func everyLengthWindowGroups(walk *spellWalk) [][]spot {
	v := walk.v
	// Only a name written two ways can make a group of slips: a first
	// pass finds, by a hash of the loose key, the names written with
	// other words elsewhere; the second builds keys and spots for those
	// alone, and for the long names missingWord reads.
	//
	// missingWord reads the long names that start with a body's name and
	// the names that are one of them with an inner word left out: the
	// hashes of those cuts, found in the first pass too, tell which
	// shorter names to keep.
	names := newNameIndex(walk)
	all := names.all()
	seen, cuts := names.tables(len(all)) // seen by loose hash: the first name, and whether another is written otherwise
	body := names.bodyStart()
	for _, nm := range all {
		at := nm.at
		if e, fresh := seen.entry(nm.h); fresh {
			e.first = at
		} else if !e.twoWays && !names.sameWords(e.first, at) {
			e.twoWays = true
		}
		if at.n >= longName && body(at) {
			names.addCuts(at, cuts)
		}
	}
	byKey := names.groups()
	var longs []spotAt // the long and short names, for missingWord
	anyShort := false
	for _, nm := range all {
		at := nm.at
		long := at.n >= longName && body(at)
		short := at.n >= longName-1 && at.n < maxNameWords && cuts.n > 0 && cuts.has(names.lowerHash(at))
		e := seen.find(nm.h) // filed by the first pass
		twoWays := e.twoWays
		if !twoWays && !long && !short {
			continue
		}
		s, w := walk.segs[at.seg], names.words[at.seg][at.i:at.i+at.n]
		sp := spot{seg: s, off: w[0].off, end: w[len(w)-1].end, form: s.Text[w[0].off:w[len(w)-1].end]}
		if twoWays {
			sp.variant = names.exactKey(at)
			byKey.add(e, at, sp)
		}
		if long || short {
			longs = append(longs, spotAt{sp, at})
			anyShort = anyShort || short
		}
	}
	var out [][]spot
	for _, g := range byKey.sorted() {
		out = append(out, everyLengthSlips(v, g)...)
	}
	// The longest name first: it is the one the message shows.
	sort.SliceStable(out, func(i, j int) bool { return len(out[i][0].form) > len(out[j][0].form) })
	if !anyShort {
		// missingWord groups a long name with a short one, a key of the
		// notice its cut by one word: a cut of a long name (of its first
		// words, each such a long name too) is filed in cuts, and a name
		// whose key is one is short; with none, it finds nothing.
		return out
	}
	exact := map[string][]spot{}
	for _, l := range longs {
		k := names.key(l.at, (*lexeme).lowered)
		exact[k] = append(exact[k], l.sp)
	}
	return append(out, missingWord(exact)...)
}

// everyLengthSlips is slips as it stood at main f151a367 (s81).
func everyLengthSlips(v *View, g []spot) [][]spot {
	usual, ok := usualVariant(g)
	if !ok {
		return nil
	}
	r := newSlipReads(v, g, &slipPlaces{}) // nothing shared from window to window
	due := dueCapital(r, usual)
	if due != "" {
		usual = due
	}
	smallOnTie := false
	if due == "" {
		if small := smallRunOnTie(r, usual); small != "" {
			usual, smallOnTie = small, true // as slips reads it since x102
		}
	}
	ref := r.words(usual)
	var out [][]spot
	done := map[string]bool{}
	for si, s := range g {
		if s.variant == usual || done[s.variant] {
			continue
		}
		done[s.variant] = true
		at, ok := r.slipAt(s.variant, usual)
		if due != "" {
			if !ok || !sameNameAs(g, s.variant, usual) {
				continue
			}
		} else {
			if !ok || legalForm(ref[:at]) && !sameAfter(s, firstOf(g, usual), 2) {
				continue // after "Công ty Cổ phần" comes each company's own name
			}
			if at == len(ref)-1 && !lastWordSlip(r, s.variant, usual) {
				continue
			}
			if !oneName(r, si, usual) && !(at == len(ref)-1 && lowerSlip(r.words(s.variant)[at], ref[at])) {
				continue
			}
		}
		// A key slipped in a name no head's word opens ("Giỗ Tổ Hùng
		// Vường" beside "Giỗ Tổ Hùng Vương" four times) is read from its
		// window where the usual spelling is the more often written: on a
		// tie either may be the slip.
		bare := markSlip(r.words(s.variant)[at], ref[at]) && r.count(usual) > r.count(s.variant)
		// Every spot of the slip must stand in a whole name, and one of
		// the usual spelling at least; a usual spot in a fragment of prose
		// ("thành lập thị xã Cửa Lò") still counts, as written.
		var pair, loose []spot
		whole, usualWhole := true, false
		var atOf wordOffMemo // the spots of a spelling mostly write it alike: their words split once
		for _, t := range g {
			if t.variant == usual || t.variant == s.variant {
				t.diffOff = t.off + atOf.off(t.form, at)
				var off, end int
				var ok bool
				if t.variant == usual {
					off, end, ok = wholeName(v, t, s, at, bare)
				} else {
					off, end, ok = everyLengthWholeAgainst(v, t, g, usual, at, bare)
				}
				if !ok && t.variant == usual {
					loose = append(loose, t)
					continue
				}
				if !ok {
					whole = false
					break
				}
				usualWhole = usualWhole || t.variant == usual
				t.due = due != "" && t.variant == usual
				t.form = t.seg.Text[off:end]
				t.once = off + 1
				pair = append(pair, t)
			}
		}
		if whole && usualWhole {
			if smallOnTie {
				usualFirst(pair, usual)
			}
			out = append(out, append(pair, loose...))
		}
	}
	return out
}

// everyLengthWholeAgainst is wholeAgainst as it stood at main f151a367
// (s81), each window asking wholeName anew.
func everyLengthWholeAgainst(v *View, t spot, g []spot, usual string, at int, bare bool) (off, end int, ok bool) {
	for _, u := range g {
		if u.variant != usual {
			continue
		}
		if off, end, ok = wholeName(v, t, u, at, bare); ok {
			return off, end, true
		}
	}
	return 0, 0, false
}
