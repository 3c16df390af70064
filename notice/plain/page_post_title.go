package plain

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// postKindRe opens a post's title with the kind of notice in small
// letters after its first ("Thông báo nghỉ lễ ...", "Thông Báo treo cờ
// ...", "Thông báo: Hoãn tiếp công dân ...", "TB địa điểm bỏ phiếu ..."),
// words following it. "THÔNG BÁO" in capitals is an office's tên loại.
var postKindRe = lazyre.New(`^(?:Thông báo|Thông Báo|thông báo|TB)\s*:?\s+\S`)

// PostKindTitle tells whether a line opens as a post's title that names
// the notice's kind in small letters (postKindRe), leading spaces aside:
// the one test plain's postTitleOverBody and check's reading of a
// headerless text's kind share.
func PostKindTitle(t string) bool {
	return postKindRe().MatchString(strings.TrimLeft(t, " \t"))
}

// Bounds of the page's post title: postTitleAbove lines of the page's at
// most above it that the reader has not told apart already (a banner's
// label, a section's name), postTitleRunes runes at most in it.
const (
	postTitleAbove = 4
	postTitleRunes = 400
)

// postTitleOverBody marks as the page's the first line of a text served
// with none of a notice's header above its body when it opens with the
// kind in sentence or title case ("Thông báo nghỉ lễ, treo cờ tổ quốc
// nhân dịp lễ 30/4 và 01/5/2015"), ends with no full stop, and has the
// body under it (the lead's ruling of round 66): the post's title a CMS
// prints from its title field, as it prints "V/v ..." titles, not the
// notice's tên loại run into its trích yếu. NĐ 30 sets the tên loại in
// capitals on a line of its own, the trích yếu under it (Phụ lục I, Mục
// II, khoản 5, điểm b), and offices type it so. A few short lines above
// it with no header's look (a banner's label, the site's section) are
// the page's too. Left the notice's: a line under a header's line, a
// line in capitals ("THÔNG BÁO VỀ VIỆC ..."), a line closed by a full
// stop ("Thông báo Về ... Kiến Xương.", RunInSubject), a line over a
// trích yếu, a tên loại or a header.
func postTitleOverBody(out []line) {
	top := topWithRows(out, postTitleAbove+2)
	for k, i := range top {
		if out[i].cells != nil {
			return
		}
		t := strings.TrimSpace(out[i].text)
		if !postKindRe().MatchString(t) {
			if k == postTitleAbove || !pageLabelAbove(t) {
				return
			}
			continue
		}
		if isUpper(t) || strings.HasSuffix(t, ".") || finished(t) || headerShaped(t) || RunInSubject(t) ||
			utf8.RuneCountInString(t) > postTitleRunes || k+1 >= len(top) {
			return
		}
		j := top[k+1]
		if out[j].cells != nil || !bodyUnderPostTitle(strings.TrimSpace(out[j].text)) || headerUnderPostTitle(out, j) {
			return
		}
		if !pageAround(out, top[:k+1]) {
			return // a clerk's draft saved as text: its first line is its own
		}
		for _, a := range top[:k+1] {
			out[a].page = true
		}
		return
	}
}

// pageAround reports whether the text shows a page a site served around
// its post's title (the lines title indexes): a line of out the reader
// has already read as the page's or blanked as its chrome (a stamp, a
// counter, a share or print link, a byline, a breadcrumb, a site's
// footer or section, a portal's summary, the title echoed), or a blank line between two lines of text, as a browser's
// copy parts a post's paragraphs and Word's "save as plain text" never
// does (one paragraph a line). A text with neither is a clerk's draft
// saved as text, whose sentence-case "Thông báo ..." first line is its
// own, run in as it is.
func pageAround(out []line, title []int) bool {
	text := false
	for i := range out {
		if out[i].chrome || out[i].page && !slices.Contains(title, i) {
			return true
		}
		blank := out[i].cells == nil && strings.TrimSpace(out[i].text) == ""
		if blank && text && textBelow(out[i+1:]) {
			return true
		}
		text = text || !blank
	}
	return false
}

// textBelow reports whether a line of text (or a table's row) stands in
// out.
func textBelow(out []line) bool {
	for _, l := range out {
		if l.cells != nil || strings.TrimSpace(l.text) != "" {
			return true
		}
	}
	return false
}

// pageLabelAbove reports whether a line over a post's title may be the
// page's: short, no sentence, no header's line, tên loại, trích yếu,
// Kính gửi or issuer's name.
func pageLabelAbove(t string) bool {
	return len(strings.Fields(t)) <= 12 && !strings.HasSuffix(t, ".") && !headerShaped(t) && !isTitle(t) &&
		!aboutRe().MatchString(t) && !addresseeRe().MatchString(t) && !issuerNamed(t) && !isUpper(t)
}

// bodyUnderPostTitle reports whether the line under a post's title opens
// the body: neither a tên loại, a trích yếu nor a header's line.
func bodyUnderPostTitle(t string) bool {
	return t != "" && !isTitle(t) && titlePrefix(t) == 0 && !aboutRe().MatchString(t) && !headerShaped(t) &&
		!postKindRe().MatchString(t)
}

// postTitleBelow is how many lines of text under a post's title are
// looked at for a notice's header set under it.
const postTitleBelow = 4

// headerUnderPostTitle reports whether a header's line (the Quốc hiệu or Tiêu
// ngữ, the number, a place and date on a short line of its own) or a tên
// loại stands at index i of out or among the next lines of text
// (postTitleBelow in all): the line over it is then above a notice's
// header, and leadOverHeader's to read. A date at the foot of a short
// notice is not looked at, nor a date a ground cites.
func headerUnderPostTitle(out []line, i int) bool {
	n := 0
	for _, l := range out[i:] {
		if l.cells != nil {
			if rowHeaderShaped(l) {
				return true
			}
			continue
		}
		t := strings.TrimSpace(l.text)
		if t == "" || l.page {
			continue
		}
		if mottoRe().MatchString(t) || numberRe().MatchString(t) || isTitle(t) ||
			utf8.RuneCountInString(t) < 80 && mayPlaceDate(t) && placeDateRe().MatchString(t) {
			return true
		}
		if n++; n == postTitleBelow {
			return false
		}
	}
	return false
}
