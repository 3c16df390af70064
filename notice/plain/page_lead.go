package plain

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A web page or a newspaper that posts a notice prints its own lines above
// it: the title of the post, the post's date or time, a lead paragraph of
// its own, a tag with the paper's initials. markPage marks them (line.page)
// so that the reader keeps them apart as the page's (Page), read as no
// line of the notice, and a header under them is still the header. A
// Word file (word) is the office's own: no post title stands over it, and
// none of a site's furniture stands around it (a stamp, a counter, a
// byline or source, a widget, related posts, a breadcrumb, a footer's
// credit), so markFurniture does not read its lines: an appendix's
// "Tổng cộng: 15", "Nguồn: ..." or "Các văn bản liên quan:" is the
// office's.
func markPage(out []line, stamps []int, word bool) {
	if !word {
		markFurniture(out) // page_furniture_zones.go: the kinds, before what reads them in their context
	}
	markBlogByline(out)        // page_blog_byline.go
	dotUnderStamp(out, stamps) // page_stamps.go
	portalSection(out)         // page_section.go
	smallSection(out)
	siteWelcome(out)
	siteMenu(out)      // site_menu.go
	downloadOffer(out) // page_download.go
	siteBreadcrumb(out)
	titleOverStamp(out, append(zoneStamps(out), stamps...)) // page_zone_kinds.go: a stamp the zones read by its kind is a stamp too
	headlineUnderStamp(out, stamps)                         // page_headline.go
	relatedList(out)                                        // page_related_list.go
	paperLead(out)                                          // page_paper_lead.go
	leadOverHeader(out)
	chatLead(out)     // page_chat_lead.go
	reportedLead(out) // page_reported_lead.go
	titleOverOpening(out)
	contentHeading(out) // page_content_heading.go
	echoedLead(out)
	summaryUnderStamp(out, stamps)
	retoldHeadline(out) // page_headline_echo.go
	paperTag(out)
	if !word {
		postTitleOverBody(out) // page_post_title.go
		crumbSection(out)      // page_zone_section.go
		markFurniture(out)     // again, in the zones the page's context has drawn
	}
}

// welcomeRe is a site's greeting on its banner: "Chào mừng bạn đến với
// Trang thông tin điện tử Phường Long Anh - TP.Thanh Hóa", "Chào mừng quý
// vị đến với Cổng thông tin điện tử huyện ...", "Chào mừng quý vị đến với
// website của ...". No notice greets so.
var welcomeRe = lazyre.New(`(?i)^chào mừng (?:bạn|các bạn|quý vị|quý khách|quý độc giả|quý bạn đọc)?\s*đến với (?:(?:trang|cổng) )?(?:thông tin|ttđt|web|website)`)

// bannerRe is a site's banner hailing an anniversary or a congress, in
// capitals ("CHÀO MỪNG KỶ NIỆM 76 NĂM NGÀY CÁCH MẠNG THÁNG TÁM THÀNH
// CÔNG ...", "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ..."). No header, tên loại or
// trích yếu opens so.
var bannerRe = lazyre.New(`^(?:NHIỆT LIỆT )?CHÀO MỪNG\s`)

// siteWelcome marks a site's greeting (welcomeRe) on one of the first
// three lines of a text (under the site's name: "Trang thông tin điện tử
// xã Khánh Cư" over "Chào mừng bạn đến với Website ...") or its banner
// (bannerRe) on the first as the page's, above any tên loại.
func siteWelcome(out []line) {
	for k, i := range topIndexes(out, 3) {
		t := strings.TrimSpace(out[i].text)
		if isTitle(t) || aboutRe().MatchString(t) {
			return // under a tên loại a greeting is the notice's own
		}
		if welcomeRe().MatchString(t) || k == 0 && bannerRe().MatchString(t) && isUpper(t) {
			out[i].page = true
		}
	}
}

