package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A page that posts a notice sets furniture of its own around it: a
// banner, a menu, a breadcrumb, the post's stamp above; share and print
// widgets, counters, a byline, related posts, comments and a footer below.
// Each site's furniture was first read in the context its site gave it
// (page_tools.go, page_tail.go, page_stamps.go ...); a site never seen puts
// the same kinds in other orders and next to other notices. markFurniture
// reads each kind by itself wherever it stands in the page's zones: above
// the notice's first own line (its header row, Quốc hiệu, tên loại or
// trích yếu) and below its end (the last "./." or Nơi nhận). A text that
// shows neither has its zones at its edges only: the run of furniture and
// blank lines its first line opens and its last line closes.

// zoneStampRe is a post's stamp in a theme's own order: "Thứ ba -
// 22/01/2019 15:27", "Monday, 13/07/2020 - 21:40|".
var zoneStampRe = lazyre.New(`(?i)^(?:` + stampWeekday + `)\s*[-,|]?\s*(?:ngày\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*\|?$`)

// zoneStampFieldRe is a post's stamp under its label: "Ngày gửi: 16h:18'
// 05-03-2012", "Đăng lúc: 17/02/2021 00:00:00 (GMT+7)".
var zoneStampFieldRe = lazyre.New(`(?i)^(?:ngày gửi|ngày đăng(?: dự thảo| tin| bài)?|ngày cập nhật|đăng lúc|đăng ngày|cập nhật(?: lúc| ngày)?|publish date|ngày xuất bản)\s*:?\s*[\d\s:/.'hg-]{6,30}(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?$`)

// zoneBreadcrumbRe is a breadcrumb from the site's home, parted by a
// backslash or a slash: "Trang chủ \\Thông báo", "Trang chủ / Tin tức".
var zoneBreadcrumbRe = lazyre.New(`(?i)^(?:trang chủ|trang nhất|home)\s*[\\/»>|]\s*\S.{0,80}$`)

// zoneCounterRe is a site's visit or vote counter: "Hôm nay: 51", "•
// Online 4", "Truy cập tổng 1.753.202", "Trực tuyến: 2", "0 người đã tham
// gia bình chọn", "Số lượt thích: 0 người". No line of a notice is a bare
// label over a figure so.
var zoneCounterRe = lazyre.New(`(?i)^(?:•\s*)?(?:(?:hôm nay|hôm qua|lượt xem|lượt truy cập|đang truy cập|trực tuyến)\s*:?|(?:hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|năm nay|online|đang online|đang truy cập|trực tuyến|tổng(?: cộng)?|tổng truy cập|truy cập (?:hiện tại|tổng)|tổng số truy cập|lượt truy cập|số lượt (?:thích|tải|xem|truy cập)|lượt (?:thích|tải|xem|đọc))\s*:?\s*\d[\d.,]*(?:\s*(?:người|lượt|views?))?|\d[\d.,]* người đã (?:tham gia )?bình chọn|(?:số lượng và lượt người|thống kê|số lượt|tổng lượt) truy cập)$`)

// zoneWidgetRe is a page's widget named alone on its line: the print
// and font-size buttons glued ("PrintAaa"), the poll's button, the share
// row, the contrast switch, the QR code, the translator, the search box.
var zoneWidgetRe = lazyre.New(`(?i)^(?:print\s*a+|in\s*a+|bình chọn|xem kết quả|tương phản|chia sẻ|tweet|share|qr code(?: fanpage)?|mã qr|translate by google\s*»?|tìm kiếm(?: tin tức| nâng cao)?|đăng nhập hệ thống|gửi email|gửi bài viết qua email|in bài viết|lưu bài viết|bản in)$`)

// zoneUntitledRe is a site's module or block left with its CMS's default
// title ("Untitled", "Untitled 2", "No title", "Không có tiêu đề"),
// printed between the post and the site's other boxes. No line of a
// notice is named so.
var zoneUntitledRe = lazyre.New(`(?i)^(?:untitled(?:\s+\d{1,3})?|no title|không có tiêu đề|chưa có tiêu đề)$`)

