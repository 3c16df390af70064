package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A legal library that renders a header's table as text in lines of a
// fixed width parts its cells by lines of "|" and breaks a cell's first
// word off to a line of its own: "Số:" over "1228/THPT", "Phan" over
// "Rang ngày 12 tháng 11 năm 2003", "Kính" over "gửi:". joinBrokenCells
// joins such a word to the line under it, so that the header's number,
// its place and date and the Kính gửi are read as they are written.

// brokenDateRe is the rest of a place and date under the first word of
// the place: a word of the place's name, then "ngày ... tháng ... năm".
var brokenDateRe = lazyre.New(`^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*,?\s+ngày\b.*tháng.*năm`)

// cellOpens reports whether out[i] opens a cell: the first line of the
// text, or one after a blank line, a lone "|" or a rule.
func cellOpens(out []line, i int) bool {
	if i == 0 {
		return true
	}
	p := out[i-1]
	if p.cells != nil {
		return false
	}
	t := strings.TrimSpace(p.text)
	return t == "" || t == "|" || isDecor(t)
}

// brokenWord reports whether the word w, alone on its line at the head of
// a cell, was broken off the line next: the number's label over the
// number, the first word of the place over the rest of the place and
// date, "Kính" over "gửi:".
func brokenWord(w, next string) bool {
	switch {
	case w == "Số:" || w == "Số":
		return next != "" && next[0] >= '0' && next[0] <= '9'
	case strings.EqualFold(w, "Kính"):
		return addresseeRe().MatchString(w + " " + next)
	}
	return isTitleWord(w) && brokenDateRe().MatchString(next)
}

// isTitleWord reports whether w is one word written with a capital and
// small letters after it ("Phan").
func isTitleWord(w string) bool {
	return len(strings.Fields(w)) == 1 && !isUpper(w) && strings.ToUpper(w[:1]) == w[:1]
}

// joinBrokenCells joins each word a fixed-width rendering broke off at
// the head of a cell (brokenWord) to the line under it, among a text's
// first lines, when the text parts cells by lines of "|". The joined line
// keeps the word's line number; its words keep their places.
func joinBrokenCells(out []line) []line {
	if !barLines(out) {
		return out
	}
	seen := 0
	for i := 0; i+1 < len(out); i++ {
		l := out[i]
		if l.cells != nil || l.text != "" {
			seen++
		}
		if seen > 3*topLines {
			break
		}
		n := out[i+1]
		if l.cells != nil || n.cells != nil || l.page || n.page {
			continue
		}
		w, rest := strings.TrimSpace(l.text), strings.TrimSpace(n.text)
		if !cellOpens(out, i) && !strings.EqualFold(w, "Kính") {
			continue // "Kính" over "gửi:" may close the cell of the tên loại
		}
		if w == "" || strings.ContainsAny(w, " \t") || !brokenWord(w, rest) || len(l.src) == 0 {
			continue
		}
		j := line{text: l.text + " " + n.text, num: l.num, col: l.col}
		j.src = append(append(append(j.src, l.src...), l.src[len(l.src)-1]+1), n.src...)
		if l.nfd > 0 {
			j.nfd = l.nfd
		} else if n.nfd > 0 {
			j.nfd = len(l.text) + 1 + n.nfd
		}
		out[i], out[i+1] = j, line{num: n.num}
	}
	return out
}

// barLines reports whether a lone "|" stands on a line among the text's
// first lines: a legal library's rendering of a table.
func barLines(out []line) bool {
	for i, l := range out {
		if i > 4*topLines {
			return false
		}
		if l.cells == nil && strings.TrimSpace(l.text) == "|" {
			return true
		}
	}
	return false
}
