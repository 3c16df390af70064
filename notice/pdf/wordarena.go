package pdf

import "sync"

// wordArena holds the words and pieces a layout breaks its paragraphs
// into (text.words): some 3,000 words a notice, 0.25 MB, all of them
// needed until the notice is laid out and none after. A batch lays each
// notice out in the arrays of the ones before it (arenaPool).
type wordArena struct {
	words  slab[word]
	pieces slab[piece]
}

var arenaPool = sync.Pool{New: func() any { return new(wordArena) }}

// getArena is an arena for one layout; putArena takes it back once the
// layout's words are no one's.
func getArena() *wordArena { return arenaPool.Get().(*wordArena) }

func putArena(a *wordArena) {
	a.words.reset()
	a.pieces.reset()
	arenaPool.Put(a)
}

// takeWords is an empty slice with room for n words, from the arena if
// there is one.
func (a *wordArena) takeWords(n int) []word {
	if a == nil {
		return make([]word, 0, n)
	}
	return a.words.take(n)
}

func (a *wordArena) takePieces(n int) []piece {
	if a == nil {
		return make([]piece, 0, n)
	}
	return a.pieces.take(n)
}

// slab hands out slices of its chunks in turn; a slice's capacity ends
// where the next one's starts, so that appending past it moves it off the
// chunk rather than over the next.
type slab[T any] struct {
	chunks [][]T
	i, off int // the chunk being handed out and the first free element
}

// slabChunk is the fewest elements a new chunk holds: a notice's body
// takes a few of them.
const slabChunk = 1024

func (s *slab[T]) take(n int) []T {
	for ; s.i < len(s.chunks); s.i, s.off = s.i+1, 0 {
		if c := s.chunks[s.i]; len(c)-s.off >= n {
			out := c[s.off : s.off : s.off+n]
			s.off += n
			return out
		}
	}
	c := make([]T, max(n, slabChunk))
	s.chunks = append(s.chunks, c)
	s.off = n
	return c[:0:n]
}

// reset clears what was handed out, so that the arena keeps no text of
// the notice, and hands it out again from the start.
func (s *slab[T]) reset() {
	for i, c := range s.chunks {
		switch {
		case i < s.i:
			clear(c)
		case i == s.i:
			clear(c[:s.off])
		}
	}
	s.i, s.off = 0, 0
}