// zonePollRe is a poll's question ("Theo bạn thông tin nội dung website
// thế nào ?"): a notice asks its readers nothing so.
var zonePollRe = lazyre.New(`(?i)^(?:theo (?:bạn|quý vị)|bạn (?:thấy|đánh giá))\s.{2,100}\?$`)

// zoneBylineRe is a post's byline or its source: "Tác giả bài viết: Long
// Sơn", "Người gửi: ...", "Đăng bởi : Quản trị viên ...", "Nguồn tin: Văn
// phòng Sở", "Source: https://...".
var zoneBylineRe = lazyre.New(`(?i)^(?:tác giả(?: bài viết)?|người (?:gửi|viết|đăng)|đăng bởi|tin bài|nguồn tin|nguồn|source)\s*:\s*\S.{0,150}$`)

// zoneRelatedRe heads the site's list of its other posts: "Tin cùng
// nhóm", "Các tin đã đăng", "Xem thêm tin tức", "Văn bản khác".
var zoneRelatedRe = lazyre.New(`(?i)^(?:(?:các |những )?(?:tin|bài|bài viết|văn bản|thông báo)(?: tức)? (?:khác|liên quan|cùng (?:nhóm|chuyên mục|loại|lĩnh vực|danh mục)|mới hơn|cũ hơn|đã (?:đưa|đăng)|tiếp theo|trước)|xem thêm(?: tin(?: tức)?| bài viết| văn bản)?)\s*:?$`)

// zoneLinksRe heads a site's box of links to other sites: "Liên kết",
// "Liên kết website", "Website trong tỉnh", "Website các tỉnh".
var zoneLinksRe = lazyre.New(`(?i)^(?:liên kết(?: website| hữu ích)?(?: liên kết)?(?:\s*:?\s*\[[^\]]{0,60}\])?|website (?:trong|ngoài|các) (?:tỉnh|huyện|ngành|thành phố)|slideshow image(?: \d+)*.*|image banner)$`)

// zoneLabelRe is a label a page prints with nothing after it: a login
// form's fields ("Tài khoản:", "Mật khẩu:", "Vai trò:"), a byline's or
// source's label over its name ("Thực hiện:", "Nguồn tin"). Read in the
// page's zones only.
//
// Its "^" stands before the alternation, not in each branch: an expression
// whose branches each open with "^" is not anchored for regexp, which then
// tries it from every byte of the line.
var zoneLabelRe = lazyre.New(`(?i)^(?:(?:tài khoản|mật khẩu|vai trò|tên đăng nhập|ghi nhớ(?: đăng nhập)?|thực hiện|người thực hiện|nguồn|nguồn tin|tác giả|qr code\b.*)\s*:?$|qr code\s*:.*$)`)

// siteNameRe is a site's name on its banner, in sentence case: "Trang
// thông tin điện tử xã Khánh Cư", "Cổng thông tin điện tử huyện ...". An
// issuer's name is written in capitals.
var siteNameRe = lazyre.New(`^(?:Trang|Cổng) thông tin điện tử\s+\p{Ll}.{0,80}$`)

// zoneTopOnly reports whether t is a line a page prints at its top only:
// its greeting, a banner's hail, the site's name.
func zoneTopOnly(t string) bool {
	return welcomeRe().MatchString(t) || bannerRe().MatchString(t) || siteNameRe().MatchString(t)
}

