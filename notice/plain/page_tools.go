package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// fontSizeRe is a page's control for the size of its letters, its label
// perhaps, then its buttons: "Font size : A- A A+", "Cỡ chữ: A A A",
// "A- A A+", "Xem với cỡ chữ : A- A A+" (a district CMS's). The buttons
// are letters A with their signs, no word: no line of a letter is so.
var fontSizeRe = lazyre.New(`^(?:(?i:font size|text size|(?:xem (?:với )?)?cỡ chữ|kích (?:thước|cỡ) chữ|cỡ)\s*:?\s*)?(?:A\s*[-+−]?\s+){1,3}A\s*[-+−]?$`)

// gluedStampRe is a post's stamp ("Ngày cập nhật 13/03/2020", "Ngày
// đăng: 17/04/2018 08:51") the crawl ran onto the end of the page's other
// fields with no space ("False 40385Ngày cập nhật 13/03/2020"): a capital
// after a letter or a figure with no space is no word of a sentence.
var gluedStampRe = lazyre.New(`[\d\p{L}](?:Ngày cập nhật|Cập nhật(?: lúc| ngày)?|Ngày đăng(?: tin)?|Đăng lúc)\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$`)

// pageTool reports a line that is a page's own tool or field and never a
// line of a letter, wherever it stands: the control for the size of its
// letters (fontSizeRe) or a stamp run onto the page's other fields
// (gluedStampRe).
func pageTool(t string) bool {
	t = strings.TrimSpace(t)
	return fontSizeRe().MatchString(t) || mayHoldStamp(t) && gluedStampRe().MatchString(t) || skipLink(t) || toolsOnly(t)
}

// readingTools are the labels of a page's reading tools ("Cỡ chữ", "Màu
// chữ", "Đọc bài viết"), in small letters, a longer label before the
// label it holds; toolIcons the words a crawl keeps of the tools' icons
// (their images' alternative text).
var (
	readingTools = [...]string{"xem cỡ chữ", "cỡ chữ", "màu chữ", "đọc bài viết", "in bài viết"}
	toolIcons    = [...]string{"image", "icon", "google"}
)

// toolsOnly reports whether t is a line of a page's reading tools and
// nothing else: two labels of readingTools at least, and no word beside
// them but an icon's (toolIcons): "Cỡ chữ Màu chữ image". No line of a
// letter names two of them. The look is literal first: "chữ" or "bài
// viết" in the line.
func toolsOnly(t string) bool {
	if len(t) > 80 || !strings.Contains(t, "chữ") && !strings.Contains(t, "bài viết") {
		return false
	}
	low, n := strings.ToLower(t), 0
	for _, w := range readingTools {
		for strings.Contains(low, w) {
			low = strings.Replace(low, w, " ", 1)
			n++
		}
	}
	if n < 2 {
		return false
	}
	for _, w := range strings.Fields(low) {
		if !iconWord(w) {
			return false
		}
	}
	return true
}

// iconWord reports whether w is a word of toolIcons.
func iconWord(w string) bool {
	for _, x := range toolIcons {
		if w == x {
			return true
		}
	}
	return false
}

// skipLinks are a site's link past its menus to the post, as a crawl
// keeps its words on a line of their own: no line of a letter is one.
var skipLinks = []string{"skip to main content", "skip to content", "skip to main", "bỏ qua nội dung chính", "chuyển đến nội dung chính", "đi đến nội dung chính"}

// skipLink reports whether a line is a site's skip link (skipLinks).
func skipLink(t string) bool {
	if len(t) > 32 {
		return false
	}
	for _, s := range skipLinks {
		if strings.EqualFold(t, s) {
			return true
		}
	}
	return false
}

// mayHoldStamp reports false for a line that holds none of the labels a
// match of gluedStampRe holds one of: the expression starts with a class,
// which the regexp package tries from every byte of every line.
func mayHoldStamp(t string) bool {
	return strings.Contains(t, "ập nhật") || strings.Contains(t, "Ngày đăng") || strings.Contains(t, "Đăng lúc")
}

// toolsHead is how many lines of text a page may print above its
// control for the size of letters, or its heading of a post's view, at
// the head of a post: the site's banner, poll and visit counter, the
// post's title.
const toolsHead = 16

// postViewRe is a site's heading of the view of one post ("Chi tiết tin",
// "Chi tiết bài viết Thông báo", its section's name after it): the page's
// label over the post's title, no line of a letter.
var postViewRe = lazyre.New(`^(?i:chi tiết (?:tin(?: tức| bài)?|bài viết|bản tin))(?:\s+\p{Lu}[ \p{L}]{0,30})?$`)

// overPostHead marks as the page's every line above a page's control for
// the size of its letters (fontSizeRe) or its heading of a post's view
// (postViewRe, itself the page's too) when it stands among the first
// toolsHead lines of text: a site prints the control between the post's
// title (and its poll, its visit counter) and the post's body, and the
// heading over the post's title, so what stands above either is the
// page's ("Bình chọn", "277 người đã tham gia bình chọn", "• Hôm nay
// 25181", "Thông báo về việc ..." over "Xem với cỡ chữ : A- A A+"; a
// campaign's banner over "Chi tiết tin"). A notice's header or tên loại
// in capitals above it ("CỘNG HÒA ...", "ỦY BAN NHÂN DÂN", "THÔNG BÁO", in
// either style of tone marks: "CỘNG HOÀ", "UỶ BAN")
// keeps the lines the notice's.
func overPostHead(out []line) {
	seen := 0
	for i, l := range out {
		if l.cells != nil || l.page {
			continue
		}
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if seen++; seen > toolsHead {
			return
		}
		view := postViewRe().MatchString(t)
		if !view && !fontSizeRe().MatchString(t) {
			if strings.Contains(t, "CỘNG HÒA") || strings.Contains(t, "CỘNG HOÀ") || strings.Contains(t, "ỦY BAN") ||
				strings.Contains(t, "UỶ BAN") || strings.Contains(t, "THÔNG BÁO") {
				return // the notice's own header or tên loại above the control
			}
			continue
		}
		for k := 0; k < i; k++ {
			if out[k].cells == nil && strings.TrimSpace(out[k].text) != "" {
				out[k].page = true
			}
		}
		if view {
			out[i].page = true
		}
		return
	}
}