// breadcrumbRe is a site's trail to the post, its sections parted by ">"
// or "»" ("Gốc > Bài viết > Văn bản ngành > Văn bản Phòng giáo dục >",
// "Trang chủ » Tin tức » Thông báo"): three sections at least, none a
// sentence.
var breadcrumbRe = lazyre.New(`^(?:[^>»<.;:]{1,60}\s[>»]\s*){2,}[^>»<.;:]{0,80}$`)

// siteBreadcrumb marks a site's trail to the post (breadcrumbRe) among the
// first lines of a text as the page's.
func siteBreadcrumb(out []line) {
	for _, i := range topIndexes(out, topLines) {
		if t := strings.TrimSpace(out[i].text); mayBeBreadcrumb(t) && breadcrumbRe().MatchString(t) && !headerShaped(t) {
			out[i].page = true
		}
	}
}

// mayBeBreadcrumb reports whether t holds the two marks ">" or "»" at
// least that breadcrumbRe needs, before the expression is tried.
func mayBeBreadcrumb(t string) bool {
	return strings.Count(t, ">")+strings.Count(t, "»") >= 2
}

// leadLines is how many of the page's lines may stand above a header.
const leadLines = 4

// topIndexes are the indexes of the first n lines of out that hold text
// and are neither rows nor the page's already.
func topIndexes(out []line, n int) []int {
	var idx []int
	for i, l := range out {
		if len(idx) == n {
			break
		}
		if l.cells != nil || strings.TrimSpace(l.text) == "" || l.page || isDecor(l.text) {
			continue
		}
		idx = append(idx, i)
	}
	return idx
}

// titleOverStamp marks the text's first line when the next line that held
// text was the post's date or time (dropChrome blanked it): a page's title
// of the post over its stamp ("THÔNG BÁO VỀ VIỆC TREO CỜ ..." over
// "(10/01/2023 14:27:39)"), not the notice's tên loại or first line,
// even in capitals and opening with a tên loại. A header's line over a
// date never stands so. A paper's section label over the title ("Xã
// hội" over the headline over "HNMO 06/02/2024 - 06:13") is the page's
// too (sectionOverTitle).
func titleOverStamp(out []line, stamps []int) {
	if len(stamps) == 0 {
		return
	}
	var above []int // the lines of text over the first stamp
	for i, l := range out {
		if slices.Contains(stamps, i) {
			break
		}
		if l.cells != nil {
			return
		}
		if strings.TrimSpace(l.text) != "" && !l.page {
			if above = append(above, i); len(above) > 2 {
				return
			}
		}
	}
	if len(above) == 0 {
		return
	}
	first := above[len(above)-1]
	if t := strings.TrimSpace(out[first].text); headerShaped(t) && titlePrefix(t) == 0 || isTitle(t) && isUpper(t) {
		return // the kind alone in capitals ("THÔNG BÁO") over the stamp is the notice's tên loại
	}
	if len(above) == 1 {
		out[first].page = true
	} else if sectionOverTitle(out, above[0], first) {
		out[above[0]].page, out[first].page = true, true
	}
}

// labelWords is how many words a site's section label over a title holds
// at most.
const labelWords = 4

// sectionOverTitle reports whether out[i], the first line of text, is a
// site's section label ("Xã hội", "Thời sự") over a post's title out[j]
// that stands right over its stamp: a few words with no mark, in
// sentence case, no header's line, over a longer title in sentence case.
// A kind's name over the title ("Thông báo" over "Lấy ý kiến ...") may
// be the notice's own tên loại over its trích yếu, and is left.
func sectionOverTitle(out []line, i, j int) bool {
	t, h := strings.TrimSpace(out[i].text), strings.TrimSpace(out[j].text)
	if doubledLabel(t) {
		t = strings.Join(strings.Fields(t)[:len(strings.Fields(t))/2], " ") // the label printed twice, read once
	}
	if !sectionLabelRe().MatchString(t) || len(strings.Fields(t)) > 2*labelWords || !doubledLabel(strings.TrimSpace(out[i].text)) && len(strings.Fields(t)) > labelWords || headerShaped(t) || isUpper(t) || isTitle(t) || kindFirstRe().MatchString(t) {
		return false
	}
	return !isUpper(h) && !headerShaped(h) && len(strings.Fields(h)) > len(strings.Fields(t))
}

