package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// pageHeaderRe is the comment a layout converter (Azure's Document
	// Intelligence in Markdown) writes for what it took for the page's
	// running head: `<!-- PageHeader="TRƯỜNG ĐẠI HỌC BÁCH KHOA" -->`. Its
	// group is the text the page holds there.
	pageHeaderRe = lazyre.New(`^\s*<!--\s*PageHeader="([^"]*)"\s*-->\s*$`)
	// pageLeadRe is a line a converter writes above a page's text: its
	// rule ("---") or its heading ("## Page 1").
	pageLeadRe = lazyre.New(`^\s*(?:-{3,}|#{0,6}\s*(?:Page|Trang)\s+\d+)\s*$`)
)

// pageHeaderLines puts in place of each PageHeader comment at the top of
// a converter's text the text the comment quotes: on a notice's first
// page what the converter took for the page's running head is the
// header's cells, the issuer's name and the Quốc hiệu, which its text
// below never repeats. Only the comments above the first line of the
// text's own are read so; a later page's running head stays a comment,
// which cleanLine blanks out. The converter's page heading above them
// ("## Page 1") is then its mark, no line of the notice: it is blanked,
// so that the header is the text's first line.
func pageHeaderLines(raws []rawLine) {
	var leads []int
	read := false
	for i := range raws {
		s := raws[i].s
		if strings.TrimSpace(s) == "" {
			continue
		}
		if pageLeadRe().MatchString(s) {
			leads = append(leads, i)
			continue
		}
		m := pageHeaderRe().FindStringSubmatchIndex(s)
		if m == nil {
			break
		}
		raws[i].s = s[m[2]:m[3]]
		raws[i].off += m[2]
		read = true
	}
	if !read {
		return
	}
	for _, i := range leads {
		raws[i].s = ""
	}
}
