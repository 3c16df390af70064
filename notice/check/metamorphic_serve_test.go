package check_test

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// served is a text as a page serves it: its lines, the line end, and for
// each line the lines of the original text it was made from (1-based;
// none for a line the page added).
type served struct {
	lines []string
	from  [][]int
	eol   string
}

// serve is one way a page serves a notice's text.
type serve struct {
	name  string
	doc   string
	apply func(lines []string) served
	// prose: only for a text not laid out in columns (pdftotext -layout),
	// which no page serves this way
	prose bool
}

// serves are the ways pages serve a notice that the metamorphic harness
// applies to every dev text: each models one habit of a site seen in the
// rounds' texts, and none changes a word of the notice.
var serves = []serve{
	{"crlf", "lines end with CR LF", func(ls []string) served { s := same(ls); s.eol = "\r\n"; return s }, false},
	{"trailing-space", "two spaces after every line", func(ls []string) served {
		return eachLine(ls, func(l string) string { return l + "  " })
	}, false},
	{"leading-space", "a space before every line that has text", func(ls []string) served {
		return eachLine(ls, func(l string) string {
			if strings.TrimSpace(l) == "" {
				return l
			}
			return " " + l
		})
	}, true},
	{"nbsp", "every space a no-break space", func(ls []string) served {
		return eachLine(ls, func(l string) string { return strings.ReplaceAll(l, " ", "\u00a0") })
	}, true},
	{"blank-between", "a blank line after every line", blankBetween, true},
	{"no-blanks", "blank lines dropped", noBlanks, true},
	{"wrap-80", "lines over 80 columns wrapped at a space, as a legal library serves a copy", func(ls []string) served { return wrap(ls, 80) }, true},
	{"wrap-78", "lines over 78 columns wrapped at a space", func(ls []string) served { return wrap(ls, 78) }, true},
	{"chrome-top", "the page's own lines above the notice: menu, post title, posting date", chromeTop, true},
	{"chrome-bottom", "the page's own lines below the notice: other posts with dates, a link", chromeBottom, true},
	{"header-cells", `the header's cells one per line with "|" lines between`, serveHeaderCells, true},
	{"header-one-line", "the header's cells run into one line", serveHeaderOneLine, true},
}

// same serves the lines as they are.
func same(ls []string) served {
	s := served{eol: "\n"}
	for i, l := range ls {
		s.add(l, i+1)
	}
	return s
}

func (s *served) add(line string, from ...int) {
	s.lines = append(s.lines, line)
	s.from = append(s.from, from)
}

func (s served) text() []byte {
	eol := s.eol
	if eol == "" {
		eol = "\n"
	}
	return []byte(strings.Join(s.lines, eol) + eol)
}

func eachLine(ls []string, f func(string) string) served {
	s := served{}
	for i, l := range ls {
		s.add(f(l), i+1)
	}
	return s
}

func blankBetween(ls []string) served {
	s := served{}
	for i, l := range ls {
		s.add(l, i+1)
		s.add("")
	}
	return s
}

func noBlanks(ls []string) served {
	s := served{}
	for i, l := range ls {
		if strings.TrimSpace(l) != "" {
			s.add(l, i+1)
		}
	}
	return s
}

// wrap breaks every line longer than width columns at its last space
// within them, as thuvienphapluat and thuviennhadat serve a copy. A line
// no such library serves as prose stays whole: Markdown's or HTML's
// markup (a table's row, a heading, a comment), columns side by side (a
// run of spaces or a tab inside it).
func wrap(ls []string, width int) served {
	s := served{}
	for i, l := range ls {
		for prose(l) && utf8.RuneCountInString(l) > width {
			cut := lastSpaceWithin(l, width)
			if cut <= 0 {
				break
			}
			s.add(l[:cut], i+1)
			l = strings.TrimLeft(l[cut:], " ")
		}
		s.add(l, i+1)
	}
	return s
}

// prose reports whether a library would wrap line l as prose: no markup
// opens it and no columns stand side by side in it.
func prose(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && !strings.ContainsAny(t[:1], "|#<>*`") && !strings.Contains(t, "   ") && !strings.Contains(t, "\t")
}

// lastSpaceWithin returns the byte offset of the last space among the
// first width+1 runes of l, or -1.
func lastSpaceWithin(l string, width int) int {
	cut, n := -1, 0
	for off, r := range l {
		if n > width {
			break
		}
		if r == ' ' && strings.TrimSpace(l[:off]) != "" {
			cut = off
		}
		n++
	}
	return cut
}

// pageTop is what a site's page shows above a post; the post's title is
// put after it.
var pageTop = []string{"Trang chủ", "Tin tức - Sự kiện", "Thông báo"}

