package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A site that serves a notice's attached files sets its download link in
// the line that names the file, at the line's end, in brackets: "- Báo
// cáo tóm tắt Quy hoạch ... (Tải về);", and glued to the word before it
// where the page lost the space ("Dĩ An(Tải về)"), or in angle brackets
// after the notice's own words, naming the file it serves ("... thành
// phố Sa Đéc. <Tải văn bản gốc>"). No notice writes a
// link's label in its text: dropLinkLabel drops it from the line, with
// the spaces before it, and keeps the mark after it.

// linkLabelRe is a download link's label in brackets at a line's end,
// perhaps before the line's last mark.
var linkLabelRe = lazyre.New(`(?i)\s*(?:[(\[](?:tải về|tải xuống|download)[)\]]|<(?:tải về|tải xuống|download|tải (?:văn bản|tệp|tập tin|file)(?: gốc| đính kèm| đầy đủ)?)>)\s*[;,.:]?\s*$`)

// dropLinkLabel drops a download link's label (linkLabelRe) from the end
// of the line, keeping the map in step. The line is read as the file
// wrote it (before toNFC): a label written with combining marks is kept.
func (l *line) dropLinkLabel() {
	if !strings.Contains(l.text, "ải về") && !strings.Contains(l.text, "ải xuống") && !lazyre.ContainsFold(l.text, "download") && !strings.Contains(l.text, "ải văn bản") && !strings.Contains(l.text, "ải tệp") && !strings.Contains(l.text, "ải tập tin") && !strings.Contains(l.text, "ải file") {
		return
	}
	m := linkLabelRe().FindStringIndex(l.text)
	if m == nil {
		return
	}
	end := m[0] + strings.IndexAny(l.text[m[0]:], ")]>") + 1
	l.text, l.src = l.text[:m[0]]+l.text[end:], append(l.src[:m[0]:m[0]], l.src[end:]...)
	l.trim()
}
