package pdf

import "testing"

// TestSlab: each slice taken has room for what was asked and ends where
// the next begins, so that appending past it moves it and never writes
// over another; reset clears what was handed out and hands out the same
// arrays again.
func TestSlab(t *testing.T) {
	var s slab[piece]
	a := s.take(3)
	b := s.take(2)
	if len(a) != 0 || cap(a) != 3 || cap(b) != 2 {
		t.Fatalf("len %d cap %d and cap %d, want 0, 3 and 2", len(a), cap(a), cap(b))
	}
	b = append(b, piece{text: "b"})
	for _, w := range []string{"1", "2", "3", "4"} {
		a = append(a, piece{text: w}) // the fourth moves a off the chunk
	}
	if b[0].text != "b" {
		t.Fatalf("a's append wrote over b: %q", b[0].text)
	}
	big := s.take(slabChunk + 1) // past the first chunk: a chunk of its own
	if cap(big) != slabChunk+1 || len(s.chunks) != 2 {
		t.Fatalf("cap %d in %d chunks, want %d in 2", cap(big), len(s.chunks), slabChunk+1)
	}
	_ = append(big, piece{text: "x"}) // a chunk of its own: moved off it
	big[:1][0] = piece{text: "y"}
	s.reset()
	for i, c := range s.chunks {
		for j, p := range c {
			if p != (piece{}) {
				t.Fatalf("chunk %d element %d not cleared: %+v", i, j, p)
			}
		}
	}
	if again := s.take(3); &again[:1][0] != &s.chunks[0][0] {
		t.Fatal("reset did not hand out the first chunk again")
	}
}

// TestWordsInArena: a paragraph's words are the same laid out in an
// arena as made for each, and so are the whole layouts of the seeds.
func TestWordsInArena(t *testing.T) {
	set := defaultSet(t)
	for _, path := range seedPaths(t) {
		d, want := layFile(t, path, Options{})
		for range 2 { // the second time in the arrays of the first
			arena := getArena()
			got, err := layInto(d, set, Options{}, getBoxes(), arena)
			putArena(arena)
			if err != nil {
				t.Fatal(err)
			}
			if got.Pages != want.Pages || len(got.Boxes) != len(want.Boxes) {
				t.Fatalf("%d pages, %d boxes; want %d, %d", got.Pages, len(got.Boxes), want.Pages, len(want.Boxes))
			}
			for i := range want.Boxes {
				if got.Boxes[i] != want.Boxes[i] {
					t.Fatalf("box %d: %+v, want %+v", i, got.Boxes[i], want.Boxes[i])
				}
			}
			putBoxes(got.Boxes)
		}
	}
}
