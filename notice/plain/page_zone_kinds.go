package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// The kinds below are furniture a page prints that rounds 66-70 showed
// read as a notice's lines, each first taught in its site's context (a
// compiler's credit over "Tin mới", a paper's lead on the first line, a
// rating widget under a files label). In the page's zones (markFurniture)
// each is the page's by its kind alone, wherever a site never seen puts
// it: a notice writes none of them above its first own line or below its
// end.

// zoneRatingRe is a rating widget's label or score: "Đánh giá:",
// "Đánh giá bài viết", "Đánh giá: 4/5", "Đánh giá: ★★★".
var zoneRatingRe = lazyre.New(`(?i)^(?:đánh giá\s*:\s*(?:\d(?:[.,]\d)?\s*/\s*\d|[★☆*]+).{0,20}|đánh giá(?: bài viết)?\s*:?)$`)

// zoneRatingCountRe is a rating widget's count: "lượt đánh giá: ,
// trung bình: ...", "12 lượt đánh giá".
var zoneRatingCountRe = lazyre.New(`(?i)^\d*\s*lượt đánh giá.{0,60}$`)

// zoneAccountRe is a post's poster named by the site's account, alone on
// its line or after the theme's bullet: "• admin", "Quản trị viên".
var zoneAccountRe = lazyre.New(`(?i)^(?:•\s*)?(?:admin(?:istrator)?|quản trị(?: viên)?|webmaster|biên tập viên)$`)

// zoneWrittenByRe is a post's poster after the theme's words for it:
// "Viết bởi Nguyễn Thành Tâm Minh", "Posted by admin"; a short line
// (zoneWrittenByBytes).
var zoneWrittenByRe = lazyre.New(`(?i)^(?:•\s*)?(?:viết bởi|posted by|written by)\s+\S`)

// zoneWrittenByBytes is how long a poster's line runs at most.
const zoneWrittenByBytes = 100

// zoneBulletDateRe is a post's date after the theme's bullet, alone on
// its line: "• 23-05-2024", "• 05/3/2021 08:10".
var zoneBulletDateRe = lazyre.New(`^[•·]\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$`)

// zoneWeekdayWordsRe is a theme's date with the month in words before the
// day, as an English order writes it in Vietnamese: "Thứ sáu, Tháng 3 29,
// 2024". No letter dates itself so.
var zoneWeekdayWordsRe = lazyre.New(`(?i)^(?:` + stampWeekday + `)\s*,?\s*tháng\s+\d{1,2}\s+\d{1,2}\s*,\s*\d{4}$`)

// zoneToolRe is a page's tool named alone on its line: the language
// switch ("Vietnamese-VN", "English (UK)", "Tiếng Việt | English"), the
// text size's label ("Text Size", "Cỡ chữ"), the print link ("In trang
// này"), the way back to the top ("return to top", "Lên đầu trang").
var zoneToolRe = lazyre.New(`(?i)^(?:(?:vietnamese|english|tiếng việt|tiếng anh)(?:\s*[-_(]\s*(?:vn|vi|us|uk|gb|en)\)?)?(?:\s*\|\s*(?:vietnamese|english|tiếng việt|tiếng anh))?|text size|font size|cỡ chữ|kích (?:thước|cỡ) chữ|in trang(?: này)?|in bài(?: viết| này)?|bản in|gởi bài viết|gửi bài viết|gửi cho bạn bè|(?:return|back|go) to top|lên đầu trang|về đầu trang)\s*:?$`)

// zoneFileRe is a link to the post's file, named by the file it fetches:
// "Tải tập tin (94-TBHH.pdf)94-TBHH.pdf", "Download file: tb-12.docx".
var zoneFileRe = lazyre.New(`(?i)^(?:tải|tải về|tải xuống|download|xem)\s+(?:tập tin|tệp|file|tài liệu)\s*:?\s*\S.{0,200}\.(?:pdf|docx?|xlsx?|pptx?|rar|zip|7z)$`)

