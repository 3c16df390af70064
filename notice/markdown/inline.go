package markdown

import (
	"strings"

	"github.com/thongbao/thongbao/notice/body"
)

// inline writes runs as Markdown. atStart says the runs begin a line, where
// more characters need escaping.
func inline(runs []body.Run, atStart bool) string {
	var b strings.Builder
	for i, r := range runs {
		if r.Note != "" {
			b.WriteString("[^" + r.Note + "]")
			continue
		}
		text := escape(r.Text, atStart && i == 0 && r.Style == 0)
		if r.Style == 0 {
			b.WriteString(text)
			continue
		}
		// Emphasis must hug its text: white space goes outside the markers.
		core := strings.TrimSpace(text)
		lead := text[:strings.Index(text, core)]
		trail := text[len(lead)+len(core):]
		if core == "" {
			b.WriteString(text)
			continue
		}
		m := marker(r.Style)
		b.WriteString(lead + m + core + m + trail)
	}
	return b.String()
}

func marker(s body.Style) string {
	switch {
	case s&body.Bold != 0 && s&body.Italic != 0:
		return "***"
	case s&body.Bold != 0:
		return "**"
	}
	return "*"
}
