package plain

import "strings"

// pdftotext ends every page it takes out of a PDF with a form feed, the
// last page's too, so its text ends with one ("... Võ Thị Hương" /
// "\f"); a Word text or a web page's ends with its words. A text ending
// so is a PDF's text layer however short: a one-page notice of a dozen
// lines holds too few lines of words and too few lines broken at the
// page's edge for the counts that tell a long page's text from a web
// page's (pageWidth, pageText) to show it, and read as text parted by
// blank lines (the header's cells and the signature stand apart, the
// body's lines do not) its trích yếu would run on through the body and
// Nơi nhận. Such a text wants fewer of them: some lines of words, and
// one line stopped at the edge with the next going on in small letters.
// A text laid out with -layout ends so too; its columns are read as
// such before (layout.go).

const (
	// feedLinesLeast and feedWrapsLeast are the fewest lines of words
	// and of lines broken at the page's edge that show a page's text in
	// a text ended by a form feed.
	feedLinesLeast, feedWrapsLeast = 6, 1
	// pageLinesLeast is the fewest lines of words that show a page's
	// text ended by no form feed (pageWrapsLeast its wraps).
	pageLinesLeast = 12
)

// feedEnded reports whether the text of raws ends with a form feed: its
// last line that is not empty is the feed alone.
func feedEnded(raws []rawLine) bool {
	for i := len(raws) - 1; i >= 0; i-- {
		if s := strings.Trim(raws[i].s, " \r"); s != "" {
			return s == "\f"
		}
	}
	return false
}

// pageLeast is the fewest lines of words (pageWidth) and of lines
// broken at the page's edge (pageText) that show raws as a page's text.
func pageLeast(raws []rawLine) (lines, wraps int) {
	if feedEnded(raws) {
		return feedLinesLeast, feedWrapsLeast
	}
	return pageLinesLeast, pageWrapsLeast
}
