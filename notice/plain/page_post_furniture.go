package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A portal serves a post inside its own furniture, which a reader of the
// page copies with the notice: its account row at the page's top
// ("Đăng nhập") and the section's name under it ("THÔNG BÁO CHUNG"), the
// post's title printed twice with the section's name between and the
// post's date under ("Y Tế - Sức Khỏe", "15/08/2021"), the post's stamp
// under its title with the views and comments counted after the clock
// ("Thứ sáu - 29/12/2023 08:10 295 0"), and under the post its stamp row
// of fields ("Đăng bởi : ... Ngày đăng : 02/05/2019 Lượt xem : 353") with
// the post's credit over it (the unit that posted it, "Văn phòng
// HĐND-UBND huyện") and its rating widget ("Tổng số điểm của bài viết
// là: 5 trong 1 đánh giá", "Xếp hạng: 5 - 1 phiếu bầu", "Click để đánh
// giá bài viết") with the author line over it and the comments' label
// under it. markPostFurniture marks them as the page's (line.page); no
// notice writes such lines.
func markPostFurniture(out []line) {
	accountRow(out)
	twiceTitle(out)
	countedStamp(out)
	tailFieldsRow(out)
	ratingWidget(out)
}

var (
	// accountRe is a portal's account row, the whole line.
	accountRe = lazyre.New(`(?i)^(?:đăng nhập|đăng ký|đăng nhập\s*[|/]\s*đăng ký|đăng ký\s*[|/]\s*đăng nhập|login|sign in)$`)
	// countedStampRe is a post's stamp under its title: its weekday, date
	// and clock, then the post's counts of views and comments.
	countedStampRe = lazyre.New(`(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*[-,|]\s*\d{1,2}/\d{1,2}/\d{4}\s*[-,|]?\s*\d{1,2}:\d{2}(?:\s+\d{1,7}){1,2}$`)
	// fieldLabelRe is a label of a post's stamp row, after the row's
	// start or a space.
	fieldLabelRe = lazyre.New(`(?i)(?:^|\s)(?:đăng bởi|người đăng|ngày đăng|ngày cập nhật|cập nhật|lượt xem|lượt đọc|số lượt xem)\s*:`)
	// unitCreditRe is the post's credit over its stamp row: the unit that
	// posted it, in ordinary case, no sentence.
	unitCreditRe = lazyre.New(`^(?:Văn phòng|Phòng|Ban|Ban biên tập|BBT|Trung tâm|Bộ phận|Tổ|Đài|Cổng)\s[^.;:!?]{2,60}$`)
	// ratingLineRe is a line of a post's rating widget.
	ratingLineRe = lazyre.New(`(?i)^(?:tổng số điểm của bài viết(?: này)? là\s*:?\s*\d.{0,40}đánh giá|xếp hạng\s*:\s*\d.{0,40}phiếu bầu|(?:click|bấm|nhấn) (?:vào )?để đánh giá(?: bài viết)?)$`)
)

// sectionNameBytes is how long a portal's section name runs at most.
const sectionNameBytes = 40

// accountRow marks a portal's account row on the text's first line of
// text, and the section's name under it (a short line, no sentence, no
// tên loại alone), as the page's.
func accountRow(out []line) {
	i := nextText(out, 0)
	if i < 0 || out[i].cells != nil || !accountRe().MatchString(strings.TrimSpace(out[i].text)) {
		return
	}
	out[i].page = true
	j := nextText(out, i+1)
	if j < 0 || out[j].cells != nil {
		return
	}
	t := strings.TrimSpace(out[j].text)
	if len(t) <= sectionNameBytes && !strings.ContainsAny(t, ".:;,") && !isTitle(t) && !aboutRe().MatchString(t) && !addresseeRe().MatchString(t) {
		out[j].page = true
	}
}

// twiceTitleLines is how many lines of text the post's title, the
// section's name and the title again take at the text's top.
const twiceTitleLines = 4

