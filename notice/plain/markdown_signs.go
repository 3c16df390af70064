package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A converter or a chatbot that turns a notice into Markdown (markitdown,
// pandoc, an AI transcription of a PDF) writes it as a .txt as often as a
// .md, one paragraph a line: its marks are then Markdown's all the same,
// and the notice is the text beneath them. Such a text shows itself by a
// table's rule row, by YAML front matter at its head, by HTML tags of
// emphasis or layout ("<strong>", "<em>", "<br>", "<div ...>") or by
// bold runs ("**ĐẠI HỌC QUỐC GIA HÀ NỘI**") on two lines or more. No
// clerk's text is written so.
var (
	// htmlTagRe is an HTML tag of emphasis or layout, opening or closing.
	htmlTagRe = lazyre.New(`^</?(?i:strong|em|b|i|u|br|div|span|p|sup|sub|center|font|small|mark)(?:\s[^<>]*)?/?>`)
	// boldRunRe is a bold run of Markdown: "**" around text that starts
	// and ends with no space.
	boldRunRe = lazyre.New(`\*\*[^\s*][^*]*\*\*`)
	// frontKeyRe is a field of YAML front matter: a key in ASCII, a colon.
	frontKeyRe = lazyre.New(`^[A-Za-z_][A-Za-z0-9_-]{0,30}:(?:\s|$)`)
)

// boldLines is how many lines with a bold run make a text Markdown.
const boldLines = 2

// markdownText reports whether a text, whatever its layout, is Markdown
// by the signs above.
func markdownText(raws []rawLine) bool {
	if markdownTables(raws) || frontMatterEnd(raws) > 0 {
		return true
	}
	bold := 0
	for _, r := range raws {
		if i := strings.IndexByte(r.s, '<'); i >= 0 && htmlTag(r.s, i) > 0 {
			return true
		}
		if strings.Contains(r.s, "**") && boldRunRe().MatchString(r.s) {
			if bold++; bold >= boldLines {
				return true
			}
		}
	}
	return false
}

// htmlTag returns the length of the HTML tag of emphasis or layout at
// byte i of s, or 0. Only the first "<" of a line is tried by
// markdownText; cleanLine tries each.
func htmlTag(s string, i int) int {
	if m := htmlTagRe().FindStringIndex(s[i:]); m != nil {
		return m[1]
	}
	return 0
}

// frontMatterEnd returns the index of the raw line after a YAML front
// matter at the head of a text ("---", fields "key: value", their lists
// "- item" and indented lines, "---"), or 0 when the text opens with
// none. The front matter must hold a field and close within frontLines.
func frontMatterEnd(raws []rawLine) int {
	i := 0
	for i < len(raws) && strings.TrimSpace(raws[i].s) == "" {
		i++
	}
	if i == len(raws) || strings.TrimSpace(raws[i].s) != "---" {
		return 0
	}
	fields := 0
	for j := i + 1; j < len(raws) && j <= i+frontLines; j++ {
		s := raws[j].s
		t := strings.TrimSpace(s)
		switch {
		case t == "---" || t == "...":
			if fields == 0 {
				return 0
			}
			return j + 1
		case frontKeyRe().MatchString(t):
			fields++
		case t == "", strings.HasPrefix(t, "- "), strings.HasPrefix(s, " "), strings.HasPrefix(s, "\t"):
		default:
			return 0
		}
	}
	return 0
}

// frontLines is how many lines a front matter takes at most.
const frontLines = 60
