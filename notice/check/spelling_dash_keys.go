package check

import "sort"

// dashJoins files dashGroups' spots by the two words a dash, "và" or "&"
// joins, keyed by the pair of their small-letter lexemes (lexeme_ids.go),
// a number in the gap ("khu vực 3 - Thành phố") by the key as a string:
// two pairs of words are one key exactly when their forms in small
// letters are, as the key "a|b" they stand for (keyString) is. The
// string is built for the groups of more than one spot alone, to sort
// them as sortedGroups sorts a map of those strings.
type dashJoins struct {
	l    *lexicon
	byID map[uint64]*dashJoin
	num  map[string]*dashJoin // the keys with a number, "a 3|b"
}

// dashJoin is one key's spots and the head of the body each names
// (runHead), and the two words of its first spot, whose small-letter
// forms are the key's.
type dashJoin struct {
	spots []spot
	heads []string
	a, b  *lexeme
}

func newDashJoins(l *lexicon) *dashJoins {
	return &dashJoins{l: l, byID: map[uint64]*dashJoin{}}
}

// at returns the join of words a and b, made if new.
func (d *dashJoins) at(a, b *lexeme) *dashJoin {
	k := d.l.lowerPair(a, b)
	j := d.byID[k]
	if j == nil {
		j = &dashJoin{a: a, b: b}
		d.byID[k] = j
	}
	return j
}

// find returns the join of words a and b, nil if none is filed.
func (d *dashJoins) find(a, b *lexeme) *dashJoin {
	return d.byID[d.l.lowerPair(a, b)]
}

// add files sp and its head under the key of words a and b (with the
// gap's number, if any).
func (d *dashJoins) add(a, b *lexeme, num string, sp spot, head string) {
	var j *dashJoin
	if num == "" {
		j = d.at(a, b)
	} else {
		k := a.lowered() + num + "|" + b.lowered()
		if d.num == nil {
			d.num = map[string]*dashJoin{}
		}
		if j = d.num[k]; j == nil {
			j = &dashJoin{}
			d.num[k] = j
		}
	}
	j.spots = append(j.spots, sp)
	j.heads = append(j.heads, head)
}

// count is how many spots the join of words a and b holds.
func (d *dashJoins) count(a, b *lexeme) int {
	if j := d.find(a, b); j != nil {
		return len(j.spots)
	}
	return 0
}

// keyString is the key "a|b" the join stands for, in small letters.
func (j *dashJoin) keyString() string {
	return j.a.lowered() + "|" + j.b.lowered()
}

// sorted returns the joins' spots of more than one spot, in the order of
// their keys as strings.
func (d *dashJoins) sorted() [][]spot {
	type keyed struct {
		key   string
		spots []spot
	}
	var ks []keyed
	for _, j := range d.byID {
		if len(j.spots) > 1 {
			ks = append(ks, keyed{j.keyString(), j.spots})
		}
	}
	for k, j := range d.num {
		if len(j.spots) > 1 {
			ks = append(ks, keyed{k, j.spots})
		}
	}
	sort.Slice(ks, func(a, b int) bool { return ks[a].key < ks[b].key })
	out := make([][]spot, len(ks))
	for i, k := range ks {
		out[i] = k.spots
	}
	return out
}
