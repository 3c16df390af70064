package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A portal prints its own short lines at the ends of a post it serves: a
// print line at the head ("Print Thứ Sáu, 20/10/2023 21:00 Gốc"), and at
// the foot the post's date ("Thứ 2, Ngày 2/4/2012"), its credit ("Tin
// bài: Phòng Nghiệp vụ") or the site it was taken from ("Nguồn: Trung
// tâm xúc tiến thương mại An Giang"). No notice writes a weekday before
// its date alone on a line, nor names its source: markStamps marks them
// as the page's (line.page).
var (
	// printLineRe is a portal's print line: a print or mail link, a
	// weekday, a date and perhaps a time, a word or two after.
	printLineRe = lazyre.New(`(?i)^(?:print|in|email|in bài|gửi email)\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật),?\s*(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S+){0,2}$`)
	// weekdayDateRe is a post's date alone on its line, after its
	// weekday, perhaps its time and zone after it.
	weekdayDateRe = lazyre.New(`(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật),?\s*(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[(\[]GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?[)\]])?$`)
	// creditRe is a post's credit, author or source: a label and a
	// name, no sentence ("Tác giả bài viết: Trần Mỹ Linh").
	creditRe = lazyre.New(`(?i)^(?:nguồn|nguồn tin|tác giả|tác giả bài viết|người viết|tin bài|tin, ảnh|tin và ảnh|bài và ảnh|bài, ảnh)\s*:\s*[^.;:!?]{2,80}$`)
	// backLinkRe is a post's link back to the page before it, the whole
	// line ("[Trở về]", "Quay lại").
	backLinkRe = lazyre.New(`(?i)^\[?\s*(?:trở về|trở lại|quay lại|quay về|về trang trước|về đầu trang|lên đầu trang)\s*\]?$`)
	// downloadRe is a post's link to its file, the whole line ("Tải về
	// thông báo ở đây", "Xem chi tiết tại đây", "Download", "Xem toàn văn
	// thông báo tại file đính kèm:").
	downloadRe = lazyre.New(`(?i)^(?:tải về|tải xuống|tải file|download|xem (?:chi tiết|toàn văn|file|văn bản)|xem và tải)(?:\s+(?:thông báo|văn bản|tệp|tập tin|file|tài liệu|toàn văn|đầy đủ))?(?:\s+(?:ở|tại)\s+(?:đây|(?:file|tệp|tập tin)(?: đính kèm)?))?\s*:?$`)
	// pointerRe is a post's link to the signed copy, its text the whole
	// line: "Xem chi tiết nội dung Thông báo số 359/TB-SCT của Sở Công
	// thương tại đây". A notice never sends its reader "here".
	pointerRe = lazyre.New(`(?i)^(?:xem|tải về|tải xuống)\s+(?:chi tiết|toàn văn|toàn bộ|nội dung|đầy đủ)\s.{0,200}?\s(?:ở|tại)\s+đây\s*[.:]?$`)
)

// printTailRe is a page's print link as the page's last line under the
// post ("In trang này", "In bài viết", "Bản in", a blog's "In" alone); sourceNoteRe the
// editors' note of the document a post was taken from, in brackets after
// their initials ("BBT(Nguồn: 132/TB-UBND)"). No notice ends on either.
var (
	printTailRe  = lazyre.New(`(?i)^(?:in|in trang(?: này)?|in bài(?: viết| này)?|bản in)$`)
	sourceNoteRe = lazyre.New(`^(?:\p{Lu}{2,8}\s*)?\((?i:nguồn(?: tin)?)\s*:\s*[^().;!?]{2,80}\)$`)
)

// sessionRe is the prompt a portal's software (NukeViet) prints at the
// page's foot when a signed-in session is about to lapse: "Bạn đã không
// sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian
// chờ: 60 giây". No notice speaks of a site's session.
var sessionRe = lazyre.New(`(?i)^bạn đã không sử dụng site,?\s*bấm vào đây để duy trì trạng thái đăng nhập\.?\s*thời gian chờ\s*:?\s*\d+\s*giây\.?$`)

// tagsRe is a post's tag list at its foot, its label alone ("Tags:") or
// with the tags after it ("Từ khóa: mồ mả, giải phóng mặt bằng"): no
// notice ends so.
var tagsRe = lazyre.New(`(?i)^(?:tags?|từ khóa|từ khoá)\s*:(?:\s*[^.;:!?]{1,120})?$`)

