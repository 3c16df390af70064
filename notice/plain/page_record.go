package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A crawler or a scraper that stores a post as text writes its own record
// of the post at the head of the file: labels in brackets on lines of
// their own with the value under each ("[TITLE]", "[URL]", "[META]"),
// fields of a name and a value ("school: ptit", "tags: 2022,hoc_bong",
// "hash: 160e58b7...", "- **Author:** Vũ Khánh", "- **Original URL:**
// https://..."), a link alone, a rule ("---") that closes it. No line of a
// notice is written so: a notice's first lines are its header, its tên
// loại or its body.
var (
	// recordLabelRe is a record's label in brackets, alone on its line.
	recordLabelRe = lazyre.New(`^\[[A-Za-z][A-Za-z _-]{1,19}\]$`)
	// recordFieldRe is a record's field: a name in ASCII small letters
	// ("school", "hash", "crawled_at") or a scraper's label in English,
	// then a colon and a value, perhaps as a list's item.
	recordFieldRe = lazyre.New(`^(?:[-*+]\s+)?(?:[a-z][a-z_]{1,15}|(?i:author|date|original url|url|source|title|link|published|category|tags))\s*:\s*\S`)
	// recordNamedRe is a field whose name only a record writes.
	recordNamedRe = lazyre.New(`^(?:[-*+]\s+)?(?i:author|original url|url|source|hash|tags|school|published|crawled_at|category|title|link)\s*:`)
	recordURLRe   = lazyre.New(`^<?https?://\S+>?$`)
	recordRuleRe  = lazyre.New(`^(?:-{3,}|\*{3,}|={3,}|_{3,})$`)
)

// recordFields is how many labels and fields a record holds at least.
const recordFields = 2

// markRecord marks a crawler's or a scraper's record of a post at the
// head of a text as the page's (line.page): its labels, fields, values
// and closing rule; the post's title a scraper writes over its fields
// (the first line, when the fields follow it); and the post's title the
// page prints again under the record (a line the record's title holds).
// A text whose head holds fewer than two labels or fields, or none that
// only a record writes, is left as it is.
func markRecord(out []line) {
	i := nextText(out, 0)
	if i < 0 {
		return
	}
	var title []int // the post's title over the scraper's fields
	if !recordStart(out[i]) {
		if j := nextText(out, i+1); j >= 0 && recordStart(out[j]) {
			title = []int{i}
			i = j
		} else {
			return
		}
	}
	block, values, end, fields, named := recordBlock(out, i)
	if fields < recordFields || !named {
		return
	}
	for _, k := range append(title, block...) {
		out[k].page = true
	}
	if len(values) == 0 {
		return
	}
	if j := nextText(out, end); j >= 0 && out[j].cells == nil && echoesRecord(out[j].text, values) {
		out[j].page = true
	}
}

// recordStart reports whether a line may open a record.
func recordStart(l line) bool {
	t := strings.TrimSpace(l.text)
	return l.cells == nil && (recordLabelRe().MatchString(t) || recordFieldRe().MatchString(t))
}

// recordBlock reads a record from out[i]: the indexes of its lines, the
// values under its labels, the index after it, how many labels and fields
// it holds and whether one is a field or label only a record writes.
func recordBlock(out []line, i int) (block []int, values []string, end, fields int, named bool) {
	value := false // the lines under a label, to the next blank line
	for end = i; end < len(out); end++ {
		l := out[end]
		t := strings.TrimSpace(lineText(l))
		switch {
		case t == "":
			value = false
			continue
		case l.cells == nil && recordRuleRe().MatchString(t):
			return append(block, end), values, end + 1, fields, named
		case l.cells == nil && recordLabelRe().MatchString(t):
			fields++
			named = true
			value = true
		case l.cells == nil && recordFieldRe().MatchString(t):
			fields++
			named = named || recordNamedRe().MatchString(t)
		case l.cells == nil && recordURLRe().MatchString(t):
		case value:
			values = append(values, t)
		default:
			return block, values, end, fields, named
		}
		block = append(block, end)
	}
	return block, values, end, fields, named
}

// lineText is a line's text, a row's cells joined by a space.
func lineText(l line) string {
	if l.cells == nil {
		return l.text
	}
	parts := make([]string, 0, len(l.cells))
	for _, c := range l.cells {
		parts = append(parts, c.text)
	}
	return strings.Join(parts, " ")
}

// nextText is the index of the first line from i that holds text or
// cells, or -1.
func nextText(out []line, i int) int {
	for ; i < len(out); i++ {
		if out[i].cells != nil || strings.TrimSpace(out[i].text) != "" {
			return i
		}
	}
	return -1
}

// echoesRecord reports whether a line repeats a value of the record: the
// post's title the page prints under it, perhaps without the site's name
// the record appends ("... năm 2025 – PTIT – Tuyển sinh").
func echoesRecord(t string, values []string) bool {
	k := cite.Fold(strings.Join(strings.Fields(t), " "))
	if len(strings.Fields(k)) < echoWords {
		return false
	}
	for _, v := range values {
		if strings.HasPrefix(cite.Fold(strings.Join(strings.Fields(v), " ")), k) {
			return true
		}
	}
	return false
}
