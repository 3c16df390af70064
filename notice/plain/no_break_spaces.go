package plain

import "strings"

// noBreakSpaces makes each no-break space (U+00A0) a space. A web page
// serves "&nbsp;" where its editor kept a space from breaking, in the
// header's columns, before an indented line, between the words of a line:
// the page's, not the writer's, so the text is read as if each were a
// space (the reader's layout, columns and table rows as much as its
// paragraphs). One that is all a cell holds between tabs stays: Word's
// "save as text" writes it in an empty cell of a table's row, and the row
// is read by its cells. A line keeps its characters, so every column a
// finding names stays where it is; the text is one byte shorter for each
// space made.
func noBreakSpaces(text string) string {
	if !strings.Contains(text, "\u00a0") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		if !strings.HasPrefix(text[i:], "\u00a0") {
			b.WriteByte(text[i])
			i++
			continue
		}
		j := i
		for j < len(text) && (text[j] == ' ' || strings.HasPrefix(text[j:], "\u00a0")) {
			if text[j] == ' ' {
				j++
			} else {
				j += len("\u00a0")
			}
		}
		run := text[i:j]
		if emptyCell(text, i, j) {
			b.WriteString(run)
		} else {
			b.WriteString(strings.ReplaceAll(run, "\u00a0", " "))
		}
		i = j
	}
	return b.String()
}

// emptyCell reports whether the blanks text[i:j] are all a cell holds:
// a tab on one side, a tab or the line's end on the other.
func emptyCell(text string, i, j int) bool {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	before := i == 0 || text[i-1] == '\t' || text[i-1] == '\n'
	after := j == len(text) || text[j] == '\t' || text[j] == '\n' || text[j] == '\r'
	tabbed := i > 0 && text[i-1] == '\t' || j < len(text) && text[j] == '\t'
	return before && after && tabbed
}
