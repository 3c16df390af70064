package cite

import (
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// deadlineRe is the deadline pattern as one expression, its alternatives
// joined in the order of deadlineAlts: the reference that matchDeadline
// is held to.
var deadlineRe = sync.OnceValue(func() *regexp.Regexp {
	alts := make([]string, len(deadlineAlts))
	for i, a := range deadlineAlts {
		alts[i] = `(?P<` + a.name + `>` + a.expr + `)`
	}
	return regexp.MustCompile(`(?i)^(?:` + strings.Join(alts, "|") + `)`)
})

// matchDeadlineRe is matchDeadline by deadlineRe: the name of the
// alternative that matched and its submatches, group 1 the alternative.
func matchDeadlineRe(window string) (string, []int) {
	re := deadlineRe()
	m := re.FindStringSubmatchIndex(window)
	if m == nil {
		return "", nil
	}
	for k, name := range re.SubexpNames() {
		if name == "" || m[2*k] < 0 {
			continue
		}
		n := re.NumSubexp() + 1 - k // the groups from k on: this alternative's when it is the last
		for i, a := range deadlineAlts {
			if a.name == name && i+1 < len(deadlineAlts) {
				n = re.SubexpIndex(deadlineAlts[i+1].name) - k
			}
		}
		return name, append([]int{m[0], m[1]}, m[2*k:2*(k+n)]...)
	}
	panic("deadlineRe matched no alternative")
}

// TestDeadlineAlternatives holds matchDeadline to deadlineRe at every
// word of every text of testdata that a deadline may start with.
func TestDeadlineAlternatives(t *testing.T) {
	for _, s := range scanTexts(t) {
		sameDeadlineMatches(t, s)
	}
}

// sameDeadlineMatches compares matchDeadline and deadlineRe wherever a
// number or one of deadlineTriggers starts a word of s.
func sameDeadlineMatches(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		digit := r >= '0' && r <= '9'
		if !unicode.IsLetter(r) && !digit || !wordStart(s, i) {
			i += w
			continue
		}
		j := wordEnd(s, i, digit)
		word := ""
		if !digit {
			word = strings.ToLower(s[i:j])
		}
		if digit || deadlineTriggers[word] {
			window := s[i:min(len(s), i+deadlineWindow)]
			gotName, got := matchDeadline(window, word)
			wantName, want := matchDeadlineRe(window)
			if gotName != wantName || !reflect.DeepEqual(got, want) {
				t.Fatalf("matchDeadline(%q) = %s %v, deadlineRe %s %v", window, gotName, got, wantName, want)
			}
		}
		i = max(j, i+w)
	}
}

// TestDeadlineFirstWords holds the first words of each alternative,
// by which matchDeadline picks the ones to try, to its expression: every
// word that can start it is listed, and only those.
func TestDeadlineFirstWords(t *testing.T) {
	var all []string
	for _, a := range deadlineAlts {
		re, err := syntax.Parse(`(?i)`+a.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range prefixes(re) {
			got = append(got, strings.ToLower(p.s))
		}
		slices.Sort(got)
		got = slices.Compact(got)
		want := slices.Sorted(slices.Values(a.first))
		if !slices.Equal(got, want) {
			t.Errorf("%s starts with %q, listed %q", a.name, got, want)
		}
		all = append(all, got...)
	}
	for w := range deadlineTriggers {
		if !slices.Contains(all, w) {
			t.Errorf("trigger %q starts no alternative", w)
		}
	}
	for _, w := range all {
		if w != "" && !deadlineTriggers[w] {
			t.Errorf("%q starts an alternative but is no trigger", w)
		}
	}
}

// A prefix is the literal text a match can start with; open when the
// match may go on with more literal text.
type prefix struct {
	s    string
	open bool
}

// prefixes returns the literal texts a match of re can start with, up to
// the first thing that is not a letter (white space, a digit, a mark).
func prefixes(re *syntax.Regexp) []prefix {
	switch re.Op {
	case syntax.OpLiteral:
		return []prefix{{string(re.Rune), true}}
	case syntax.OpCapture:
		return prefixes(re.Sub[0])
	case syntax.OpQuest:
		return append(prefixes(re.Sub[0]), prefix{"", true})
	case syntax.OpAlternate:
		var out []prefix
		for _, sub := range re.Sub {
			out = append(out, prefixes(sub)...)
		}
		return out
	case syntax.OpConcat:
		out := []prefix{{"", true}}
		for _, sub := range re.Sub {
			var next []prefix
			for _, p := range out {
				if !p.open {
					next = append(next, p)
					continue
				}
				for _, q := range prefixes(sub) {
					next = append(next, prefix{p.s + q.s, q.open})
				}
			}
			out = next
		}
		return out
	case syntax.OpCharClass:
		// a few letters, as the parser writes "h(?:ằ|à)ng": each of them
		var out []prefix
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !unicode.IsLetter(r) || len(re.Rune) > 16 {
					return []prefix{{"", false}}
				}
				out = append(out, prefix{string(r), true})
			}
		}
		return out
	}
	return []prefix{{"", false}}
}

