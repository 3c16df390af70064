package plain

import (
	"strings"
	"unicode/utf8"
)

// A header's cell typed with blanks left for what the signer fills in by
// hand ("Số:      /TB-UBND", "Quảng Ngãi, ngày      tháng 10 năm 2024")
// is two runs of text on the page. pdftotext without -layout takes each
// run as a block of its own and puts the blocks of the two columns one
// after the other in an order of its own: "Số:", "Quảng Ngãi, ngày",
// "/TB-UBND", "Độc lập - Tự do - Hạnh phúc", "tháng 10 năm 2024". Read as
// they stand, the number has no code and the date no month nor year;
// cellsApart pairs each piece with the start of its cell again.

// cellsApart returns, for the lines of the header of a page's text
// layer (down to top), which line goes on with which: by the index of
// a cell's start, the index of its rest that stands further down with
// other lines between. A number "Số:" with no code takes the first line
// under it that is a code ("/TB-UBND"); a place and date stopped after
// "ngày" or its day takes the first line under it that is the rest of a
// date ("tháng 10 năm 2024"). A rest right under its start is left to
// the header's reading, which joins them as they stand (number_apart.go,
// header_pieces.go).
func cellsApart(raws []rawLine, top int) map[int]int {
	var after map[int]int
	taken := map[int]bool{}
	for i := 0; i <= top && i < len(raws); i++ {
		t := strings.TrimSpace(raws[i].s)
		var rest func(string) bool
		switch {
		case bareNumberRe().MatchString(t):
			rest = codeCell
		case dateOpenRe().MatchString(t):
			rest = dateRestCell
		default:
			continue
		}
		k := cellRest(raws, i, top, rest)
		if k < 0 || taken[k] {
			continue
		}
		if after == nil {
			after = map[int]int{}
		}
		after[i], taken[k] = k, true
	}
	return after
}

// cellRest is the index of the first line under raws[i], down to top,
// that rest says is the rest of its cell, when other lines of text
// stand between; or -1.
func cellRest(raws []rawLine, i, top int, rest func(string) bool) int {
	between := false
	for k := i + 1; k <= top && k < len(raws); k++ {
		t := strings.TrimSpace(raws[k].s)
		if t == "" {
			continue
		}
		if rest(t) {
			if !between {
				return -1
			}
			return k
		}
		between = true
	}
	return -1
}

// codeCell reports whether t is the code of a number whose figure was
// left blank: "/TB-UBND".
func codeCell(t string) bool {
	return strings.HasPrefix(t, "/") && len(t) > 1 && upperStart(t[1:]) && utf8.RuneCountInString(t) <= 30
}

// dateRestCell reports whether t is the rest of a place and date
// stopped after "ngày" or its day: "tháng 10 năm 2024", "27 tháng 09
// năm 2022".
func dateRestCell(t string) bool {
	return dateTailRe().MatchString(t) || dayRestRe().MatchString(t)
}