// doubledLabel reports whether t is a site's section label printed twice
// on one line, as a crawler reads a portal's tab and its heading ("Tin
// tức chỉ đạo điều hành Tin tức chỉ đạo điều hành"): its words' first
// half the same as its second, labelWords*2 words at most in each. No
// line of a notice says the same words twice over.
func doubledLabel(t string) bool {
	w := strings.Fields(t)
	n := len(w) / 2
	return len(w)%2 == 0 && n > 1 && n <= 2*labelWords && slices.Equal(w[:n], w[n:])
}

// headerShaped reports whether a line is one a header holds: the Quốc
// hiệu or Tiêu ngữ, the number, the place and date, or a short line in
// capitals (the issuer), as top reads them.
func headerShaped(t string) bool {
	t = strings.TrimSpace(t)
	return mayOpenMotto(t) && mottoRe().MatchString(t) || strings.HasPrefix(t, "Số") && numberRe().MatchString(t) ||
		mayPlaceDate(t) && placeDateRe().MatchString(t) ||
		isUpper(t) && !cite.HasMarker(t) && utf8.RuneCountInString(t) < 60 && !authorityRe().MatchString(t) && !isTitle(t)
}

// mayOpenMotto reports whether t opens with a byte mottoRe's matches open
// with: "c" or "C" of "cộng", or the first byte of "đ" and "Đ" of "độc"
// (TestMottoOpening). The expression is not tried on the other lines
// headerShaped is asked of, most of a text's.
func mayOpenMotto(t string) bool {
	return t != "" && (t[0] == 'c' || t[0] == 'C' || t[0] == 0xC4)
}

// mayPlaceDate reports whether t holds what every match of placeDateRe
// holds: a comma, and "ngày" in either case ("n", "g", "à", "y" fold
// only with "N", "G", "À", "Y"). Most lines with a comma hold no "ngày",
// and the expression, tried from each comma, is not run on them.
func mayPlaceDate(t string) bool {
	if strings.IndexByte(t, ',') < 0 {
		return false
	}
	for i := 2; i+2 < len(t); i++ {
		if t[i] == 0xC3 && (t[i+1] == 0xA0 || t[i+1] == 0x80) && t[i-1]|0x20 == 'g' && t[i-2]|0x20 == 'n' && t[i+2]|0x20 == 'y' {
			return true
		}
	}
	return false
}

// issuerStartRe starts the name of a body written in small letters, an
// issuer a header may hold on its first line.
var issuerStartRe = lazyre.New(`(?i)^(?:ủy ban|uỷ ban|ubnd|hđnd|sở|phòng|trường|công ty|tổng công ty|chi nhánh|hợp tác xã|hội|ban|bộ|cục|chi cục|tổng cục|văn phòng|trung tâm|đảng ủy|đảng uỷ|đảng bộ|chi bộ|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|bệnh viện|đoàn|liên đoàn|công an|ngân hàng|kho bạc|viện|học viện|tòa án|toà án|thanh tra|bảo hiểm|đài|cảng vụ|hạt|mặt trận|quận ủy|quận uỷ|thị ủy|thị uỷ|đảng đoàn|ban cán sự|đại học|kiểm toán|hội đồng|bộ chỉ huy|tổng đội|đội|trạm|chi cục|cơ quan|liên minh|báo)\s`)

// leadVerbRe holds the words of a sentence that tells what an office did
// ("UBND phường X thông báo về việc ..."): a portal's lead, not a name.
var leadVerbRe = lazyre.New(`(?i)\s(?:thông báo|ban hành|tổ chức|đề nghị|yêu cầu|kính mời|trân trọng|đã|sẽ|vừa|về việc)\s`)

