package check

import (
	"slices"
	"strconv"
	"strings"
)

// dataRows reads the rows of a data file of this package: tab-separated
// columns, "#" starting a comment line, blank lines skipped. A row of
// another width is a fault of the file as built into the binary, so it
// panics, naming the file and the row (the tests read every file).
func dataRows(file, data string, cols int) [][]string {
	var rows [][]string
	for _, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			panic("check: " + file + ": want " + strconv.Itoa(cols) + " columns: " + line)
		}
		rows = append(rows, f)
	}
	return rows
}

// longestFirst orders each list of a table of phrases by their first word
// so that the phrase of most words is tried first ("tết Nguyên đán" before
// "tết"), keeping the data's order among phrases of one length.
func longestFirst[T any](m map[string][]T, words func(T) int) {
	for _, l := range m {
		slices.SortStableFunc(l, func(a, b T) int { return words(b) - words(a) })
	}
}
