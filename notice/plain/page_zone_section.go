package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A site prints the name of the section a post stands in under its
// breadcrumb and over the post's title ("Thông tin tuyên truyền", "Lâm
// nghiệp - Kiểm Lâm", "TIẾP DÂN, GIẢI QUYẾT KN - TC"), its menu's items
// as plain words over the breadcrumb ("Thư viện", "Văn bản - Thông báo -
// Thư mời"), a links box's items under its heading ("Sở, Ban, Ngành UBND
// Huyện, Thị xã, Thành phố" under "Liên kết website"). By their words
// such lines are short headings like a notice's own run-in heading or its
// issuer's name, so they are read by their place alone: at the top of the
// text, a run of at most placedRunMost of them between two lines the
// page's zones read as the page's, one of the two a line that leads into
// the site's own lines (a breadcrumb, a links box's heading, a menu's
// separator "|"). A notice's first lines stand over the notice's own
// text, never between the trail to the post and the post's title.

// Bounds of a section's or a menu item's name, and of a run of them.
const (
	crumbSectionRunes = 60
	crumbSectionWords = 10
	placedRunMost     = 3
)

// crumbSection marks as the page's each run of short lines at the top of
// the text that stands between two of the page's lines, one of them a
// breadcrumb, a links box's heading or a menu's separator.
func crumbSection(out []line) {
	for i := 0; i < len(out); i++ {
		if t := strings.TrimSpace(out[i].text); out[i].page || out[i].cells == nil && (t == "" || zoneSeparator(t)) {
			continue
		}
		if out[i].cells != nil || noticeOpens(out[i]) {
			return
		}
		j, n := i, 0 // the run out[i:j] of names, n of them with text
		for ; j < len(out) && n <= placedRunMost; j++ {
			t := strings.TrimSpace(out[j].text)
			if out[j].page || out[j].cells != nil || zoneSeparator(t) || t != "" && !sectionNameLike(t) {
				break
			}
			if t != "" {
				n++
			}
		}
		up, down := nonBlankAbove(out, i), j
		if n == 0 || n > placedRunMost || j >= len(out) || up < 0 || !placedBetween(out[up], out[down]) {
			return
		}
		for k := i; k < j; k++ {
			if strings.TrimSpace(out[k].text) != "" {
				out[k].page = true
			}
		}
		i = j
	}
}

// placedBetween reports whether a run of names between the lines up and
// down is the page's by its place: both the page's or a menu's separator,
// one of them at least read as the page's, one of them leading into the
// site's own lines.
func placedBetween(up, down line) bool {
	pageLike := func(l line) bool { return l.page || leadsIn(l) }
	return pageLike(up) && pageLike(down) && (up.page || down.page) && (leadsIn(up) || leadsIn(down))
}

// leadsIn reports whether a line of the page's leads into the site's own
// lines: its breadcrumb, a links box's heading, a menu's separator.
func leadsIn(l line) bool {
	t := strings.TrimSpace(l.text)
	return l.cells == nil && (mayBeBreadcrumb(t) && breadcrumbRe().MatchString(t) || zoneBreadcrumbRe().MatchString(t) || zoneLinksRe().MatchString(t) || zoneSeparator(t))
}

// zoneSeparator reports whether t is a menu's separator left alone on
// its line: "|", "»" (a literal test: it is asked of every line of both
// zones).
func zoneSeparator(t string) bool {
	return t != "" && strings.Trim(t, separatorMarks) == ""
}

// separatorMarks are the marks a menu's separator line is made of, with
// the spaces an expression's \s takes.
const separatorMarks = "|¦»•·/\t\n\f\r "

// sectionNameLike reports whether t may be a section's name: a few
// words, no figure, no mark that ends a sentence or a clause, no tên
// loại and no trích yếu.
func sectionNameLike(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > crumbSectionRunes || len(strings.Fields(t)) > crumbSectionWords {
		return false
	}
	if strings.IndexFunc(t, unicode.IsDigit) >= 0 || strings.ContainsAny(t, ".;:!?") || strings.IndexFunc(t, unicode.IsLetter) < 0 {
		return false
	}
	return !isTitle(t) && !aboutRe().MatchString(t)
}

// nonBlankAbove is the index of the nearest line over out[i] that holds
// text or cells, or -1.
func nonBlankAbove(out []line, i int) int {
	for k := i - 1; k >= 0; k-- {
		if out[k].cells != nil || strings.TrimSpace(out[k].text) != "" {
			return k
		}
	}
	return -1
}