// leadOverHeader marks the lines above a header that no header holds: a
// post's title ("Thông báo “V/v phòng chống bão số 10”"), its lead
// paragraph, over the issuer or the Quốc hiệu, when the header under them
// is one (a Quốc hiệu or a place and date stands among its first lines).
// A line that may be the issuer, in capitals however long or in small
// letters, is kept.
func leadOverHeader(out []line) {
	top := topWithRows(out, leadLines+1)
	h := -1
	for k, i := range top {
		if out[i].cells != nil {
			if rowHeaderShaped(out[i]) {
				h = k
			}
			break // a row of the header's columns ("SỞ Y TẾ ... | CỘNG HÒA ..."), or a table
		}
		t := strings.TrimSpace(out[i].text)
		if out[i].pict != "" || holdsPictograph(t) {
			continue // a message's or a post's own words: no header holds one (pictograph.go)
		}
		if headerShaped(t) {
			h = k
			break
		}
		if isTitle(t) || isUpper(t) || aboutRe().MatchString(t) || addresseeRe().MatchString(t) ||
			issuerNamed(t) && (k > 0 || !siteOverPostTitle(out, top)) {
			return
		}
	}
	if h < 1 || !headerFollows(out, top[h]) {
		return
	}
	for _, i := range top[:h] {
		out[i].page = true
	}
}

// siteOverPostTitle reports whether the first line of text, a body's name
// in small letters (issuerNamed), is a site's name over a post's title:
// the next line opens with a kind in small letters ("Trường Mẫu giáo
// Phước Vĩnh Đông" over "Thông báo về việc cho trẻ tiếp tục nghỉ học
// ..."), above the header (leadOverHeader). A notice's tên loại and trích
// yếu stand under its header, never over its Quốc hiệu, so a kind's line
// there is the post's title, and the name over it the site's.
func siteOverPostTitle(out []line, top []int) bool {
	if len(top) < 2 || out[top[0]].cells != nil || out[top[1]].cells != nil {
		return false
	}
	t := strings.TrimSpace(out[top[1]].text)
	return kindFirstRe().MatchString(t) && smallKind(t) && !headerShaped(t) && !isTitle(t)
}

// openingUnderTitleRe starts the first paragraph of a notice's body or a
// letter's Kính gửi: the line under a post's title.
var openingUnderTitleRe = lazyre.New(`(?i)^\s*(?:căn cứ|kính\s*g[ửở]i\s*:)`)

// groundUnderTitleRe is openingUnderTitleRe or a ground opened by "Thực
// hiện" ("Thực hiện Điều 43 của Luật Đất đai ..."), as a notice's first
// paragraph under its trích yếu opens too.
var groundUnderTitleRe = lazyre.New(`(?i)^\s*(?:căn cứ|thực hiện|kính\s*g[ửở]i\s*:)`)

// kindFirstRe opens a line with a document's kind; kindNumberedRe with
// a kind and its number, as a post names the document it serves
// ("Công văn số 457/PGD&ĐT V/v ...").
var (
	kindFirstRe = lazyre.New(`(?i)^(?:thông báo|thông cáo|quyết định|kế hoạch|hướng dẫn|báo cáo|công văn|tờ trình|giấy mời|chương trình|nghị quyết|chỉ thị)(?:\s|:|$)`)
	// kindAboutRe opens a line with one of the other kinds NĐ 30 lists and
	// its trích yếu's "về" ("Kết luận về việc kiểm tra ..."): the kind
	// alone may open a sentence ("Quy định này ..."), with "về" after it
	// it is the document's tên loại and trích yếu run together.
	kindAboutRe    = lazyre.New(`(?i)^(?:kết luận|biên bản|đề án|phương án|quy chế|quy định|công điện|thông tri|đề cương)\s+về\s`)
	kindNumberedRe = lazyre.New(`(?i)^\p{L}+ \p{L}+ số:?\s*\d`)
)

// postTitleWords is how many words a post's title over the body holds at
// least: a shorter line ("Tin bài") is a label, left as it is read.
const postTitleWords = 4

