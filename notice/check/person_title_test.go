package check

import "testing"

// TestMayFollowTitle holds opensName's look before personTitleAt to it:
// at every word of every text of testdata (and texts made to hit each
// way out), where mayFollowTitle says no title stands before the word,
// personTitleAt finds none.
func TestMayFollowTitle(t *testing.T) {
	texts := append(proseTexts(t), "ông An", "Ông  An", "đồng chí Ba", "đồng  chí Ba", "x,ông An", "(bà) Tư", "bà\tTư", "chị\u00a0Năm", "Anh: Hai", "ÔNG An", "chí Ba")
	for _, s := range texts {
		v := &View{}
		x := v.index(s)
		for i, w := range x.words {
			if !mayFollowTitle(s, x, i) && personTitleAt(s, w.off) {
				t.Fatalf("%q: before %q mayFollowTitle says no title, personTitleAt finds one", s, w.text)
			}
		}
	}
}
