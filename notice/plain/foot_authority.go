package plain

import (
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// ordinaryAuthorityRe starts an authority line typed in ordinary case,
// without its period ("TM các trường MN,TH,THCS trong xã") or with it
// ("TM. UBND xã Lạc Hồng", served with no blank line under the body's
// last sentence).
var ordinaryAuthorityRe = lazyre.New(`^(?:TUQ|TM|KT|TL)(?:\s+|\.\s*)\p{L}`)

// footSlashDateRe is a place and date typed with slashes at the foot:
// "Châu Can, ngày 6/3/2020", "Châu Can, 6/3/2020".
var footSlashDateRe = lazyre.New(`(?i)^\p{Lu}[ \p{L}]{1,40},\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\.?$`)

// ordinaryAuthority reports whether t is an authority line typed in
// ordinary case, with its period or without, over a signer's title: short, no
// sentence in it, and the next line a title ("HIỆU TRƯỞNG", "Hiệu
// trưởng"). signer-spacing and signer-case say its form.
func (r *reader) ordinaryAuthority(t string) bool {
	if !ordinaryAuthorityRe().MatchString(t) || utf8.RuneCountInString(t) > 60 || cite.HasMarker(t) || finished(t) {
		return false
	}
	n := r.nextText()
	return n != "" && (capsTitle(n) || ordinaryTitle(n)) && !isTitle(n)
}

// footSlashDate reports whether l, read in the body, is the place and date
// typed at the foot with slashes, over an authority line or a signer's
// title; date-format says its form.
func (r *reader) footSlashDate(l line) bool {
	if !footSlashDateRe().MatchString(l.text) || r.lastBody() < 0 {
		return false
	}
	for _, p := range r.paras {
		if p.Kind == Header && (placeDateRe().MatchString(p.Text) || footSlashDateRe().MatchString(p.Text)) {
			return false
		}
	}
	n := r.nextText()
	return authorityLine(n) || ordinaryAuthorityRe().MatchString(n) || capsTitle(n) && !isTitle(n) && utf8.RuneCountInString(n) < 60
}

// nextText returns the next line after the one being read that holds
// text, "" if none.
func (r *reader) nextText() string {
	for _, n := range r.lines[r.at+1:] {
		if n.text == "" && n.cells == nil || isDecor(n.text) {
			continue
		}
		if n.cells != nil {
			return ""
		}
		return n.text
	}
	return ""
}
