package check

import "sort"

// nameGroups files the spots of windowGroups' names by their loose key
// (names.key with looseForm) without building it for each name: a
// group is found from the entry of the name's loose hash in the table of
// windowGroups' first pass, and told from another of the same hash by
// its words' loose forms; the key is built once a group, to sort the
// groups as sortedGroups sorts a map of keys.
type nameGroups struct {
	names *nameIndex
	list  []nameGroup
	spots []groupSpot // in the order filed
}

// nameGroup is one loose key's group: the first name filed, how many
// spots, and the next group of the same hash (1 + its place in list, or
// 0).
type nameGroup struct {
	first nameAt
	n     int
	next  int32
}

// groupSpot is a spot filed and its group's place in list.
type groupSpot struct {
	g  int32
	sp spot
}

func (x *nameIndex) groups() *nameGroups {
	return &nameGroups{names: x}
}

// add files sp, the spot of name at, whose loose hash's entry is e.
func (g *nameGroups) add(e *hashEntry, at nameAt, sp spot) {
	link := &e.group
	for *link != 0 {
		k := *link - 1
		if g.names.sameLoose(g.list[k].first, at) {
			g.list[k].n++
			g.spots = append(g.spots, groupSpot{k, sp})
			return
		}
		link = &g.list[k].next
	}
	*link = int32(len(g.list)) + 1
	g.list = append(g.list, nameGroup{first: at, n: 1})
	g.spots = append(g.spots, groupSpot{*link - 1, sp})
}

// sorted returns the groups of more than one spot in the order of their
// loose keys, as sortedGroups returns those of a map by key, each
// group's spots in the order filed.
func (g *nameGroups) sorted() [][]spot {
	type keyed struct {
		key string
		g   int32
	}
	var many []keyed
	total := 0
	for k, ng := range g.list {
		if ng.n > 1 {
			many = append(many, keyed{g.names.key(ng.first, (*lexeme).looseForm), int32(k)})
			total += ng.n
		}
	}
	if len(many) == 0 {
		return [][]spot{} // as sortedGroups: empty, not nil
	}
	sort.Slice(many, func(i, j int) bool { return many[i].key < many[j].key }) // keys differ
	at := make([]int, len(g.list))                                             // where each group's next spot goes in slab
	for k := range at {
		at[k] = -1
	}
	slab := make([]spot, total)
	out := make([][]spot, len(many))
	start := 0
	for i, k := range many {
		n := g.list[k.g].n
		out[i] = slab[start : start+n : start+n]
		at[k.g] = start
		start += n
	}
	for _, s := range g.spots {
		if k := at[s.g]; k >= 0 {
			slab[k] = s.sp
			at[s.g]++
		}
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
