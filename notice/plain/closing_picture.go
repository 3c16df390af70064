package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// pictureRe is a Markdown image alone on its line, as a scan converted to
// Markdown leaves where it found a picture, not text: the signature with
// its stamp, a seal, a page ("![](images/65e08f90....jpg)").
var pictureRe = lazyre.New(`^!\[[^\]]*\]\([^)]*\)$`)

// appendixOpensRe begins an appendix's heading, its title on the same line
// or on the next: "Phụ lục I DANH MỤC THỦ TỤC HÀNH CHÍNH ...", "PHỤ LỤC".
var appendixOpensRe = lazyre.New(`^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:[IVXLC]+|\d+))?(?:\s+\p{Lu}|$)`)

// closingPicture reads a line at the end that neither names a recipient
// nor goes on with one: a picture, which names no one and continues no
// line (skipped), and, after a Lưu line closed by "." with no signature
// read as text, an appendix's heading, which opens the appendix.
func (r *reader) closingPicture(l line) bool {
	switch {
	case pictureRe().MatchString(l.text):
		return true
	case !r.signed && !r.named && r.recipientsEnded() && appendixOpensRe().MatchString(l.text):
		r.st = inAfter
		r.line(l, true)
		return true
	}
	return false
}
