package plain

import "strings"

// markRepeatedHeadlines marks as the page's a line among a text's first
// lines that the next line of text repeats word for word, and the
// repeats: a reprinting site sets a post's headline, then the same line
// again as the print's heading ("Hội đồng bồi thường ... TP. Nha Trang
// thông báo" twice), or a school's site its post's title two or three
// times over the body. Only a line in sentence case of at least
// echoWords words counts: no notice writes the same sentence twice in a
// row, and a heading in capitals repeated is dropRepeatedTitles' case.
func markRepeatedHeadlines(out []line) {
	top := topIndexes(out, topLines)
	for k := 0; k+1 < len(top); k++ {
		i, j := top[k], top[k+1]
		t := strings.TrimSpace(out[i].text)
		if out[i].cells != nil || out[j].cells != nil || t != strings.TrimSpace(out[j].text) {
			continue
		}
		if len(strings.Fields(t)) < echoWords || isUpper(t) || headerShaped(t) {
			continue
		}
		out[i].page, out[j].page = true, !headingUnderTitle(out, top, k)
	}
}

// headingUnderTitle reports whether the repeated headline top[k] stands
// right under a lone tên loại on the text's first line ("THÔNG BÁO", a
// portal's section over its post) and opens with that tên loại
// ("Thông báo về việc ..."): its repeat, the body's heading, is then the
// trích yếu under the tên loại, as the headline alone would be read, and
// is left to the reader.
func headingUnderTitle(out []line, top []int, k int) bool {
	if k != 1 {
		return false
	}
	title := strings.TrimSpace(out[top[0]].text)
	return isTitle(title) && strings.HasPrefix(strings.ToUpper(strings.TrimSpace(out[top[1]].text)), title+" ")
}