// TestDeadlineNeeds holds the word each alternative needs, by which
// matchDeadline leaves it untried, to its expression: every match holds
// it (or one of them, joined by "|"), as a part of a literal that every
// match holds (the parser keeps a literal of a (?i) expression in
// capitals).
func TestDeadlineNeeds(t *testing.T) {
	for _, a := range deadlineAlts {
		if a.need == "" {
			continue
		}
		re, err := syntax.Parse(`(?i)`+a.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if !holdsOneOf(re, strings.Split(a.need, "|")) {
			t.Errorf("%s: not every match holds one of %q", a.name, a.need)
		}
	}
	// A check that can fail: "by" holds "ngày", not "thứ".
	re, _ := syntax.Parse(`(?i)`+deadlineAlts[0].expr, syntax.Perl)
	if !holdsOneOf(re, []string{"ngày"}) || holdsOneOf(re, []string{"thứ"}) || holdsOneOf(re, []string{"thứ", "nhật"}) {
		t.Errorf("holdsOneOf reads %q wrong", deadlineAlts[0].name)
	}
}

// holdsOneOf reports whether every match of re holds one of lits, as a
// part of a literal of re that the match holds.
func holdsOneOf(re *syntax.Regexp, lits []string) bool {
	switch re.Op {
	case syntax.OpLiteral:
		l := strings.ToLower(string(re.Rune))
		return slices.ContainsFunc(lits, func(lit string) bool { return strings.Contains(l, lit) })
	case syntax.OpCapture, syntax.OpPlus:
		return holdsOneOf(re.Sub[0], lits)
	case syntax.OpRepeat:
		return re.Min >= 1 && holdsOneOf(re.Sub[0], lits)
	case syntax.OpConcat:
		return slices.ContainsFunc(re.Sub, func(sub *syntax.Regexp) bool { return holdsOneOf(sub, lits) })
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !holdsOneOf(sub, lits) {
				return false
			}
		}
		return true
	}
	return false
}

// TestFoldContains holds foldContains to a (?i) expression of the
// literal.
func TestFoldContains(t *testing.T) {
	for _, c := range []struct{ s, lit string }{
		{"trước NGÀY 5", "ngày"}, {"định \u212aỲ hằng tháng", "kỳ"}, {"định KỲ", "kỳ"}, {"định ky", "kỳ"},
		{"Từ", "từ"}, {"TỪ", "từ"}, {"tư", "từ"}, {"", "lần"}, {"x", ""}, {"02 tuần/LẦN", "lần"}, {"ngà", "ngày"},
	} {
		want := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(c.lit)).MatchString(c.s)
		if got := foldContains(c.s, c.lit); got != want {
			t.Errorf("foldContains(%q, %q) = %v, want %v", c.s, c.lit, got, want)
		}
	}
}
