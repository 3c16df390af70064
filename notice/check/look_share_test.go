package check

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// The regexp package runs an expression by one of three matchers
// (regexp.(*Regexp).doExecute): the one-pass matcher, only for an
// expression anchored at the text's start; the backtracker, for a program
// of at most maxBacktrackProg instructions on a text shorter than
// maxBacktrackVector over the program's length (maxBitStateLen); the NFA,
// several times slower a byte, for the rest. An expression with no
// literal prefix is tried from every byte of what it is given: a large
// one on a long text is the costliest thing a rule can add (round 55's
// citation-missing-so list of type names, 15 % of a corpus text's check
// before s57 put a look before it).
const (
	maxBacktrackProg   = 500        // regexp/backtrack.go
	maxBacktrackVector = 256 * 1024 // regexp/backtrack.go, bits
)

// progLen is the length of the program the regexp package compiles expr
// to (regexp.compile: Parse, Simplify, Compile), and whether the program
// is anchored at the text's start.
func progLen(expr string) (n int, anchored bool) {
	prog := lazyre.Prog(expr)
	return len(prog.Inst), prog.StartCond()&syntax.EmptyBeginText != 0
}

// backtrackLen is the length of text from which the regexp package leaves
// a program of n instructions to the NFA: 0 when the backtracker never
// runs it (regexp.maxBitStateLen).
func backtrackLen(n int) int {
	if n > maxBacktrackProg {
		return 0
	}
	return maxBacktrackVector / n
}

// exprLooks are the looks of expressions: what their callers ask of a
// text before they run the expression on it. Keep each look as its rule
// has it; an expression not listed has none, or the literal prefix the
// regexp package looks for itself. pieces, when set, are the texts the
// rule gives the expression out of a text its look passes, where it runs
// the expression on pieces of it (windows before a code, what follows a
// word); nil: the whole text. TestExprLooksNecessary holds each look to
// its expression.
var exprLooks = []struct {
	re     func() *regexp.Regexp
	look   func(string) bool
	pieces func(string) []string
}{
	{issuerCodeNoSoRe, digitSlashUpper, func(s string) []string { // issuerCodeNoSo
		var ws []string
		issuerCodeNoSoMatches(s, func(w string) { ws = append(ws, w) })
		return ws
	}},
	{blankNumberRe, func(s string) bool { return containsLit(s, "số ngày") }, nil},     // blankNumbers
	{issuedAfterSubjectRe, func(s string) bool { return containsLit(s, " về ") }, nil}, // issuerAfterSubject, on the text after a citation
	// on a citation's head, or the text before it
	{leadDateRe, mayLeadDate, nil},                 // leadDated, leadDatedStopped
	{leadDateListRe, mayLeadDateList, nil},         // leadDatedList
	{listIssuerLeadRe, mayListIssuerLead, nil},     // issuerInHead
	{approvedByRe, mayApprovedBy, nil},             // issuerBefore
	{pluralIssuerHeadRe, mayPluralIssuerHead, nil}, // issuerInPluralHead
	{issuerBeforeAtRe, mayIssuerBeforeAt, nil},     // issuerBeforeAt
}

// slowLookAllowed are the expressions beyond the fast matchers whose
// look lets more than slowLookShare of the dev corpus through, keyed by
// their first 40 bytes (allowKey), each with the share in per cent its
// look let through when listed (the test fails above 1.2 times it) and
// why it stays.
var slowLookAllowed = map[string]struct {
	share float64
	why   string
}{
	"(?i)(?:Nghị quyết liên tịch|Kế ":           {100, "no look: cite's typeRe, which the tests run only (typeNameAt is its scanner)"},
	"\\s+(?:chủ trì|báo cáo|phối hợp|":          {100, "no look: assignVerbs, which the tests run only (findAssignVerb is its scanner)"},
	"(?i)(?:^|[^\\p{L}\\p{N}])((?-i:Bộ|BỘ|S":    {100, "no look: mergedBodyRe, run only on a notice's header lines, its Nơi nhận lines and its owners of work (a few short lines a notice), never on its body text"},
	"(?i)(?:^|[^\\p{L}\\p{N}])tỉnh\\s+(Bà\\s+R": {100, "no look: provinceMergedRe, run only on a notice's header lines, its Nơi nhận lines and its owners of work (a few short lines a notice), never on its body text"},
	"về(?: việc:?)?\\s+(Quy định|Sửa ":          {100, "no look: subjectUpperRe, which the tests run only (subjectMatches tries it anchored, subjectUpperAt, at the places before each of its words where a match can start)"},
}

