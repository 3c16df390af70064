package check

import "strings"

// unionInitials reports whether the abbreviation w of the header line t
// is "CĐ" for "Công đoàn": at the head of the line, before the name of
// the body whose trade union it is ("CĐ TRƯỜNG ĐH HỒNG ĐỨC", "CĐ CÔNG TY
// ..."). A college writes its "CĐ" after "TRƯỜNG" ("TRƯỜNG CĐ ..."),
// never before a body's name, so "cao đẳng", the table's reading, is not
// this one (a99).
func unionInitials(t string, w abbrevWord) bool {
	if w.text != "CĐ" || strings.TrimSpace(t[:w.off]) != "" {
		return false
	}
	rest := strings.TrimSpace(t[w.end:])
	return bodyHead(rest) || companyHead(rest)
}

// headerFull is the one full form of the abbreviation w of the header
// line t: the table's, but "công đoàn" for a union's initials
// (unionInitials); "" when the table gives none or several.
func headerFull(t string, w abbrevWord) string {
	if unionInitials(t, w) {
		return "công đoàn"
	}
	return abbrevTable()[w.text].only()
}
