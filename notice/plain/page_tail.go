package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A portal prints its own sections under the post it serves: the readers'
// comments ("Ý kiến bạn đọc"), the next post ("Tin tiếp theo", often the
// same post's body served a second time), the latest posts ("Tin mới",
// "Tin mới nhất"), other posts ("Các tin khác",
// "Tin liên quan", "Tin cùng chuyên mục"), and lists of the section's
// posts, a title over its date ("Hỗ trợ in tem ..." over "03/06/2022").
// markTail marks them as the page's (line.page), so that none is read as a
// line of the notice, and the post's author line printed just above them.
func markTail(out []line) {
	postLists(out)
	tail := tailLabel(out)
	if tail < 0 {
		return
	}
	for i := tail; i < len(out); i++ {
		if out[i].cells != nil || strings.TrimSpace(out[i].text) != "" {
			out[i].page = true
		}
	}
	for j, n := prevText(out, tail), 0; j >= 0 && n < postFootLines && postFoot(out[j].text, n == 0); j, n = prevText(out, j), n+1 {
		if n == 0 && signedName(out, j) {
			break
		}
		out[j].page = true
	}
}

// signedName reports whether the line at j, just above a portal's section
// label, is the signer's name under the signer's title typed in ordinary
// case or in capitals ("Giám đốc" over "Nguyễn Hoàng Bắc"), not the
// post's author line.
func signedName(out []line, j int) bool {
	k := prevText(out, j)
	return k >= 0 && personName(strings.TrimSpace(out[j].text)) && (ordinaryTitle(out[k].text) || capsTitle(strings.TrimSpace(out[k].text)))
}

// postFootLines is how many of the post's own lines stand at most between
// the notice and a portal's section label: the poster's name or initials,
// the files attached.
const postFootLines = 3

// postFoot reports whether a line above a portal's section label is the
// post's own: the files attached to it, by a label (attachedRe) or by a
// file's name ("Đính kèm NQ-HDND TINH TL 5755.rar"), or, just above the
// label (last), its author and unit (authorLine), its byline and view
// count (bylineViewsRe), the poster's initials
// alone ("CCQLĐĐ"), the unit that compiled the post ("Văn phòng Sở ...
// (T/h)", compiledBy) or a file's name as a copy is named ("KH TC CUỘC
// THI (1) (1)"). Above the files, a name is the signer's.
func postFoot(t string, last bool) bool {
	t = strings.TrimSpace(t)
	return attachedRe().MatchString(t) || attachedFileRe().MatchString(t) ||
		last && (authorLine(t) || compiledBy(t) || initialsRe().MatchString(t) || copiedFileRe().MatchString(t) || bylineViewsRe().MatchString(t))
}

var (
	// attachedFileRe is a post's line naming a file attached to it by its
	// extension.
	attachedFileRe = lazyre.New(`(?i)^(?:(?:tài liệu|tệp|file|tập tin) )?(?:đính )?kèm(?: theo)?\s*:?\s*\S.{0,120}\.(?:rar|zip|7z|pdf|docx?|xlsx?|pptx?|jpe?g|png)$`)
	// initialsRe is a poster's initials alone on a line ("CCQLĐĐ", "VP"):
	// one word in capitals.
	initialsRe = lazyre.New(`^\p{Lu}{2,10}$`)
	// copiedFileRe is the name of a file attached to a post as a computer
	// names a copy downloaded again, " (1)" after it ("KH TC CUỘC THI (1)
	// (1)"): words with no sentence's mark, then the copies' counts.
	// bylineViewsRe is a post's byline and view count on one line, as a
	// site prints them under the post ("Tin: PNLượt xem: 541 views"): a
	// label of the author, then the count.
	bylineViewsRe = lazyre.New(`(?i)^(?:tin|bài|ảnh|tác giả|người đăng)\s*:\s*.{0,60}?lượt (?:xem|đọc)\s*:\s*\d[\d.,]*(?:\s*(?:views?|lượt))?$`)
	copiedFileRe  = lazyre.New(`^[^.,;:!?()]{2,100}?(?: \(\d{1,2}\))+$`)
)

// tailLabelRe is the label of a portal's section under a post, the whole
// line, or of its comment form ("Để lại bình luận", and "LEAVE A REPLY" as
// a theme in English prints it, "Bình luận của bạn"), or its empty box ("Chưa có lời bình nào.
// Bắt đầu", a blog's "No comments"), its picker of posts by date ("Xem tin theo ngày:") or the
// readers' rating of the post ("Đánh giá bài viết(0/5)"). No notice
// titles a part of itself so.
var tailLabelRe = lazyre.New(`(?i)^(?:ý kiến (?:của )?bạn đọc|gửi ý kiến(?: (?:của bạn|bạn đọc))?|bình luận(?: của bạn)?|no comments|(?:để lại|viết|gửi) (?:một )?bình luận|leave a (?:reply|comment)|tin tiếp theo|tin trước|(?:những |các )?tin (?:mới|cũ)(?: hơn| nhất)?|(?:tin|thông báo) đã đưa|(?:các )?(?:tin|thông báo) đã đăng|` +
	`(?:các )?tin(?: tức)? (?:khác|liên quan|cùng (?:chuyên mục|loại|lĩnh vực))|(?:các )?bài (?:viết )?(?:khác|liên quan|cùng chuyên mục)|xem thêm(?: tin)?|` +
	`tiện ích thông tin|xem tin theo ngày|đánh giá bài viết ?(?:\(\d{1,2}(?:[.,]\d)?/\d{1,2}\))?|chúng tôi trên mạng xã hội|chưa có (?:lời bình|bình luận|ý kiến)(?: nào)?(?:\. bắt đầu)?)\s*:?$`)