// titleOverOpening marks the first line of a text with no header when it
// is a post's title over the body: a line in small letters with no mark
// at its end, no tên loại, trích yếu or header's line, right over a "Căn
// cứ" or "Kính gửi:" ("Các khoản thu hộ, ... trường MN Ba Vì năm học
// 2020-2021" over "Căn cứ vào cuộc họp ..."; "Công văn số 457/PGD&ĐT V/v
// triển khai các khoản thu ..." over "Kính gửi: ..."). A notice's own
// text never stands above its grounds or its Kính gửi but its header,
// tên loại and trích yếu. A line that opens with a kind ("Thông báo về
// việc ...") is left here, unless the kind's number follows it: in
// sentence case over a body with no header it is the post's title,
// postTitleOverBody's by the lead's ruling of round 66.
func titleOverOpening(out []line) {
	top := topWithRows(out, 2)
	if len(top) < 2 || out[top[0]].cells != nil || out[top[1]].cells != nil {
		return
	}
	t := strings.TrimSpace(out[top[0]].text)
	if isUpper(t) || finished(t) || headerShaped(t) || isTitle(t) || aboutRe().MatchString(t) || addresseeRe().MatchString(t) ||
		issuerNamed(t) || cite.HasMarker(t) || utf8.RuneCountInString(t) > 200 || len(strings.Fields(t)) < postTitleWords {
		return
	}
	if kindFirstRe().MatchString(t) && !kindNumberedRe().MatchString(t) || kindAboutRe().MatchString(t) {
		return // "Thông báo về việc ...": the notice's tên loại and trích yếu as a post sets them
	}
	if (groundUnderTitleRe().MatchString(out[top[1]].text) || paragraphUnderTitle(t, out[top[1]].text)) && !headerFollows(out, top[1]) {
		out[top[0]].page = true
	}
}

// paragraphWords is how many words the paragraph under a post's title
// holds at least, and how many times the title's.
const (
	paragraphWords = 20
	paragraphTimes = 2
)

// officeActs reports whether t names an office and what it did, as a
// post's title does ("Trung tâm Lưu trữ lịch sử tỉnh Hà Tĩnh thông báo về
// việc ...", "UBND quận 12 thông báo (lần 1)"): a body's head opens it
// (issuerStartRe) and a verb of an office's act follows (leadVerbRe).
func officeActs(t string) bool {
	return issuerStartRe().MatchString(t) && leadVerbRe().MatchString(" "+t+" ")
}

// paragraphUnderTitle reports whether the first line t of a text with no
// header names an office's act (officeActs) over u, a paragraph of the
// body that opens on its own ("Trung tâm Lưu trữ lịch sử tỉnh Hà Tĩnh thông báo về việc tạm dừng
// ... COVID-19" over "Hiện nay, tình hình dịch bệnh ... ."): it opens with
// a capital and closes with a sentence's mark, paragraphWords words at
// least and paragraphTimes the title's. A line of a paragraph broken as
// it was typed opens no sentence of its own under a line with no mark;
// a title in sentence case with no mark at its end over such a
// paragraph is the post's (the lead's ruling of round 66).
func paragraphUnderTitle(t, u string) bool {
	if !officeActs(t) {
		return false
	}
	u = strings.TrimSpace(u)
	r, _ := utf8.DecodeRuneInString(u)
	if !unicode.IsUpper(r) || !finished(u) || isUpper(u) {
		return false
	}
	n := len(strings.Fields(u))
	return n >= paragraphWords && n >= paragraphTimes*len(strings.Fields(t))
}

// issuerNamed reports whether a line in small letters names a body, as
// an issuer's line does ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm
// cứu nạn tỉnh Quảng Nam", "Quận ủy Ba Đình"): it starts with a body's
// head, tells nothing the body did, and ends with no mark of a sentence.
func issuerNamed(t string) bool {
	if !issuerStartRe().MatchString(t) || leadVerbRe().MatchString(" "+t+" ") {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".:;!?") && len(strings.Fields(t)) < 30
}

