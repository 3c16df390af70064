package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// placeholderRe is a line a converter left where it emptied a table: an
// element with no text between its tags, alone on the line
// ("<jsontable name="bang_0"> </jsontable>", "<table/>"). The header's
// and the end's tables of a legal library's page go so.
var placeholderRe = lazyre.New(`^\s*<([A-Za-z][\w:-]*)(?:\s[^<>]*)?(?:/>|>\s*</([A-Za-z][\w:-]*)>)\s*$`)

// dropPlaceholders blanks the converter's placeholders of out: no line
// of the notice, what stood in the table is missing from the copy.
func dropPlaceholders(out []line) {
	for i, l := range out {
		if l.cells != nil {
			continue
		}
		m := placeholderRe().FindStringSubmatch(l.text)
		if m != nil && (m[2] == "" || m[2] == m[1]) {
			out[i] = line{num: l.num}
		}
	}
}