// beyondShare is the share of the dev corpus's bytes, in lines too long
// for the backtracker to take with an expression's program, from which
// the expression counts as beyond the fast matchers: the regexp package
// gives those lines to the NFA, and the backtracker is itself slow a byte
// with a program that large.
const beyondShare = 0.01

// slowLookShare is the share of the dev corpus's bytes a look may let
// through to an expression beyond the fast matchers. When it was chosen
// (s57b) the expressions beyond them were those slowLookAllowed lists and
// blankNumberRe (its look, "số ngày", lets 0.03 % through); those near
// them issuedAfterSubjectRe (0.8 % of the corpus too long for it, its look
// " về " letting 23 % through) and authorityHeadRe (0.6 %, every
// alternative anchored). s57's first look before issuerCodeNoSoRe, a "/",
// let 40 % through.
const slowLookShare = 0.10

// TestLooksTurnTextAway measures, for every expression made by lazyre.New
// and every one exprLooks lists (lines of the dev corpus standing for the
// paragraphs the rules are given), the share of the corpus too long for
// the backtracker to take with the expression's program, and the share
// its look lets through (a look of exprLooks, else the literal prefix
// the regexp package looks for itself, else none); for an expression its
// rule runs on pieces of a text (exprLooks' pieces), both shares are of
// the pieces of the lines its look passes. An expression the
// fast matchers cannot run (not anchored, so not one-pass, and with more
// than beyondShare of the corpus too long for its backtracker) must have
// a look that lets at most slowLookShare through, unless slowLookAllowed
// lists it: give it a look that turns most text away (a literal or a few
// characters every match holds, proved by a test as
// TestDigitSlashUpperNecessary does) and list the look in exprLooks.
func TestLooksTurnTextAway(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/corpus/round*/*.txt")
	var lines []string
	total := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(src), "\n") {
			lines = append(lines, l)
			total += len(l)
		}
	}
	if total < 1e6 {
		t.Fatalf("the dev corpus holds only %d bytes", total)
	}
	looks := map[string]func(string) bool{}
	pieces := map[string]func(string) []string{}
	exprs := lazyre.Exprs()
	for _, x := range exprLooks {
		e := x.re().String()
		looks[e], pieces[e] = x.look, x.pieces
		exprs = append(exprs, e)
	}
	used := map[string]bool{}
	seen := map[string]bool{}
	for _, e := range exprs {
		if seen[e] {
			continue
		}
		seen[e] = true
		n, anchored := progLen(e)
		if anchored {
			continue // one pass, from the text's start
		}
		look, looked := looks[e], true
		if look == nil {
			if p, _ := regexp.MustCompile(e).LiteralPrefix(); p != "" {
				look = func(s string) bool { return strings.Contains(s, p) }
			} else {
				look, looked = func(string) bool { return true }, false
			}
		}
		max := backtrackLen(n)
		long, passed := 0, 0
		for _, l := range lines {
			if pieces[e] == nil && len(l) >= max {
				long += len(l)
			}
			if looked && !look(l) {
				continue
			}
			ps := []string{l}
			if pieces[e] != nil {
				ps = pieces[e](l)
			}
			for _, p := range ps {
				if pieces[e] != nil && len(p) >= max {
					long += len(p)
				}
				passed += len(p)
			}
		}
		if !looked {
			passed = total
		}
		longShare, passShare := float64(long)/float64(total), float64(passed)/float64(total)
		if looked || longShare > 0 {
			t.Logf("%.2f %% of the corpus too long for the backtracker (%d instructions), the look passes %.2f %%: %.60s", 100*longShare, n, 100*passShare, e)
		}
		if longShare <= beyondShare || passShare <= slowLookShare {
			continue
		}
		k := allowKey(e)
		used[k] = true
		a, ok := slowLookAllowed[k]
		switch {
		case !ok:
			t.Errorf("%s: the fast matchers cannot run it on %.1f %% of the dev corpus (%d instructions) and its look lets %.1f %% through: give it a look that turns most text away and list it in exprLooks, or list %q in slowLookAllowed", e, 100*longShare, n, 100*passShare, k)
		case 100*passShare > 1.2*a.share:
			t.Errorf("%s: its look lets %.1f %% of the dev corpus through, more than the %.1f %% slowLookAllowed lists: has the look changed?", e, 100*passShare, a.share)
		}
	}
	for k := range slowLookAllowed {
		if !used[k] {
			t.Errorf("slowLookAllowed lists %q, which is no longer beyond the fast matchers with a look letting most text through", k)
		}
	}
}

// allowKey is the key of expr in slowLookAllowed: its first 40 bytes.
func allowKey(expr string) string {
	if len(expr) > 40 {
		expr = strings.ToValidUTF8(expr[:40], "")
	}
	return expr
}