// furnitureLine reports whether t (trimmed) is a line of a page's
// furniture by its kind alone: a stamp, a counter, a widget, a byline, a
// section of related posts or comments, a breadcrumb, a footer's credit.
func furnitureLine(t string) bool {
	if t == "" || isTitle(t) {
		return false
	}
	switch {
	case stampRe().MatchString(t), weekdayDateRe().MatchString(t), postDateRe().MatchString(t), stampRowDateRe().MatchString(t), countedStampRe().MatchString(t), printLineRe().MatchString(t), mayPortalClock(t) && portalClockRe().MatchString(t), listDateRe().MatchString(t):
		return true // a stamp
	case zoneStampRe().MatchString(t), zoneStampFieldRe().MatchString(t):
		return true // a stamp in a theme's own order
	case twoFieldLabels(t):
		return true // a post's row of fields: "Đăng bởi : ... Ngày đăng : ... Lượt xem : 353"
	case zoneCounterRe().MatchString(t), visitsRe().MatchString(t), tailViewsRe().MatchString(t):
		return true // a counter
	case zoneWidgetRe().MatchString(t), zoneUntitledRe().MatchString(t), zonePollRe().MatchString(t), fontSizeRe().MatchString(t), printLinkRe().MatchString(t), ratingRe().MatchString(t), ratingLineRe().MatchString(t), widgetRe().MatchString(t), accountRe().MatchString(t), backLinkRe().MatchString(t):
		return true // a widget
	case zoneBylineRe().MatchString(t), zoneLabelRe().MatchString(t), bylineViewsRe().MatchString(t), sourceLinkRe().MatchString(t), tagsRe().MatchString(t), recordURLRe().MatchString(t):
		return true // a byline, a source, a post's tags, its address
	case downloadRe().MatchString(t), pointerRe().MatchString(t), downloadOfferRe().MatchString(t), fileLinkRe().MatchString(t), attachedFileRe().MatchString(t), attachedRe().MatchString(t), attachLabelRe().MatchString(t):
		return true // a link to the post's file
	case tailLabelRe().MatchString(t), zoneRelatedRe().MatchString(t), zoneLinksRe().MatchString(t):
		return true // the heading of related posts or comments
	case mayBeBreadcrumb(t) && breadcrumbRe().MatchString(t), zoneBreadcrumbRe().MatchString(t):
		return true // a breadcrumb
	case copyrightRe().MatchString(t), siteCreditRe().MatchString(t):
		return true // a footer's credit
	case zoneKind(t):
		return true // a rating, the poster, a tool, a caption, a lead, a credit (page_zone_kinds.go)
	}
	return false
}

// relatedHead reports whether t heads a list of the site's other posts or
// its comments, under which nothing is the notice's.
func relatedHead(t string) bool {
	return zoneRelatedRe().MatchString(t) || tailLabelRe().MatchString(t) && !strings.HasPrefix(strings.ToLower(t), "xem tin theo ngày")
}

// widgetLineRunes is how long a line under a post's files label runs at
// most when the lines under it are the page's widgets.
const widgetLineRunes = 60

// filesOverWidgets reports whether out[i] is the portal's label for the
// post's files ("Tệp đính kèm", attachLabelRe) over the page's widgets: the
// lines under it all short (widgetLineRunes), one of them at least the
// page's furniture by its kind ("Liên kết") that is no file's link. A
// portal lists the files under the post, after the signer, over its
// rating and comment boxes; a notice's own list of attachments ("Tài
// liệu đính kèm" over "1 Quy chế thi đua") or its body under such a label
// holds no widget.
func filesOverWidgets(out []line, i int) bool {
	if !attachLabelRe().MatchString(strings.TrimSpace(out[i].text)) {
		return false
	}
	widget := false
	for _, l := range out[i+1:] {
		t := strings.TrimSpace(l.text)
		if l.cells != nil || utf8.RuneCountInString(t) > widgetLineRunes {
			return false
		}
		if furnitureLine(t) && !fileLinkRe().MatchString(t) && !downloadRe().MatchString(t) && !attachedFileRe().MatchString(t) {
			widget = true
		}
	}
	return widget
}

// noticeOpens reports whether a line is one a notice opens with: a row
// of its header's two columns, the Quốc hiệu, its tên loại or trích yếu.
func noticeOpens(l line) bool {
	if l.cells != nil {
		return true
	}
	t := strings.TrimSpace(l.text)
	return isTitle(t) || aboutRe().MatchString(t) || mayOpenQuocHieu(t) && strings.HasPrefix(cite.Fold(t), quocHieu)
}

