package check

import "testing"

// TestWordsAtAsSplit holds spelledWords.wordsAt, which counts a text's
// words before an offset by halves among its index's words, to the split
// of the text it replaced (wordsBeforeSplit, as wordsBefore stood at main
// f79f0831), on every text of testdata's views and of made notices (the
// abbreviations' and the name-spelling's pieces), at each word's start,
// its second byte, its end and the byte after (every word of a text of
// 64 words or fewer, some 64 of a longer one), and at the text's ends.
func TestWordsAtAsSplit(t *testing.T) {
	views := append(testdataViews(t), madeHyphenViews(t)...)
	asked, inside := 0, 0
	for _, v := range views {
		sw := spelledWords{v: v}
		for _, seg := range v.Texts() {
			k := sw.add(seg.Text)
			offs := []int{0, len(seg.Text)}
			ws := wordsWithOffsets(seg.Text)
			for i := 0; i < len(ws); i += 1 + len(ws)/64 { // every word of a text of 64 or fewer
				offs = append(offs, ws[i].off, ws[i].off+1, ws[i].end, ws[i].end+1)
			}
			for _, off := range offs {
				got, want := sw.wordsAt(k, off), sw.wordsTo(k)+wordsBeforeSplit(ws, off)
				if got != want {
					t.Fatalf("%s: %q at %d: %d words before, split %d", v.Path, seg.Text, off, got, want)
				}
				asked++
				if want > sw.wordsTo(k) {
					inside++
				}
			}
		}
	}
	t.Logf("%d offsets, %d after a word of their text", asked, inside)
	if asked < 200000 || inside < 100000 {
		t.Errorf("%d offsets, %d after a word: the comparison shows too little", asked, inside)
	}
}

// wordsBeforeSplit is wordsBefore as it stood at main f79f0831, the
// words of s before byte off, with s split (wordsWithOffsets(s)) once a
// text rather than once an offset.
func wordsBeforeSplit(ws []wordAt, off int) int {
	n := 0
	for _, w := range ws {
		if w.off >= off {
			break
		}
		n++
	}
	return n
}