// topWithRows is topIndexes with the rows of a table or of a header's
// columns counted as lines.
func topWithRows(out []line, n int) []int {
	var idx []int
	for i, l := range out {
		if len(idx) == n {
			break
		}
		if l.cells == nil && (strings.TrimSpace(l.text) == "" || l.page || isDecor(l.text)) {
			continue
		}
		idx = append(idx, i)
	}
	return idx
}

// rowHeaderShaped reports whether a row's cells hold the Quốc hiệu, the
// Tiêu ngữ or the place and date: the header's two columns on one line.
func rowHeaderShaped(l line) bool {
	for _, c := range l.cells {
		if t := strings.TrimSpace(c.text); mottoRe().MatchString(t) || placeDateRe().MatchString(t) {
			return true
		}
	}
	return false
}

// headerFollows reports whether a Quốc hiệu, Tiêu ngữ or place and date
// line (or a row holding one) stands at index i of out or among the six
// lines of text after it.
func headerFollows(out []line, i int) bool {
	n := 0
	for _, l := range out[i:] {
		if l.cells != nil && rowHeaderShaped(l) {
			return true
		}
		if l.cells != nil || strings.TrimSpace(l.text) == "" {
			continue
		}
		t := strings.TrimSpace(l.text)
		if mottoRe().MatchString(t) || placeDateRe().MatchString(t) {
			return true
		}
		if n++; n > 6 {
			return false
		}
	}
	return false
}

// echoWordsLead is how many words a page's lead holds at least to be told
// by a later line repeating it.
const echoWordsLead = 8

// echoedLead marks a line among the first of a text that a line further
// down repeats from its start, with more after it: the portal's lead,
// copied from the notice's first sentence ("Ủy ban nhân dân Phường 9
// thông báo đến ... năm 2023" over "... năm 2023 như sau:"). A text with
// a tên loại or a trích yếu among its first lines is left: a body may
// repeat its trích yếu.
func echoedLead(out []line) {
	for _, i := range topIndexes(out, topLines) {
		if t := strings.TrimSpace(out[i].text); isTitle(t) || titlePrefix(t) > 0 || aboutRe().MatchString(t) {
			return // a tên loại or trích yếu at the top: its own lines, no portal's lead
		}
	}
	var folded []string // each later line folded, once for every lead tried
	for _, i := range topIndexes(out, stampLines) {
		t := strings.TrimRight(strings.TrimSpace(out[i].text), ".:;, ")
		if len(strings.Fields(t)) < echoWordsLead || headerShaped(t) {
			continue
		}
		if folded == nil {
			folded = make([]string, len(out))
		}
		key := cite.Fold(t)
		for j := i + 1; j < len(out); j++ {
			l := &out[j]
			if l.cells != nil || l.page {
				continue // the page's own copy of the body tells no lead (page_tail.go)
			}
			if folded[j] == "" {
				folded[j] = cite.Fold(strings.TrimSpace(l.text))
			}
			if later := folded[j]; len(later) > len(key) && strings.HasPrefix(later, key) {
				out[i].page = true
				break
			}
		}
	}
}

// stitchWords is how many words a portal's summary holds at least to be
// told by the notice's lines it is stitched from; stitchGram how many
// words each piece compared holds; stitchShare how many of every ten of
// its pieces the lines under it hold at least.
const (
	stitchWords = 20
	stitchGram  = 4
	stitchShare = 8
)

// summaryUnderStamp marks the first line of text under the post's stamp
// as the page's when it is the portal's summary stitched from the
// notice's lines under it (stitchedLead): "07/10/2021 | 17:11 | View
// Count: 100" over "Thực hiện Thông báo số 71/TB-UBND ... Hà Nội. Ủy
// ban nhân dân phường đề nghị ..." over the notice.
func summaryUnderStamp(out []line, stamps []int) {
	if len(stamps) == 0 {
		return
	}
	for i := stamps[0] + 1; i < len(out); i++ {
		if out[i].cells != nil {
			return
		}
		if strings.TrimSpace(out[i].text) == "" || out[i].page {
			continue
		}
		if stitchedLead(out, i) {
			out[i].page = true
		}
		return
	}
}

