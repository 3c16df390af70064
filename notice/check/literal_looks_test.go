package check

import "testing"

// TestLiteralLooksAsExpressions holds the looks that official-name's
// parts ask of each text before their expressions (View.holdsAny of the
// words every match holds) to the expressions, on every line of
// testdata: a look that says no must leave the expression nothing to
// find. It fails too when an expression finds too little for the test
// to tell.
func TestLiteralLooksAsExpressions(t *testing.T) {
	lines := proseTexts(t)
	v := &View{}
	for _, c := range []struct {
		name  string
		finds func(string) bool
		look  func(string) bool
		min   int
	}{
		{"mayNamePlace", placeCaseRe().re().MatchString, v.mayNamePlace, 20},
		{"mayNameRegion", regionRe().MatchString, v.mayNameRegion, 5},
		{"holdsAny(postSmall)", smallPost, func(s string) bool { return v.holdsAny(s, postSmall) }, 20},
	} {
		found := 0
		for _, s := range lines {
			if !c.finds(s) {
				continue
			}
			found++
			if !c.look(s) {
				t.Errorf("%s(%q) = false, but the expression finds what the rule reports", c.name, s)
			}
		}
		if found < c.min {
			t.Errorf("%s: the expression finds %d lines, want %d at least", c.name, found, c.min)
		}
	}
}

// smallPost reports whether postOrganRe finds in s a post that postCase
// would write otherwise: one with a small letter where Phụ lục II writes
// a capital.
func smallPost(s string) bool {
	for _, m := range postOrganRe().re().FindAllStringSubmatchIndex(s, -1) {
		if post := s[m[2]:m[3]]; postFixed(post) != post {
			return true
		}
	}
	return false
}