// datePickerRe is a portal's picker of posts by date with its
// fields' labels served after it ("Xem tin theo ngày:     Tháng:    Năm:"), the
// whole line.
var datePickerRe = lazyre.New(`(?i)^xem tin theo ngày\s*:?(?:\s*(?:ngày|tháng|năm)\s*:?)+$`)

// datePicker reports whether t is a picker of posts by date with its
// fields (datePickerRe), tried on a line opening "Xem".
func datePicker(t string) bool {
	return len(t) > 3 && t[0]|0x20 == 'x' && datePickerRe().MatchString(t)
}

// attachedRe is a portal's line of the files attached to a post, just
// above its sections ("Tài liệu kèm theo: Thông báo số 375/TB-SGTVT").
var attachedRe = lazyre.New(`(?i)^(?:tài liệu|tệp|file|tập tin) (?:đính )?kèm(?: theo)?\s*:`)

// tailLabelRunes is how many characters a match of tailLabelRe holds at
// most before its "\s*:?" (TestTailLabelBounds).
const tailLabelRunes = 30

// mayBeTailLabel reports whether t (trimmed) may be a match of
// tailLabelRe: it opens with a letter one of its labels opens with, in
// either case, and, its colon and the spaces before it cut, is no longer
// in bytes than tailLabelRunes characters may be (four bytes each at
// most). The expression is tried on few of a text's lines.
func mayBeTailLabel(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch unicode.ToLower(r) {
	case 'ý', 'g', 'b', 'đ', 'v', 'l', 't', 'n', 'c', 'x':
	default:
		return false
	}
	return len(strings.TrimRightFunc(strings.TrimSuffix(t, ":"), unicode.IsSpace)) <= 4*tailLabelRunes
}

// tailLines is how many lines of text stand at least above a portal's
// section label: under fewer, the label is no post's end.
const tailLines = 5

// tailRunes is how many characters of text above a portal's section
// label make a post's end too, on fewer lines: a notice served as one line
// or a few long ones ("Các tin đã đăng" under a post of two paragraphs).
const tailRunes = 300

// tailLabel is the index of the first line that is a portal's section
// label (tailLabelRe) under tailLines lines of text at least, or
// tailRunes characters, or -1.
func tailLabel(out []line) int {
	seen, runes := 0, 0
	for i, l := range out {
		if l.cells != nil || strings.TrimSpace(l.text) == "" {
			continue
		}
		if (seen >= tailLines || runes >= tailRunes) && (mayBeTailLabel(strings.TrimSpace(l.text)) && tailLabelRe().MatchString(strings.TrimSpace(l.text)) || lastLabel(out, i) || datePicker(strings.TrimSpace(l.text)) || reactionsLine(l)) {
			return i
		}
		seen++
		runes += utf8.RuneCountInString(l.text)
	}
	return -1
}

// lastLabelRe is the label of a page's comment form that may also head
// a part of a report ("Nhận xét"): only the text's last line is the
// page's label, its form not served under it.
var lastLabelRe = lazyre.New(`(?i)^nhận xét\s*:?$`)

// lastLabel reports whether the line at i is the text's last line and a
// comment form's label (lastLabelRe).
func lastLabel(out []line, i int) bool {
	t := strings.TrimSpace(out[i].text)
	if len(t) > len("nhận xét:") || t == "" || t[0]|0x20 != 'n' {
		return false
	}
	for _, n := range out[i+1:] {
		if n.cells != nil || strings.TrimSpace(n.text) != "" {
			return false
		}
	}
	return lastLabelRe().MatchString(t)
}

// prevText is the index of the last line before i that holds text or
// cells, or -1.
func prevText(out []line, i int) int {
	for i--; i >= 0; i-- {
		if out[i].cells != nil || strings.TrimSpace(out[i].text) != "" {
			return i
		}
	}
	return -1
}

// authorWords is how many words a post's author line holds at most.
const authorWords = 14

// authorLine reports whether a line is a post's author and unit, as a
// portal prints them under the post ("Ngô Văn ThốngTrung tâm Khuyến nông
// và DVNN"): a short line of no sentence, no mark at its end, opening with
// a capital and no list mark.
func authorLine(t string) bool {
	t = strings.TrimSpace(t)
	w := strings.Fields(t)
	if len(w) < 2 || len(w) > authorWords || strings.ContainsAny(t, ".,;:!?()/") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// listDateRe is a post's date alone on its line under its title in a
// portal's list of posts.
var listDateRe = lazyre.New(`^\d{2}/\d{2}/\d{4}$`)

// listPosts is how many posts, a title over a date, a portal's list holds
// at least: fewer may be a table of the notice read one cell a line.
const listPosts = 3

// postLists marks a portal's list of posts as the page's: listPosts or
// more lines of a title, each over a date alone on its line in the
// portal's form "dd/mm/yyyy", with blank lines between.
func postLists(out []line) {
	var run []int
	flush := func() {
		if len(run) >= 2*listPosts {
			for _, k := range run {
				out[k].page = true
			}
		}
		run = run[:0]
	}
	for i := 0; i < len(out); i++ {
		if out[i].cells != nil || strings.TrimSpace(out[i].text) == "" {
			continue
		}
		j := nextText(out, i+1)
		if j == i+1 && out[j].cells == nil && !listDateRe().MatchString(strings.TrimSpace(out[i].text)) && listDateRe().MatchString(strings.TrimSpace(out[j].text)) {
			run = append(run, i, j)
			i = j
			continue
		}
		flush()
	}
	flush()
}
