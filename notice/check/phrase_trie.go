package check

import "slices"

// A slipTrie files the near-misses of one pair of tokens by the ids after
// the pair, a node a token: the near-misses that match a text at a place
// are those that end on the path its tokens walk, found in a few steps
// where comparing each near-miss of a pair with many ("ủy ban" has 145,
// most going on with "nhân dân") read some twenty for each pair a text
// holds.
type slipTrie struct {
	nodes []trieNode // nodes[0] is the pair itself
}

// trieNode is a place in a near-miss after its pair: the ids that go on
// from it, sorted, with their nodes, and the near-misses that end here by
// their index in the pair's list, ascending.
type trieNode struct {
	kids []int32
	to   []int32
	ends []int32
}

// newSlipTrie files l, the near-misses of one pair, each of which starts
// with the pair (TestSlipsStartWithPair).
func newSlipTrie(l []slip) *slipTrie {
	t := &slipTrie{nodes: make([]trieNode, 1, len(l)+1)}
	for si, s := range l {
		n := int32(0)
		for _, id := range s.ids[pairKnown:] {
			n = t.child(n, id)
		}
		t.nodes[n].ends = append(t.nodes[n].ends, int32(si))
	}
	return t
}

// child returns the node after n by id, made if new.
func (t *slipTrie) child(n, id int32) int32 {
	k, found := slices.BinarySearch(t.nodes[n].kids, id)
	if found {
		return t.nodes[n].to[k]
	}
	c := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{})
	t.nodes[n].kids = slices.Insert(t.nodes[n].kids, k, id)
	t.nodes[n].to = slices.Insert(t.nodes[n].to, k, c)
	return c
}

// next returns the node after n by id, -1 for none.
func (t *slipTrie) next(n, id int32) int32 {
	kids := t.nodes[n].kids
	lo, hi := 0, len(kids)
	for lo < hi { // slices.BinarySearch, inline
		m := int(uint(lo+hi) >> 1)
		if kids[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(kids) && kids[lo] == id {
		return t.nodes[n].to[lo]
	}
	return -1
}

// match appends to out the indices of the near-misses whose ids the
// tokens from toks[i] are, toks[i] and toks[i+1] being the pair's: in the
// order of the pair's list, as a walk of the list comparing each finds
// them.
func (t *slipTrie) match(toks []token, i int, out []int32) []int32 {
	start := len(out)
	out = append(out, t.nodes[0].ends...)
	levels := 0 // the nodes past the pair that added near-misses
	for n, k := int32(0), i+pairKnown; k < len(toks); k++ {
		if n = t.next(n, toks[k].id); n < 0 {
			break
		}
		if e := t.nodes[n].ends; len(e) > 0 {
			out = append(out, e...)
			levels++
		}
	}
	if levels > 0 && len(t.nodes[0].ends) > 0 || levels > 1 {
		slices.Sort(out[start:])
	}
	return out
}
