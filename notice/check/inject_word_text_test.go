package check_test

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

const injectWordTextDir = "../../testdata/inject-word-text"

var updateInjectWordText = flag.Bool("update-inject-word-text", false, "rewrite testdata/inject-word-text/found.golden from the Word text probe's findings of now")

// TestInjectedWordText writes each clerk's text defect of
// testdata/inject-word-text/injections.tsv into its lawful Word file's
// own structure (a word split over runs, a table's cell, a footnote, a
// text box, a field, a soft line break, a tab, Word's own numbering),
// checks the file, and pins which were found (the named rule on the
// defect's line of the listing, with a finding the base did not have
// there) in found.golden, by rule, by where the defect stands, and one
// row per injection.
func TestInjectedWordText(t *testing.T) {
	runWordProbe(t, wordProbe{
		dir: injectWordTextDir, by: "context", update: *updateInjectWordText, flag: "-update-inject-word-text",
		locate: textLine,
	})
}

// textLine: a text defect changes its line, or puts in lines of its own,
// so at is read in the injected listing, among the lines that differ from
// the base's: the lines the two listings share at their start and at
// their end stand for each other. A defect that changed no line holding
// at is a slip of the list.
func textLine(in wordInjection, b *wordInjectBase, lines []string) (int, func(int) int, error) {
	head, tail := sharedEnds(b.lines, lines)
	line := 0
	for i := head; i < len(lines)-tail && line == 0; i++ {
		if strings.Contains(lines[i], in.at) {
			line = i + 1
		}
	}
	if line == 0 {
		return 0, nil, fmt.Errorf("no line the defect changed holds %q: %q", in.at, lines[head:len(lines)-tail])
	}
	return line, func(l int) int { return baseLineOf(l, head, tail, len(b.lines), len(lines)) }, nil
}

// sharedEnds counts the lines two listings share at their start and, of
// the rest, at their end.
func sharedEnds(base, got []string) (head, tail int) {
	for head < len(base) && head < len(got) && base[head] == got[head] {
		head++
	}
	for tail < len(base)-head && tail < len(got)-head && base[len(base)-1-tail] == got[len(got)-1-tail] {
		tail++
	}
	return head, tail
}

// baseLineOf is the base's line a line of the injected listing stands
// for: the same line before the change, the same from the end after it,
// the same offset within it while the base's changed lines last, and 0
// for a line the change put in.
func baseLineOf(l, head, tail, nBase, nGot int) int {
	switch {
	case l <= head:
		return l
	case l > nGot-tail:
		return l - nGot + nBase
	case l-head <= nBase-tail-head:
		return l
	}
	return 0
}