// mayOpenQuocHieu is false for a trimmed line whose key (cite.Fold) cannot
// start with the Quốc hiệu's "c": its first byte is ASCII and no "c" or
// "C". The key of such a line starts with that byte in small letters (no
// white space to drop, and NFC composes it with marks into no "c"), so
// the line need not be folded whole.
func mayOpenQuocHieu(t string) bool {
	return t != "" && (t[0] >= utf8.RuneSelf || t[0]|0x20 == 'c')
}

// noticeEnds reports whether a line ends a notice's body or opens its end
// block: its end mark "./." or the Nơi nhận.
func noticeEnds(l line) bool {
	for _, c := range l.cells {
		if noticeEnds(c) {
			return true
		}
	}
	t := strings.TrimSpace(l.text)
	return strings.HasSuffix(t, "./.") || strings.HasSuffix(t, "./") || labelRe().MatchString(t) || hasLowerPrefix(t, "nơi nhận:")
}

// hasLowerPrefix is strings.HasPrefix(strings.ToLower(s), p) for a p of
// valid UTF-8 in small letters, lowering only the runes of s that p is
// compared with: strings.ToLower maps each rune alone (a broken byte to
// U+FFFD), and no rune of one string is a prefix of another's.
func hasLowerPrefix(s, p string) bool {
	for _, want := range p {
		if s == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(s)
		if unicode.ToLower(r) != want {
			return false
		}
		s = s[n:]
	}
	return true
}

// markFurniture marks the furniture of the page's zones above and below
// the notice as the page's.
func markFurniture(out []line) {
	first, last := -1, -1
	for i := range out {
		if out[i].page {
			continue
		}
		if first < 0 && noticeOpens(out[i]) {
			first = i
		}
		if noticeEnds(out[i]) {
			last = i
		}
	}
	mark := func(i int) bool { return markZoneLine(out, i) }
	if first >= 0 {
		for i := 0; i < first; i++ {
			if out[i].cells == nil && zoneTopOnly(strings.TrimSpace(out[i].text)) {
				out[i].page = true
				continue
			}
			mark(i)
		}
	} else {
		skipped := 0
		for i := 0; i < len(out); i++ {
			if mark(i) || out[i].cells == nil && zoneTopOnly(strings.TrimSpace(out[i].text)) && setPage(out, i) {
				continue
			}
			if skipped++; skipped > zoneSkips || !zoneLabelLike(out[i]) {
				break
			}
		}
	}
	pollOptions(out)
	if last >= 0 {
		markBelow(out, last) // page_zone_appendix.go: the notice's appendix is its own
	} else {
		end := len(out)
		if r := relatedTail(out, first); r >= 0 {
			for i := r; i < end; i++ {
				if out[i].cells == nil && strings.TrimSpace(out[i].text) != "" {
					out[i].page = true
				}
			}
			end = r
		}
		if end == len(out) && appendixTail(out, first, end) {
			return // the text's last lines are its appendix's (page_zone_appendix.go)
		}
		for i := end - 1; i > first; i-- {
			if mark(i) {
				continue
			}
			q := pollAbove(out, i)
			if q < 0 || q <= first {
				break
			}
			for k := q; k <= i; k++ {
				if strings.TrimSpace(out[k].text) != "" {
					out[k].page = true
				}
			}
			i = q
		}
	}
}

