package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A body closed by "./." has ended: what a web page prints under it, the
// office's contacts ("Tel: ...", "Website: ..."), the label of a portal's
// section ("bình luận", "Bài viết liên quan") and the posts listed under
// it, is the page's, never the body's last sentence. The end block may
// still follow: "Nơi nhận:", an authority line, a line pushed to the
// right column.

// contactRe is a line of an office's contacts as a page prints them under
// a post: a label of a telephone, fax, mail or web address and its value.
var contactRe = lazyre.New(`(?i)^(?:tel|điện thoại|đt|fax|hotline|e-?mail|website|web)\s*:\s*\S.{0,80}$`)

// closedBody reports whether the body has closed: its last paragraph is
// the last one read and ends with "./.".
func (r *reader) closedBody() bool {
	last := r.lastBody()
	return last >= 0 && last == len(r.paras)-1 && strings.HasSuffix(strings.TrimSpace(r.paras[last].Text), "./.")
}

// closedPage reports whether l, in the body, is a line of the page's
// under a body closed by "./." (closedBody): a contact line (contactRe)
// or a portal's section label (tailLabelRe) starts the page's lines, and
// every line after them is the page's too, but for a line of the end
// block ("Nơi nhận:", an authority line, a signer's line pushed to the
// right: footSigner). A short line pushed to the right that is neither a
// signer's title nor a name, the office's name alone at the foot as a
// page prints it ("Bảo tàng Văn học Việt Nam"), is the page's too: no
// sentence of the body and no signature.
func (r *reader) closedPage(l line) bool {
	t := strings.TrimSpace(l.text)
	foot := r.footLine(l)
	if foot && (capsTitle(t) && !isTitle(t) || personName(t)) {
		return false // footSigner's
	}
	if r.closed {
		return !labelRe().MatchString(t) && !authorityLine(t)
	}
	if !r.closedBody() || !foot && !contactRe().MatchString(t) && !tailLabelRe().MatchString(t) && !fileLine(t) {
		return false
	}
	r.closed = true
	return true
}

// footLine reports whether l is a short line pushed to the right column
// under a body closed by "./." (or the page's lines under it), no
// sentence: where a signature stands.
func (r *reader) footLine(l line) bool {
	t := strings.TrimSpace(l.text)
	return (r.closed || r.closedBody()) && r.pushedRight(l) && utf8.RuneCountInString(t) < 60 &&
		!finished(t) && !cite.HasMarker(t) && startsUpper(t)
}

// footSigner reads, under a body closed by "./." (or the page's lines
// under it), a short line pushed to the right column in capitals, a
// signer's title ("HIỆU TRƯỞNG") with no "Nơi nhận:" under it, or a
// signer's name alone there, as the signature's, and reports whether it
// did.
func (r *reader) footSigner(l line) bool {
	t := strings.TrimSpace(l.text)
	if !r.footLine(l) {
		return false
	}
	switch {
	case capsName(t):
		r.add(Name, l) // "NGUYỄN VĂN A"
		r.named = true
	case capsTitle(t) && !isTitle(t):
		r.add(Signer, l)
		r.signed = true
	case personName(t):
		r.add(Name, l)
		r.named = true
	default:
		return false
	}
	r.st = inClosing
	return true
}

// startsUpper reports whether s starts with a capital letter.
func startsUpper(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}
