package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// signatureTail reports whether l, in the body, starts the signature of
// a copy cut inside its signature block: a short line in capitals with no
// number before it ("HIỆU TRƯỞNG", "TRƯỞNG ") after which the text holds
// only what a signature holds (more of the title, "(Đã ký)", one name).
// The signer's title is no line of the body, and the body's last line is
// the one before it. The page's own lines under the post (markTail) end
// the search.
func (r *reader) signatureTail(l line) bool {
	t := strings.TrimSpace(l.text)
	if !isUpper(t) && !ordinaryTitle(t) || utf8.RuneCountInString(t) >= 40 || cite.HasMarker(t) || strings.ContainsAny(t, ".:;,0123456789") {
		return false
	}
	names := 0
	for _, next := range r.lines[r.at+1:] {
		n := strings.TrimSpace(next.text)
		if next.page {
			break // the portal's sections under the post ("Các tin đã đăng"): no line of the notice
		}
		switch {
		case next.cells != nil:
			return false
		case n == "" || signNoteRe().MatchString(n):
		case isUpper(n) && utf8.RuneCountInString(n) < 40 && !strings.ContainsAny(n, ".:;,"), ordinaryTitle(n) && names == 0:
		case personName(n) && names == 0:
			names++
		default:
			return false
		}
	}
	return true
}

// personName reports whether s reads as a person's name: two to five
// words, each starting with a capital, nothing else.
func personName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) {
				return false
			}
		}
	}
	return true
}

// signedCopy reports whether l, in the body, is a signer's title over the
// note of a signed copy ("đã kí", "(Đã ký)") and the signer's name, each
// on its own line ("Chi cục Trưởng" / "đã kí" / "Trần Thành Hải"): the
// signature as a portal types the signed copy, whatever the page prints
// under it.
func (r *reader) signedCopy(l line) bool {
	t := strings.TrimSpace(l.text)
	if utf8.RuneCountInString(t) >= 40 || !ordinaryTitle(t) && !(isUpper(t) && capsTitle(t)) {
		return false
	}
	texts := make([]string, 0, 2)
	for _, next := range r.lines[r.at+1:] {
		if next.cells != nil {
			return false
		}
		if n := strings.TrimSpace(next.text); n != "" {
			texts = append(texts, n)
			if len(texts) == 2 {
				break
			}
		}
	}
	return len(texts) == 2 && signNoteRe().MatchString(texts[0]) && personName(texts[1])
}
