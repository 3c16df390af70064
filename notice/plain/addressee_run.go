package plain

import "strings"

// addresseeRun parts a Kính gửi line a page ran on with the opening of
// the body ("Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực
// hiện Kế hoạch số ..."): the addressees up to the "." before an opening
// word (openingRe), and the body from it. ok is false when l is no such
// line.
func addresseeRun(l line) (to, body line, ok bool) {
	if l.cells != nil || !addresseeRe().MatchString(l.text) {
		return line{}, line{}, false
	}
	for i := 0; ; {
		j := strings.Index(l.text[i:], ". ")
		if j < 0 {
			return line{}, line{}, false
		}
		cut := i + j + 1
		rest := strings.TrimLeft(l.text[cut:], " ")
		if openingRe().MatchString(rest) {
			to, body = l.part(0, cut), l.part(cut, len(l.text))
			return to, body, to.text != "" && body.text != ""
		}
		i = cut
	}
}
