package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minColumnGap is the shortest run of spaces taken for a column of a
// list laid out with spaces rather than for a slip of the space bar: two
// or three spaces are typed by mistake, four or more in a row are put
// there on purpose, to push what follows to a column.
const minColumnGap = 4

// typedDoubleSpace is doubleSpace's first two spaces in a row inside
// text that are not the gap of a column (columnGap): a run of
// minColumnGap spaces or more before a figure parts a label from its amount in a list laid out
// with spaces, as a fee list is ("- Học phí tháng 8/2018:          52.000đ",
// "Cộng chung:      506.000đ"). That is the page's layout, not a space
// typed twice: deleting one space would not mend it. Two spaces between
// words, or before a figure ("(sinh năm 2013):  120 trẻ"), are still
// found, and so is a later slip on the same line. On a line that holds
// such a gap, a table's row the page flattened with runs of spaces
// ("- Buổi sáng:   + Mùa hè:     Từ 7 giờ"), a run of three spaces is
// the same layout (laidOutGap); two are still found.
func typedDoubleSpace(text string) int {
	laid := holdsColumnGap(text)
	for from := 0; ; {
		at := doubleSpace(text[from:])
		if at < 0 {
			return -1
		}
		at += from
		end := at + len(text[at:]) - len(strings.TrimLeft(text[at:], " "))
		if !columnGap(text, at, end) && !(laid && end-at >= laidOutGap && end < len(text)) {
			return at
		}
		from = end
	}
}

// laidOutGap is the shortest run of spaces taken for the layout of a line
// that holds a column's gap elsewhere (holdsColumnGap).
const laidOutGap = 3

// holdsColumnGap reports whether text holds a run of minColumnGap spaces
// or more that columnGap takes for a column's gap.
func holdsColumnGap(text string) bool { return holdsGap(text, "    ", columnGap) }

// holdsGap reports whether text holds a run of spaces starting with run
// that gap, given the whole run text[at:end], accepts.
func holdsGap(text, run string, gap func(text string, at, end int) bool) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], run)
		if i < 0 {
			return false
		}
		at := from + i
		end := at + len(text[at:]) - len(strings.TrimLeft(text[at:], " "))
		if gap(text, at, end) {
			return true
		}
		from = end
	}
}

// columnGap tells whether the spaces text[at:end] are a column's gap: a
// long run before a figure or a word, or the gap after "Kính gửi:"
// (addresseeGap). A run of minColumnGap spaces or more before a word
// from a capital is a tab or a table's next cell as the page renders a
// Word file ("1.     Toàn thể", "Thời gian      Từ ngày 10/6", a header's
// two cells on one line): the blind rounds met a new one in nearly every
// round (15, 16, 20, 21, 31, 35), each said as a space typed twice, which
// deleting one space would not mend. Inside a phrase, before a word in
// small letters ("văn phòng          trường"), and before a mark ("Số tài
// khoản     : 314...", a label aligned by spaces), the run is still said.
func columnGap(text string, at, end int) bool {
	if end-at < minColumnGap || end >= len(text) {
		return addresseeGap(text, at, end)
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	return r >= '0' && r <= '9' || unicode.IsUpper(r) || addresseeGap(text, at, end)
}

// addresseeGap tells whether the spaces text[at:end] part "Kính gửi:"
// from the first point of the list of addressees it heads, three or more
// of them ("Kính gửi:   - Hội Nông dân các tỉnh, thành phố"): the points
// below are pushed with spaces to stand under the first one, so the gap
// is the list's layout, not a space typed twice. Two spaces there
// ("Kính gửi:  -  Các đồng chí"), or before a single addressee ("Kính
// gửi:   Ủy ban nhân dân huyện"), are still a slip; minColumnGap
// spaces or more before a single addressee ("Kính gửi:     Các Khoa") are
// a Word tab as a page renders it, put there on purpose.
func addresseeGap(text string, at, end int) bool {
	if !strings.EqualFold(strings.TrimSpace(text[:at]), "Kính gửi:") || end >= len(text) {
		return false
	}
	if end-at >= minColumnGap {
		return true
	}
	return end-at >= 3 && (text[end] == '-' || text[end] == '+' || strings.HasPrefix(text[end:], "–"))
}