// stitchedLead reports whether out[i], the first line under a post's
// stamp, is a portal's summary stitched from the notice's own sentences further
// down: its ground's start, then its request ("Thực hiện Thông báo số
// 71/TB-UBND ... Hà Nội. Ủy ban nhân dân phường đề nghị ... 11/10/2021,
// chào mừng ..." over the notice that writes each of them on its own
// line), so that nearly every run of stitchGram words in it stands in a
// line under it, only the seams between the pieces not. No notice writes
// a paragraph twenty words long and then says each of its parts again.
func stitchedLead(out []line, i int) bool {
	t := strings.TrimSpace(out[i].text)
	if !hasSeam(t) || !strings.HasSuffix(t, ".") || titlePrefix(t) > 0 || kindFirstRe().MatchString(t) {
		return false // one sentence, or a title: the notice's own line
	}
	lead := gramWords(t)
	if len(lead) < stitchWords {
		return false
	}
	var below strings.Builder
	for _, l := range out[i+1:] {
		if l.cells == nil && !l.page && strings.TrimSpace(l.text) != "" {
			below.WriteString(" " + strings.Join(gramWords(l.text), " ") + " |")
		}
	}
	rest := below.String()
	n, held := 0, 0
	for k := 0; k+stitchGram <= len(lead); k++ {
		n++
		if strings.Contains(rest, " "+strings.Join(lead[k:k+stitchGram], " ")+" ") {
			held++
		}
	}
	return held*10 >= n*stitchShare
}

// hasSeam reports whether t holds a seam between two sentences: a full
// stop after a letter or a figure, white space and a capital ("... Hà
// Nội. Ủy ban ..."), a summary's pieces.
func hasSeam(t string) bool {
	for i := 1; i < len(t); i++ {
		if t[i] != '.' || t[i-1] == ' ' || t[i-1] == '.' {
			continue
		}
		rest := strings.TrimLeft(t[i+1:], " \t")
		if len(rest) == len(t[i+1:]) || rest == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// gramWords are the words of t folded (cite.Fold), the marks at their
// ends taken off.
func gramWords(t string) []string {
	f := strings.Fields(cite.Fold(t))
	w := f[:0]
	for _, x := range f {
		if x = strings.Trim(x, `.,;:!?()"“”'`); x != "" {
			w = append(w, x)
		}
	}
	return w
}

// paperTagRe is a newspaper's tag at the head of a repost's line, its
// initials and a dash before the title: "BTNO - ", "TTXVN - ".
var paperTagRe = lazyre.New(`^[A-ZĐ]{2,6}\s*[-–—]\s+`)

// bodyInitials are the initials of bodies a header's line may open with
// before a dash ("HĐND - UBND ..."): no paper's tag.
var bodyInitials = map[string]bool{"UBND": true, "HĐND": true, "MTTQ": true, "BCĐ": true, "BQL": true}

// romanRe is a Roman numeral, a section's mark ("II - NỘI DUNG").
var romanRe = lazyre.New(`^[IVXLC]+$`)

// paperTag cuts a newspaper's tag (paperTagRe) from the head of one of the
// first lines of a text: the paper's, not the notice's words.
func paperTag(out []line) {
	for _, i := range topIndexes(out, stampLines) {
		l := &out[i]
		m := paperTagRe().FindStringIndex(l.text)
		if m == nil || len(l.src) < len(l.text) {
			continue
		}
		if tag := strings.TrimRight(l.text[:m[1]], " -–—"); romanRe().MatchString(tag) || bodyInitials[tag] || isUpper(l.text[m[1]:]) {
			continue // "II - NỘI DUNG", "HĐND - UBND XÃ ...": a heading's number, a header's names
		}
		l.text, l.src = l.text[m[1]:], l.src[m[1]:]
		if l.nfd > m[1] {
			l.nfd -= m[1]
		} else {
			l.nfd = 0
		}
		return
	}
}
