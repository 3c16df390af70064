package check

import (
	"reflect"
	"testing"
)

// TestNameGroupsAsKeys holds nameGroups to a map of the names' loose
// keys (names.key with looseForm) and exactKey to names.key with
// exactForm, for every name of every notice of testdata: filed by their
// hashes, and by the hashes' last byte alone, so that most groups share
// a hash with others and are told apart by their words.
func TestNameGroupsAsKeys(t *testing.T) {
	names, split, chained := 0, 0, 0
	for _, v := range testdataViews(t) {
		x := newNameIndex(newSpellWalk(v, spellingSegs(v)))
		byKey := map[string][]spot{}
		byHash, byByte := x.groups(), x.groups()
		all := x.all()
		hashes, bytes := newTable(len(all)), newTable(len(all))
		for _, nm := range all {
			names++
			exact := x.key(nm.at, (*lexeme).exactForm)
			if got := x.exactKey(nm.at); got != exact {
				t.Fatalf("%s: exactKey %q, key %q", v.Path, got, exact)
			}
			if exact != x.segs[nm.at.seg].Text[x.words[nm.at.seg][nm.at.i].off:x.words[nm.at.seg][nm.at.i+nm.at.n-1].end]+" " {
				split++ // the text writes the name otherwise: key built
			}
			// a spot told by where it is and how it is written
			sp := spot{seg: x.segs[nm.at.seg], off: x.words[nm.at.seg][nm.at.i].off, variant: exact}
			k := x.key(nm.at, (*lexeme).looseForm)
			byKey[k] = append(byKey[k], sp)
			e, _ := hashes.entry(nm.h)
			byHash.add(e, nm.at, sp)
			e, _ = bytes.entry(nm.h & 0xff)
			byByte.add(e, nm.at, sp)
		}
		for _, g := range byByte.list {
			if g.next != 0 {
				chained++
			}
		}
		want := sortedGroups(byKey)
		if got := byHash.sorted(); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: nameGroups by hash gives %d groups, by key %d", v.Path, len(got), len(want))
		}
		if got := byByte.sorted(); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: nameGroups by a byte of the hash gives %d groups, by key %d", v.Path, len(got), len(want))
		}
	}
	if names == 0 || split == 0 || chained == 0 {
		t.Fatalf("%d names, %d written with other spaces, %d hashes of several keys: the comparison shows too little", names, split, chained)
	}
}

// newTable is a hash table of its own for about n hashes, not a view's.
func newTable(n int) *hashTable { return new(hashTable).reset(n) }
