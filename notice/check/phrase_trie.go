package check

import "slices"

// A slipTrie files the near-misses of one pair of tokens by the ids after
// the pair, a node a token: the near-misses that match a text at a place
// are those that end on the path its tokens walk, found in a few steps
// where comparing each near-miss of a pair with many ("ủy ban" has 145,
// most going on with "nhân dân") read some twenty for each pair a text
// holds. It is laid out flat, breadth first: a node's children are
// consecutive nodes, by id ascending, and the near-misses ending at each
// node one run of ends. Node 0 is the pair itself. Every number fits 16
// bits (newSlipTrie says so), so that the process's tries are read from
// phrase_trie_gen.go as they stand, with nothing built (packedTries).
type slipTrie struct {
	ids []uint16 // the id that leads to each node (ids[0], the pair's, 0)
	// first holds each node's first child, and after the last node their
	// count: node q's children are first[q]:first[q+1].
	first []uint16
	// end0 holds where each node's near-misses start in ends, and after
	// the last node their count: node q's are ends[end0[q]:end0[q+1]].
	end0 []uint16
	ends []uint16 // by index in the pair's list, ascending within a node
}

// trieDraft is a node of a trie being built: the id that leads to it,
// its first child and next sibling (by id ascending), the child child
// last returned (a near-miss mostly shares its words with the one listed
// before it), and the first and last near-miss that end at it, chained
// by trieBuild.endNext; -1 for none.
type trieDraft struct {
	id, child, next, end, last, hint int32
}

// trieBuild is a trie being built: drafts linked by child and sibling, so
// a node costs no slice of its own, then laid out flat by flatten.
type trieBuild struct {
	drafts  []trieDraft
	endNext []int32 // the near-miss after each in its node's chain, -1 for none
}

// newSlipTrie files l, the near-misses of one pair, each of which starts
// with the pair (TestSlipsStartWithPair): drafted in the list's order,
// then laid out breadth first, each node's children consecutive.
func newSlipTrie(l []slip) *slipTrie {
	b := trieBuild{drafts: make([]trieDraft, 1, 2*len(l)+1), endNext: make([]int32, len(l))}
	b.drafts[0] = trieDraft{child: -1, next: -1, end: -1, last: -1, hint: -1}
	for si, s := range l {
		n := int32(0)
		for _, id := range s.ids[pairKnown:] {
			n = b.child(n, id)
		}
		b.addEnd(n, int32(si))
	}
	return b.flatten(len(l))
}

// child returns the draft after n by id, made if new, kept in its
// siblings' order by id: the walk of the siblings starts at n's hint
// when the hint's id is not above id.
func (b *trieBuild) child(n, id int32) int32 {
	prev, c := int32(-1), b.drafts[n].child
	if h := b.drafts[n].hint; h >= 0 && b.drafts[h].id <= id {
		if b.drafts[h].id == id {
			return h
		}
		prev, c = h, b.drafts[h].next
	}
	for c >= 0 && b.drafts[c].id < id {
		prev, c = c, b.drafts[c].next
	}
	if c < 0 || b.drafts[c].id != id {
		made := int32(len(b.drafts))
		b.drafts = append(b.drafts, trieDraft{id: id, child: -1, next: c, end: -1, last: -1, hint: -1})
		if prev < 0 {
			b.drafts[n].child = made
		} else {
			b.drafts[prev].next = made
		}
		c = made
	}
	b.drafts[n].hint = c
	return c
}

// addEnd chains the near-miss si to the ends of draft n, after the ones
// before it in the list.
func (b *trieBuild) addEnd(n, si int32) {
	b.endNext[si] = -1
	if d := &b.drafts[n]; d.end < 0 {
		d.end = si
	} else {
		b.endNext[d.last] = si
	}
	b.drafts[n].last = si
}

// flatten lays the drafts out breadth first: the node at index q of the
// walk is the draft order[q], its children set in a run. Every draft is
// a node and every near-miss ends at one, so the slices are made at their
// length and filled by index.
func (b *trieBuild) flatten(slips int) *slipTrie {
	n := len(b.drafts)
	if n > maxTrie || slips > maxTrie {
		panic("check: a near-miss trie outgrows its 16-bit layout")
	}
	t := &slipTrie{ids: make([]uint16, n), first: make([]uint16, n+1), end0: make([]uint16, n+1), ends: make([]uint16, slips)}
	order := make([]int32, n)
	placed, ended := 1, 0 // the nodes set (the pair's first) and the ends
	for q := range order {
		d := &b.drafts[order[q]]
		t.end0[q], t.first[q] = uint16(ended), uint16(placed)
		for e := d.end; e >= 0; e = b.endNext[e] {
			t.ends[ended] = uint16(e)
			ended++
		}
		for c := d.child; c >= 0; c = b.drafts[c].next {
			if b.drafts[c].id > maxTrie {
				panic("check: a near-miss trie outgrows its 16-bit layout")
			}
			order[placed] = c
			t.ids[placed] = uint16(b.drafts[c].id)
			placed++
		}
	}
	t.end0[n], t.first[n] = uint16(ended), uint16(placed)
	return t
}

// maxTrie is the most a number of a slipTrie may be: its nodes, its ends
// and the ids are 16 bits.
const maxTrie = 1<<16 - 1

// next returns the node after n by id, -1 for none.
func (t *slipTrie) next(n, id int32) int32 {
	lo, end := int32(t.first[n]), int32(t.first[n+1])
	for hi := end; lo < hi; { // a binary search of the children by id
		m := int32(uint32(lo+hi) >> 1)
		if int32(t.ids[m]) < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && int32(t.ids[lo]) == id {
		return lo
	}
	return -1
}

// endsAt returns the near-misses that end at node n.
func (t *slipTrie) endsAt(n int32) []uint16 {
	return t.ends[t.end0[n]:t.end0[n+1]]
}

// match appends to out the indices of the near-misses whose ids the
// tokens from toks[i] are, toks[i] and toks[i+1] being the pair's: in the
// order of the pair's list, as a walk of the list comparing each finds
// them.
func (t *slipTrie) match(toks []token, i int, out []int32) []int32 {
	start := len(out)
	out = appendEnds(out, t.endsAt(0))
	levels := 0 // the nodes past the pair that added near-misses
	for n, k := int32(0), i+pairKnown; k < len(toks); k++ {
		if n = t.next(n, toks[k].id); n < 0 {
			break
		}
		if e := t.endsAt(n); len(e) > 0 {
			out = appendEnds(out, e)
			levels++
		}
	}
	if levels > 0 && len(t.endsAt(0)) > 0 || levels > 1 {
		slices.Sort(out[start:])
	}
	return out
}

// appendEnds appends the near-misses e to out.
func appendEnds(out []int32, e []uint16) []int32 {
	for _, k := range e {
		out = append(out, int32(k))
	}
	return out
}
