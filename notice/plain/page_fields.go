package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A site that shares documents, or a portal that posts drafts for
// comment, prints its own record of the post above the text, one field a
// line under the post's title: the uploader's note and fields ("(Tài liệu
// chưa được thẩm định)", "Người gửi: ...", "Ngày gửi: 16h:18' 05-03-2012",
// "Dung lượng: 29.5 KB", "Số lượt tải: 27"), the draft's fields ("Loại văn
// bản: Quyết định", "Ngày đăng dự thảo: 28/6/2021", "Ngày hết hạn lấy ý
// kiến: 28/7/2021", "Đơn vị chủ trì: ..."). No notice opens with such
// fields: markPostFields marks them, and the post's title over them, as
// the page's (line.page).
var (
	// postFieldRe is a field of such a record, the whole line: its label,
	// a colon, and a short value or none ("Nguồn:").
	postFieldRe = lazyre.New(`(?i)^(?:người gửi|ngày gửi|dung lượng|số lượt tải|lượt tải|số lượt thích|số lượt xem|nguồn|loại văn bản|trích yếu|ngày đăng dự thảo|ngày hết hạn lấy ý kiến|ngày hết hạn góp ý|đơn vị chủ trì|cơ quan chủ trì|cơ quan soạn thảo)\s*:(?:\s*\S.{0,150})?$`)
	// postOnlyFieldRe is a field only a site's record writes: a notice
	// may write "Trích yếu:" or "Nguồn:", never these.
	postOnlyFieldRe = lazyre.New(`(?i)^(?:người gửi|ngày gửi|dung lượng|số lượt tải|lượt tải|số lượt thích|số lượt xem|ngày đăng dự thảo|ngày hết hạn lấy ý kiến|ngày hết hạn góp ý|đơn vị chủ trì)\s*:`)
	// uploadNoteRe is a document site's note on an upload, alone on its
	// line.
	uploadNoteRe = lazyre.New(`(?i)^\(\s*tài liệu chưa được thẩm định\s*\)$`)
)

const (
	// postFieldsMin is how many of a record's lines stand together at
	// least, postOnlyMin how many of them only a record writes.
	postFieldsMin = 3
	postOnlyMin   = 2
	// postFieldsTop is how many lines of text may stand above the
	// record: the post's title, perhaps over two lines.
	postFieldsTop = 2
)

// markPostFields marks a record of postFieldsMin fields or more, of which
// postOnlyMin only a record writes, standing under at most postFieldsTop
// lines of text at the head of a text, and the lines above it (the post's
// title), as the page's. The record's lines run on with blank lines
// between them or none; a line of the header, a row of cells or any
// other line ends it.
func markPostFields(out []line) {
	start := -1
	var above []int
	for i, l := range out {
		if l.cells == nil && (strings.TrimSpace(l.text) == "" || l.page) {
			continue
		}
		if l.cells == nil && postField(l.text) {
			start = i
			break
		}
		if l.cells != nil || len(above) == postFieldsTop || headerShaped(strings.TrimSpace(l.text)) || isTitle(strings.TrimSpace(l.text)) {
			return
		}
		above = append(above, i)
	}
	if start < 0 {
		return
	}
	var block []int
	only := 0
	for i := start; i < len(out); i++ {
		l := out[i]
		if l.cells == nil && strings.TrimSpace(l.text) == "" {
			continue
		}
		if l.cells != nil || !postField(l.text) {
			break
		}
		if postOnlyFieldRe().MatchString(strings.TrimSpace(l.text)) {
			only++
		}
		block = append(block, i)
	}
	if len(block) < postFieldsMin || only < postOnlyMin {
		return
	}
	for _, k := range append(above, block...) {
		out[k].page = true
	}
}

// postField reports whether a line is a field of a site's record of a
// post or its note on an upload.
func postField(t string) bool {
	t = strings.TrimSpace(t)
	return postFieldRe().MatchString(t) || uploadNoteRe().MatchString(t)
}
