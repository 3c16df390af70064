package check

// packedTrieSet holds the near-miss tries of the process's phrase book,
// made by newSlipTrie when the book is generated (phrase_trie_gen.go), so
// that a process reads them as they stand: building the tries a render
// meets cost it some 3.9M instructions of its 78M, and as many bytes of
// heap as the tries hold twice over.
//
// code holds, for each trie, its count of nodes n and of ends m, then its
// ids (n), first (n+1), end0 (n+1) and ends (m), as slipTrie names them.
type packedTrieSet struct {
	at   []int32 // where the trie of each pair (pairKeys) starts in code, -1 for a pair with few near-misses
	code []uint16
}

// trie returns the trie of the pair at pi, nil for a pair with few
// near-misses.
func (p *packedTrieSet) trie(pi int) *slipTrie {
	i := int(p.at[pi])
	if i < 0 {
		return nil
	}
	n, m := int(p.code[i]), int(p.code[i+1])
	c := p.code[i+2:]
	return &slipTrie{ids: c[:n:n], first: c[n : 2*n+1 : 2*n+1], end0: c[2*n+1 : 3*n+2 : 3*n+2], ends: c[3*n+2 : 3*n+2+m : 3*n+2+m]}
}