// fileLinkRe is a post's link to its file, the address alone or after
// "Tại đây:" ("Tại đây: http://.../364094388249.pdf"), or as a link of
// Markdown after "Toàn văn thông báo:" ("[8.Thong bao ...](https://.../8.Thong-bao.pdf)").
var fileLinkRe = lazyre.New(`(?i)^(?:(?:tại đây|link|đường dẫn|tải về|xem tại|toàn văn(?: thông báo| văn bản)?)\s*:?\s*)?(?:https?://\S+\.(?:pdf|docx?|xlsx?|rar|zip)|\[[^\]]{1,200}\]\(https?://[^\s)]+\.(?:pdf|docx?|xlsx?|rar|zip)\))$`)

// siteAddressRe is a portal's address alone as the page's last line under
// the post, no scheme and no path ("thainguyen.gov.vn", "www.hanoi.gov.vn"):
// the site's name in its footer. A notice gives an address after a label
// ("Website: ...").
var siteAddressRe = lazyre.New(`(?i)^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|edu|org|com|net)\.vn$`)

// sourceLinkRe is a reprinting site's line naming the paper a post was
// taken from and its address ("Nguồn Khánh Hòa: http://www.baokhanhhoa.vn/..."):
// the label, perhaps the paper's name, and the address alone after it.
var sourceLinkRe = lazyre.New(`(?i)^nguồn(?:\s+[^:.;!?]{1,40})?\s*:\s*https?://\S+$`)

// ratingRe is a portal's rating widget under a post, its label and the
// count of votes ("ĐÁNH GIÁ BÀI VIẾT( 0)", "Đánh giá bài viết (3 lượt)").
var ratingRe = lazyre.New(`(?i)^đánh giá bài viết\s*\(\s*\d+(?:\s+(?:lượt|bình chọn))?\s*\)$`)

// widgetRe is the title of a newspaper's box of links under a post
// ("các thông tin tiện ích": the weather, prices, timetables; "Liên kết
// hữu ích": other sites), or its share button's label ("Chia sẻ bài
// viết", "Chia sẻ:", also as a list's point "* Chia sẻ:", its mark read
// apart; a blog's "More" beside it), the whole line; strayDot a lone period the
// page left on a line of its own over such a box, widgetDot one under
// its title. No notice ends on any.
var widgetRe = lazyre.New(`(?i)^(?:các thông tin tiện ích|liên kết hữu ích|chia sẻ(?: bài viết)?\s*:?|more)$`)

// widgetDot reports whether out[i] is a lone "." on its line right under
// the title of a box of links (widgetRe): the box's, emptied as the page
// was served.
func widgetDot(out []line, i int) bool {
	if strings.TrimSpace(out[i].text) != "." {
		return false
	}
	j := prevText(out, i)
	return j >= 0 && out[j].cells == nil && widgetRe().MatchString(strings.TrimSpace(out[j].text))
}

// strayDot reports whether out[i] is a lone "." on its line, between a
// line of text ending with a period and the page's lines under it (a
// widget's title marked already): a mark the page left behind. A lone
// "." as the text's last line may be the office's own for "./.", and is
// left to the body.
func strayDot(out []line, i int) bool {
	if strings.TrimSpace(out[i].text) != "." {
		return false
	}
	if k := nextText(out, i+1); k < 0 || !out[k].page || out[k].cells != nil {
		return false
	}
	j := prevText(out, i)
	return j >= 0 && out[j].cells == nil && strings.HasSuffix(strings.TrimSpace(out[j].text), ".")
}

// dotRun reports whether out[i] is a lone "." on its line beside another
// (". . ." set one a line at a post's foot): the page's marks, as no
// office ends a notice with two periods on lines of their own; a lone "."
// alone last is strayDot's or the body's.
func dotRun(out []line, i int) bool {
	if strings.TrimSpace(out[i].text) != "." {
		return false
	}
	for _, k := range []int{prevText(out, i), nextText(out, i+1)} {
		if k >= 0 && out[k].cells == nil && strings.TrimSpace(out[k].text) == "." {
			return true
		}
	}
	return false
}

// linkCaption reports whether out[i] is the caption a post sets over its
// link to a file (fileLinkRe, marked already): a short line opening with
// "Xem" ("Xem danh sách bốc mộ tập trung - Giai đoạn 2.").
func linkCaption(out []line, i int) bool {
	j := nextText(out, i+1)
	if j < 0 || !out[j].page || out[j].cells != nil || !fileLinkRe().MatchString(strings.TrimSpace(out[j].text)) {
		return false
	}
	t := strings.TrimSpace(out[i].text)
	return strings.HasPrefix(t, "Xem ") && len(strings.Fields(t)) <= 15
}