// relatedTail finds, in a text whose end shows no "./." or Nơi nhận, the
// heading of the site's related posts or comments among its last lines
// (relatedHead), under which stand only short lines with no end mark: the
// posts' titles and dates, and above which stands some of the notice's own
// text (ownTextAbove). A page sets its related posts over its comments:
// of two headings among the last lines the higher is taken, the other
// posts' titles between them the page's too. It returns the heading's
// index, or -1.
func relatedTail(out []line, first int) int {
	const within = 16
	head := -1
	for i, n := len(out)-1, 0; i > first && n < within; i-- {
		t := strings.TrimSpace(out[i].text)
		if out[i].cells != nil || utf8.RuneCountInString(t) > 300 || strings.HasSuffix(t, "./.") {
			break
		}
		if t == "" {
			continue
		}
		n++
		if relatedHead(t) || filesOverWidgets(out, i) {
			if !ownTextAbove(out, i) {
				break
			}
			head = i
			continue
		}
		if head >= 0 && !furnitureLine(t) && !postTitleLike(t) {
			break
		}
	}
	return head
}

// listedTitleRunes is how long another post's title listed under a related
// heading runs at most.
const listedTitleRunes = 200

// postTitleLike reports whether t may be another post's title in a list
// of the site's posts: a short line that ends no sentence or clause. A
// notice's own list under a heading of its own ("Văn bản liên quan:")
// closes its items with ";" or ".".
func postTitleLike(t string) bool {
	return utf8.RuneCountInString(t) <= listedTitleRunes && !strings.ContainsAny(lastRune(t), ".;:,!?")
}

// ownTextAbove reports whether a line of text the page has not claimed
// stands above out[i]: a heading of related posts on a draft's first line
// ("Văn bản liên quan" over the body) heads no list of the page's.
func ownTextAbove(out []line, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if !out[k].page && (out[k].cells != nil || strings.TrimSpace(out[k].text) != "") {
			return true
		}
	}
	return false
}

// zoneSkips is how many lines of a page the top zone of a text with no
// notice's opening passes over unread: a site's name, a menu's item, the
// post's title, each short and with no sentence's end.
const zoneSkips = 4

// zoneLabelLike reports whether a line may be the page's own, left as it
// is read, in the top zone: a short line of words that ends no sentence
// and no lead-in, not a figure alone (a table's cell).
func zoneLabelLike(l line) bool {
	t := strings.TrimSpace(l.text)
	if l.cells != nil || t == "" || utf8.RuneCountInString(t) > 250 || strings.ContainsAny(lastRune(t), ".:;,") {
		return false
	}
	return strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// pollOptions marks the answers under a poll's question the page reads
// as its own (zonePollRe): the short lines that follow it, each a few
// words with no mark ("Phong phú đa dạng", "Dễ sử dụng", "Hữu ích"), up
// to the poll's button or its count.
func pollOptions(out []line) {
	for i := range out {
		if !out[i].page || !zonePollRe().MatchString(strings.TrimSpace(out[i].text)) {
			continue
		}
		for j, n := i+1, 0; j < len(out) && n < pollMost; j++ {
			t := strings.TrimSpace(out[j].text)
			if out[j].cells != nil || out[j].page && t != "" {
				break
			}
			if t == "" {
				continue
			}
			if !pollOptionRe().MatchString(t) {
				break
			}
			out[j].page = true
			n++
		}
	}
}

// pollAbove returns, for an answer of a poll at out[i] (pollOptionRe),
// the index of the poll's question above it with only answers between,
// or -1.
func pollAbove(out []line, i int) int {
	for k, n := i, 0; k >= 0 && n <= pollMost; k-- {
		t := strings.TrimSpace(out[k].text)
		switch {
		case out[k].cells != nil:
			return -1
		case t == "":
			continue
		case zonePollRe().MatchString(t):
			return k
		case !pollOptionRe().MatchString(t):
			return -1
		}
		n++
	}
	return -1
}

// pollMost is how many answers a poll offers at most.
const pollMost = 8

// pollOptionRe is an answer of a poll: a few words, no mark, no figure.
var pollOptionRe = lazyre.New(`^\p{Lu}[ \p{L}]{1,40}$`)

// setPage marks out[i] as the page's and reports true, for use in a
// condition.
func setPage(out []line, i int) bool {
	out[i].page = true
	return true
}
