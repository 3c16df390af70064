package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A page that breaks its lines at its own width, or a table cell's
// lines, can end a paragraph inside a citation: "Thực hiện Thông báo số
// 140/TB-ĐQLĐL" / "KVTN ngày 28/10/2025 của Đội quản lý Điện lực ...";
// "kèm theo Quyết định số: 59/QĐ-UBND" / "Ngày 22 tháng 7 năm 2021 của
// ...". The reader, which cannot tell such a break from a paragraph's end,
// keeps two paragraphs, and the rules that read the citation see it end
// at its number: its date and issuer said missing, the tail of its code
// taken for an abbreviation (rounds 23, 25, 26). A citation that ends its
// paragraph with no mark, the next line going straight on as no
// paragraph opens, is not read whole, and those rules stay silent on it.

// brokenOnRe opens a line that goes on with a citation: the tail of a
// code in capitals, then the date or the issuer ("KVTN ngày", "ngày 28",
// "Ngày 22 tháng", "của Ủy ban").
var brokenOnRe = lazyre.New(`^(?:[\d&/.\-\p{Lu}]{2,12} )?(?:[Nn]gày \d|của )`)

// citationBrokenAfter reports whether the citation c ends its paragraph,
// with nothing but spaces or a cell's "|" after it, and the paragraph
// that follows it on the very next line goes on with it.
func citationBrokenAfter(v *View, c cited) bool {
	if c.seg.Role == RoleCell || strings.Trim(c.seg.Text[c.End:], " \t|") != "" {
		return false
	}
	next := nextLineSeg(v, c.seg)
	return next != nil && next.Role != RoleCell && goesOn(next.Text)
}

// goesOn reports whether a paragraph opens as the rest of a sentence the
// line above it broke: a word in small letters, or brokenOnRe.
func goesOn(s string) bool {
	s = strings.TrimLeft(s, " \t")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) || brokenOnRe().MatchString(s)
}

// nextLineSeg is the paragraph of the prose that stands on the source
// line right after seg's last one, or nil.
func nextLineSeg(v *View, seg *Seg) *Seg {
	if seg.Text == "" {
		return nil
	}
	last := seg.PosAt(len(seg.Text) - 1).Line
	ts := v.Texts()
	for i := range ts {
		if ts[i].Text != "" && ts[i].PosAt(0).Line == last+1 {
			return &ts[i]
		}
	}
	return nil
}

// codeBrokenBefore reports whether seg, opening with a word at off 0,
// stands on the line after a paragraph that ends with a document's
// number and code and no mark ("... Thông báo số 140/TB-ĐQLĐL"): its first
// word in capitals is the code's tail the page's line end broke off.
func codeBrokenBefore(v *View, seg *Seg) bool {
	if seg.Text == "" || seg.Role == RoleCell {
		return false // a table's cells end at their cell, not at a line the page broke
	}
	first := seg.PosAt(0).Line
	ts := v.Texts()
	for i := range ts {
		t := strings.TrimRight(ts[i].Text, " \t|")
		if t == "" || ts[i].Role == RoleCell || ts[i].PosAt(len(ts[i].Text)-1).Line != first-1 {
			continue
		}
		return codeEndRe().MatchString(t)
	}
	return false
}

// codeEndRe ends a text with a document's number and code.
var codeEndRe = lazyre.New(`\d+(?:/\d{4})?[/-][Đ&.\-\p{Lu}]*\p{Lu}$`)
