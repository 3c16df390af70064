package check

import "strings"

// slipReads holds what slips reads of a group's spellings and spots, each
// worked out once a group however many of its spellings ask: the words
// of each spelling, the word after each spot (oneName), whether a name
// ends at each spot (lastWordSlip).
type slipReads struct {
	v        *View
	g        []spot
	variants []string    // the spellings split so far
	fields   [][]string  // strings.Fields of each
	after    []string    // wordAfter of each spot of g, once afterDone
	ends     []int8      // lastEnds of each spot of g: 0 not worked out, 1 yes, 2 no
	slipsAt  []slipPair  // slipAt of the pairs of spellings asked so far
	places   *slipPlaces // what the walk's other windows have read of the same places

	afterDone bool
}

func newSlipReads(v *View, g []spot, places *slipPlaces) *slipReads {
	return &slipReads{v: v, g: g, places: places}
}

// words is strings.Fields of a spelling; the slice is shared, not to be
// written.
func (r *slipReads) words(variant string) []string {
	for i, w := range r.variants {
		if w == variant {
			return r.fields[i]
		}
	}
	f := variantWords(variant)
	r.variants = append(r.variants, variant)
	r.fields = append(r.fields, f)
	return f
}

// slipPair is slipAt of a spelling against another.
type slipPair struct {
	variant, ref string
	at           int
	ok           bool
}

// slipAt is slipAt of the words of spelling variant against those of ref,
// which have as many (dueCapital and slips ask it of the same pairs).
func (r *slipReads) slipAt(variant, ref string) (int, bool) {
	for _, p := range r.slipsAt {
		if p.variant == variant && p.ref == ref {
			return p.at, p.ok
		}
	}
	at, ok := slipAt(r.words(variant), r.words(ref))
	r.slipsAt = append(r.slipsAt, slipPair{variant, ref, at, ok})
	return at, ok
}

// wordAfter is wordAfter of spot i of the group.
func (r *slipReads) wordAfter(i int) string {
	if !r.afterDone {
		r.after = make([]string, len(r.g))
		for k, t := range r.g {
			r.after[k] = wordAfter(r.v, t)
		}
		r.afterDone = true
	}
	return r.after[i]
}

// lastEnds reports whether the name ends at spot i of the group, no
// trích yếu of a cited document beginning after it (lastWordSlip).
func (r *slipReads) lastEnds(i int) bool {
	if r.ends == nil {
		r.ends = make([]int8, len(r.g))
	}
	if r.ends[i] == 0 {
		r.ends[i] = 2
		if r.places.endsAt(r.g[i]) {
			r.ends[i] = 1
		}
	}
	return r.ends[i] == 1
}

// variantWords is strings.Fields of a spelling, as names.key writes it:
// words of letters, each followed by one space (TestVariantWordsAsFields).
func variantWords(variant string) []string {
	if variant == "" {
		return nil
	}
	return strings.Split(variant[:len(variant)-1], " ")
}

// count is how many spots of the group write a spelling.
func (r *slipReads) count(variant string) int {
	n := 0
	for _, t := range r.g {
		if t.variant == variant {
			n++
		}
	}
	return n
}