// markStamps marks the print line or a credit on the first line of text
// and the
// post's dates, credits, links to its file, tags, byline, the source it
// was reprinted from and the page's widgets among the last lines of text.
func markStamps(out []line) {
	for _, i := range topIndexes(out, 1) {
		if t := strings.TrimSpace(out[i].text); printLineRe().MatchString(t) || creditRe().MatchString(t) {
			out[i].page = true // "Nguồn: Chi cục Kiểm lâm" above the post too
		}
	}
	for i := len(out) - 1; i >= 0; i-- {
		l := out[i]
		t := strings.TrimSpace(l.text)
		if l.cells == nil && (t == "" || l.page) {
			continue
		}
		if l.cells != nil || !weekdayDateRe().MatchString(t) && !creditRe().MatchString(t) && !sessionRe().MatchString(t) && !downloadRe().MatchString(t) && !pointerRe().MatchString(t) && !backLinkRe().MatchString(t) && !tagsRe().MatchString(t) && !fileLinkRe().MatchString(t) && !siteAddressRe().MatchString(t) && !sourceLinkRe().MatchString(t) && !ratingRe().MatchString(t) && !widgetRe().MatchString(t) && !printTailRe().MatchString(t) && !sourceNoteRe().MatchString(t) && !strayDot(out, i) && !dotRun(out, i) && !widgetDot(out, i) && !linkCaption(out, i) && !byline(out, i) && !footCredit(out, i) && !fileUnderLink(out, i) { // page_credit.go
			return
		}
		out[i].page = true
	}
}

// fileUnderLink reports whether out[i] is a file's name alone, ending
// with a file's suffix (fileNamed: "Tam-dung-tiep-cong-dan_signed.pdf",
// or the title the portal gave it, "Lịch tiếp công dân tháng 12/2026.pdf"),
// under a post's link to its file (downloadRe: "Xem chi tiết Thông
// báo:", "Tệp đính kèm"): the page's link, its label over the file's
// name. A body's sentence never ends with a file's suffix.
func fileUnderLink(out []line, i int) bool {
	t := strings.TrimSpace(out[i].text)
	if strings.Contains(t, "./.") || !fileNamed(t) {
		return false
	}
	j := prevText(out, i)
	if j < 0 || out[j].cells != nil {
		return false
	}
	label := strings.TrimSpace(out[j].text)
	return downloadRe().MatchString(label) || attachLabelRe().MatchString(label)
}

// byline reports whether out[i], the last line of text, is the name of
// the post's writer under a body closed by "./.": two to four words, each
// from a capital, no mark and no figure ("Tiến Dũng"). A notice's signer
// stands under the title and authority lines, never right under "./.".
func byline(out []line, i int) bool {
	if j := nextText(out, i+1); j >= 0 {
		return false
	}
	w := strings.Fields(out[i].text)
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, x := range w {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) || strings.IndexFunc(x, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || strings.ToUpper(x) == x {
			return false
		}
	}
	j := prevText(out, i)
	if j >= 0 && out[j].cells == nil && downloadRe().MatchString(strings.TrimSpace(out[j].text)) {
		j = prevText(out, j) // "Tải về" between the body and the name
	}
	return j >= 0 && out[j].cells == nil && strings.HasSuffix(strings.TrimSpace(out[j].text), "./.")
}

// dotUnderStamp marks as the page's a lone "." on the first line of text
// under the post's stamp among the first lines ("Thứ Hai, 26/09/2022,
// 10:04 (GMT+7)" over "." over the headline): a mark the page left, as
// strayDot's at the foot; no notice opens with a period.
func dotUnderStamp(out []line, stamps []int) {
	if len(stamps) == 0 {
		return
	}
	if i := nextText(out, stamps[0]+1); i >= 0 && out[i].cells == nil && !out[i].page && strings.TrimSpace(out[i].text) == "." {
		if top := topIndexes(out, stampLines); len(top) > 0 && top[0] == i {
			out[i].page = true
		}
	}
}

// dotUnderRow marks as the page's a lone "." on the first line of text
// under a portal's stamp row at out[i] ("Ngày đăng 07/05/2020 | 15:41 |
// Lượt xem: 349" over "." over the body's first paragraph, the post's
// empty first paragraph): a mark the page left, as dotUnderStamp's under
// a stamp line; no notice opens its body with a period.
func dotUnderRow(out []line, i int) {
	if j := nextText(out, i+1); j >= 0 && out[j].cells == nil && !out[j].page && strings.TrimSpace(out[j].text) == "." && nextText(out, j+1) >= 0 {
		out[j].page = true
	}
}
