package check

import "sort"

// nameGroups files the spots of windowGroups' names by their loose key
// (names.key with looseForm) without building it for each name: a
// group is found by the name's loose hash and told from another of the
// same hash by its words' loose forms, and the key is built once a
// group, to sort the groups as sortedGroups sorts a map of keys.
type nameGroups struct {
	names  *nameIndex
	byHash map[uint64][]int // the groups of a hash, by their order in list
	list   []nameGroup
}

// nameGroup is the spots of one loose key, and the first name filed.
type nameGroup struct {
	first nameAt
	spots []spot
}

func (x *nameIndex) groups() *nameGroups {
	return &nameGroups{names: x, byHash: map[uint64][]int{}}
}

// add files sp, the spot of name at, whose loose hash is h.
func (g *nameGroups) add(at nameAt, h uint64, sp spot) {
	for _, k := range g.byHash[h] {
		if g.names.sameLoose(g.list[k].first, at) {
			g.list[k].spots = append(g.list[k].spots, sp)
			return
		}
	}
	g.byHash[h] = append(g.byHash[h], len(g.list))
	g.list = append(g.list, nameGroup{first: at, spots: []spot{sp}})
}

// sorted returns the groups of more than one spot in the order of their
// loose keys, as sortedGroups returns those of a map by key.
func (g *nameGroups) sorted() [][]spot {
	type keyed struct {
		key   string
		spots []spot
	}
	var many []keyed
	for _, ng := range g.list {
		if len(ng.spots) > 1 {
			many = append(many, keyed{g.names.key(ng.first, (*lexeme).looseForm), ng.spots})
		}
	}
	sort.Slice(many, func(i, j int) bool { return many[i].key < many[j].key }) // keys differ
	out := make([][]spot, len(many))
	for i, k := range many {
		out[i] = k.spots
	}
	return out
}

// sameLoose reports whether two names have the same loose key: as many
// words, each of the same loose form.
func (x *nameIndex) sameLoose(a, b nameAt) bool {
	if a.n != b.n {
		return false
	}
	wa, wb := x.idx[a.seg].lex[a.i:a.i+a.n], x.idx[b.seg].lex[b.i:b.i+b.n]
	for k := range wa {
		if wa[k] != wb[k] && (wa[k].looseH() != wb[k].looseH() || wa[k].looseForm() != wb[k].looseForm()) {
			return false
		}
	}
	return true
}

// exactKey is names.key(at, exactForm), the name's words as written each
// followed by a space: the text itself when it writes them so, one
// space between words and one after the last, as it mostly does.
func (x *nameIndex) exactKey(at nameAt) string {
	text := x.segs[at.seg].Text
	ws := x.words[at.seg][at.i : at.i+at.n]
	last := ws[len(ws)-1].end
	if last >= len(text) || text[last] != ' ' {
		return x.key(at, (*lexeme).exactForm)
	}
	for k := 1; k < len(ws); k++ {
		if ws[k].off != ws[k-1].end+1 {
			return x.key(at, (*lexeme).exactForm)
		}
	}
	return text[ws[0].off : last+1]
}