// zoneModuleRe is a CMS module's name leaked into the page's text, with
// what it prints glued on: "mod_vvisit_counterThis month6584".
var zoneModuleRe = lazyre.New(`^mod_[a-z_]{3,}`)

// zoneSpaceRun parts the widgets a page prints on one row.
var zoneSpaceRun = lazyre.New(`\s{3,}`)

// hasSpaceRun reports whether t holds three white space bytes in a row,
// as zoneSpaceRun's \s (ASCII: tab, newline, form feed, return, space)
// reads them.
func hasSpaceRun(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ' ', '\t', '\n', '\f', '\r':
			if n++; n == 3 {
				return true
			}
		default:
			n = 0
		}
	}
	return false
}

// zoneToolRow reports whether t is a row of a page's tools set apart by
// runs of spaces, each a tool by its kind ("Bản in     Gởi bài viết").
func zoneToolRow(t string) bool {
	if !hasSpaceRun(t) {
		return false // zoneSpaceRun finds no run to part t at: one part
	}
	parts := zoneSpaceRun().Split(t, -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !zoneToolRe().MatchString(p) && !zoneWidgetRe().MatchString(p) {
			return false
		}
	}
	return true
}

// zoneCaptionRe is a picture's caption: its number after "ảnh" ending
// the line ("... tại tỉnh Thái Bình ảnh 1"), or the picture's label
// ("Ảnh minh họa", "(Ảnh: Văn Long)").
var zoneCaptionRe = lazyre.New(`(?i)^\(?ảnh(?: minh họa| minh hoạ)?(?:\s*:\s*[^.;]{2,60})?\)?$`)

// zoneKind reports whether t (trimmed) is, in the page's zones, one of
// the kinds rounds 66-70 showed: a rating, the poster, a bulleted date,
// a tool, a CMS module's name, a picture's caption, a paper's lead, the
// editors' note of the source, a compiler's credit.
func zoneKind(t string) bool {
	switch {
	case zoneRatingRe().MatchString(t), zoneRatingCountRe().MatchString(t), zoneAccountRe().MatchString(t), len(t) <= zoneWrittenByBytes && zoneWrittenByRe().MatchString(t), zoneBulletDateRe().MatchString(t), zoneWeekdayWordsRe().MatchString(t):
		return true
	case zoneToolRe().MatchString(t), zoneModuleRe().MatchString(t), zoneToolRow(t), zoneFileRe().MatchString(t):
		return true
	case len(t) <= paperCaptionBytes && paperCaptionRe().MatchString(t) && !strings.HasSuffix(t, "."), zoneCaptionRe().MatchString(t):
		return true
	case paperLeadRe().MatchString(t), sourceNoteRe().MatchString(t), compiledBy(t):
		return true
	case zoneCounterKind(t):
		return true // a counter's label, a twelve-hour stamp, the date picker (page_zone_counters.go)
	}
	return false
}

// zoneStamps are the indexes of the lines the page's zones read as the
// post's date (a bulleted date, a theme's stamp, a stamp under its label)
// among the first lines of text: a post's stamp read by its kind marks
// the title over it as the page's (titleOverStamp) as a stamp the chrome
// blanked does. A stamp under the notice's own lines marks nothing: the
// lines over a stamp are the page's only when they are the text's first.
func zoneStamps(out []line) []int {
	var idx []int
	for i, n := 0, 0; i < len(out) && n < topLines; i++ {
		t := strings.TrimSpace(out[i].text)
		if out[i].cells != nil || t == "" {
			continue
		}
		n++
		if out[i].page && zoneDate(t) {
			idx = append(idx, i)
		}
	}
	return idx
}

// zoneDate reports whether t is a post's date as the zones read it.
func zoneDate(t string) bool {
	return zoneBulletDateRe().MatchString(t) || zoneWeekdayWordsRe().MatchString(t) || zoneStampRe().MatchString(t) || zoneStampFieldRe().MatchString(t) || zoneClockStampRe().MatchString(t) && !zoneClockHalfRe().MatchString(t)
}