// pageBottom is what a site's page shows below a post.
var pageBottom = []string{
	"Lượt xem: 1.254",
	"Các tin đã đăng",
	"Thông báo lịch tiếp công dân tháng 12 năm 2024 (28/11/2024)",
	"Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện (20/11/2024)",
	"Tin tức khác",
	"Hội nghị tổng kết công tác năm 2024 - 15/12/2024 08:30",
	"Xem chi tiết tại đây",
}

func chromeTop(ls []string) served {
	s := served{}
	for _, l := range pageTop {
		s.add(l)
	}
	if t := postTitle(ls); t != "" {
		s.add(t)
	}
	s.add("Ngày đăng: 03/12/2024 09:15")
	for i, l := range ls {
		s.add(l, i+1)
	}
	return s
}

func chromeBottom(ls []string) served {
	s := same(ls)
	for _, l := range pageBottom {
		s.add(l)
	}
	return s
}

// postTitle is the title a site gives a post of the notice: its kind and
// subject in sentence case ("Thông báo kết luận của ..."), from the
// notice's title line and the line after it; "" when none is found.
func postTitle(ls []string) string {
	for i, l := range ls {
		if i > 40 {
			break
		}
		t := strings.TrimSpace(l)
		if !kindTitle.MatchString(t) {
			continue
		}
		title := sentenceCase(t)
		if i+1 < len(ls) {
			next := strings.TrimSpace(ls[i+1])
			if strings.ToUpper(next) == next {
				next = strings.ToLower(next)
			}
			title += " " + next
		}
		return strings.TrimSpace(title)
	}
	return ""
}

var kindTitle = regexp.MustCompile(`^(THÔNG BÁO|KẾ HOẠCH|QUYẾT ĐỊNH|BÁO CÁO|HƯỚNG DẪN|TỜ TRÌNH|GIẤY MỜI|CHỈ THỊ|NGHỊ QUYẾT|CÔNG VĂN)$`)

func sentenceCase(s string) string {
	lower := strings.ToLower(s)
	r, n := utf8.DecodeRuneInString(lower)
	return string(unicode.ToUpper(r)) + lower[n:]
}

// servedHeaderEnd returns the number of lines of the header (the issuer, the
// motto, the number and the place and date) and whether the text has one
// the harness can part into cells: a motto line starting a line and a
// number or date line after it within the first 40 lines.
func servedHeaderEnd(ls []string) (int, bool) {
	motto, end := -1, -1
	for i, l := range ls {
		if i >= 40 {
			break
		}
		t := strings.TrimSpace(l)
		switch {
		case strings.Trim(t, "|-_*= ") == "":
			continue // a blank, a rule, a cell's bar
		case motto < 0 && mottoStart.MatchString(t):
			motto = i
		case motto >= 0 && (numberLine.MatchString(t) || dateLine.MatchString(t)):
			end = i + 1
		case end > 0 && t != "":
			return end, true
		}
	}
	return end, motto >= 0 && end > 0
}

var (
	mottoStart = regexp.MustCompile(`^CỘNG HO?[ÀÒ]A`)
	numberLine = regexp.MustCompile(`^Số\s*:`)
	dateLine   = regexp.MustCompile(`, ngày .*(tháng|/)`)
)

// serveHeaderCells parts the header into cells (the issuer, the motto, the
// number, the date) and serves them one after the other with a line "|"
// between, as a page's table is served.
func serveHeaderCells(ls []string) served {
	end, ok := servedHeaderEnd(ls)
	if !ok {
		return same(ls)
	}
	s := served{}
	for i := 0; i < end; i++ {
		t := strings.TrimSpace(ls[i])
		if t == "" || t == "|" {
			continue
		}
		if i > 0 && len(s.lines) > 0 && cellStart(t) {
			s.add("|")
		}
		s.add(ls[i], i+1)
	}
	for i := end; i < len(ls); i++ {
		s.add(ls[i], i+1)
	}
	return s
}

func cellStart(t string) bool {
	return mottoStart.MatchString(t) || numberLine.MatchString(t) || dateLine.MatchString(t)
}

// serveHeaderOneLine serves the header's lines as one line, the cells run
// into each other.
func serveHeaderOneLine(ls []string) served {
	end, ok := servedHeaderEnd(ls)
	if !ok {
		return same(ls)
	}
	s := served{}
	var parts []string
	var from []int
	for i := 0; i < end; i++ {
		t := strings.TrimSpace(ls[i])
		if t == "" || t == "|" {
			continue
		}
		parts = append(parts, t)
		from = append(from, i+1)
	}
	s.add(strings.Join(parts, " "), from...)
	for i := end; i < len(ls); i++ {
		s.add(ls[i], i+1)
	}
	return s
}