// twiceTitle marks the post's title printed twice at the text's top, with
// at most two short lines between them (the section's name: no figure,
// no mark of a sentence), and the
// post's date alone under the second (postDateRe, stampRe), as the
// page's. The title is a line of some words that ends no sentence and
// is no header's line, tên loại or trích yếu; a notice writes no line of
// its own twice at its top.
func twiceTitle(out []line) {
	top := topWithRows(out, twiceTitleLines)
	if len(top) < 3 || out[top[0]].cells != nil {
		return
	}
	t := strings.TrimSpace(out[top[0]].text)
	if len(strings.Fields(t)) < echoWords || strings.ContainsAny(t[len(t)-1:], ".:;,") || headerShaped(t) || isTitle(t) || titlePrefix(t) > 0 || aboutRe().MatchString(t) {
		return
	}
	for k := 1; k < len(top); k++ {
		l := out[top[k]]
		if l.cells != nil {
			return
		}
		s := strings.TrimSpace(l.text)
		if s == t {
			for _, j := range top[:k+1] {
				out[j].page = true
			}
			if n := nextText(out, top[k]+1); n >= 0 && out[n].cells == nil {
				if d := strings.TrimSpace(out[n].text); postDateRe().MatchString(d) || stampRe().MatchString(d) {
					out[n].page = true
				}
			}
			return
		}
		if len(s) > sectionNameBytes || strings.ContainsAny(s, ".:;,0123456789") {
			return
		}
	}
}

// countedStamp marks, among the first lines of a text, a post's stamp
// with its counts after the clock (countedStampRe) as the page's.
func countedStamp(out []line) {
	for _, i := range topWithRows(out, stampLines) {
		if out[i].cells == nil && countedStampRe().MatchString(strings.TrimSpace(out[i].text)) {
			out[i].page = true
			return
		}
	}
}

// stampRowLines is how many of a text's last lines of text may hold a post's
// stamp row: the row, a back link under it.
const stampRowLines = 2

// twoFieldLabels reports whether t holds two of fieldLabelRe's labels
// (of the first three): each ends with a ":", so a line with fewer than
// two is not searched.
func twoFieldLabels(t string) bool {
	return strings.Count(t, ":") >= 2 && len(fieldLabelRe().FindAllStringIndex(t, 3)) >= 2
}

// tailFieldsRow marks a post's stamp row among the text's last lines (a
// line that opens with one of fieldLabelRe's labels and holds two), the
// lines under it, and the post's credit over it (unitCreditRe), as the
// page's.
func tailFieldsRow(out []line) {
	for i, n := prevText(out, len(out)), 0; i >= 0 && n < stampRowLines; i, n = prevText(out, i), n+1 {
		if out[i].cells != nil {
			return
		}
		t := strings.TrimSpace(out[i].text)
		if strings.Count(t, ":") < 2 {
			continue // fewer than two labels: each ends with a ":"
		}
		if m := fieldLabelRe().FindAllStringIndex(t, -1); len(m) < 2 || m[0][0] != 0 {
			continue
		}
		for k := i; k < len(out); k++ {
			if out[k].cells != nil || strings.TrimSpace(out[k].text) != "" {
				out[k].page = true
			}
		}
		if j := prevText(out, i); j >= 0 && out[j].cells == nil && unitCreditRe().MatchString(strings.TrimSpace(out[j].text)) {
			if p := prevText(out, j); p >= 0 && out[p].cells == nil && strings.HasSuffix(strings.TrimSpace(out[p].text), ".") {
				out[j].page = true // the credit under the post's last paragraph, no signer's block
			}
		}
		return
	}
}

// ratingWidget marks a post's rating widget (two lines of ratingLineRe or
// more), every line under it (the comments' box), and the post's author
// line over it (creditRe), as the page's.
func ratingWidget(out []line) {
	first, n := -1, 0
	for i, l := range out {
		if l.cells == nil && ratingLineRe().MatchString(strings.TrimSpace(l.text)) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < 2 {
		return
	}
	for k := first; k < len(out); k++ {
		if out[k].cells != nil || strings.TrimSpace(out[k].text) != "" {
			out[k].page = true
		}
	}
	if j := prevText(out, first); j >= 0 && out[j].cells == nil && creditRe().MatchString(strings.TrimSpace(out[j].text)) {
		out[j].page = true
	}
}
