package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// starItemRe opens an item of a list marked "*", as a drafter types one
// ("* Ngày 22/3/2017, tại điểm thi ...") or a page renders a Word list:
// the star, a space, the item's text.
var starItemRe = lazyre.New(`^[ \t]*\*[ \t]+[^\s*]`)

// starItem reports whether a raw line opens with a list's "*" mark. The
// reader drops the star as Markdown's markup, so the line keeps the mark
// in line.star: an item so marked after a blank line is an item of its
// own, never a paragraph a page break cut, even under an item that ends
// with "," (the item's slip, said by the rules).
func starItem(raw string) bool {
	return starItemRe().MatchString(raw)
}
