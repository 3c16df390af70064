package check

import (
	"strings"
	"unicode"
)

// archiveKeepers reads the bodies an archive line names in words, as a
// Party document writes it ("- Lưu Văn phòng Thị ủy.", HD 36-HD/VPTW):
// the office that keeps the copy holds the document, and work given to it
// needs no other Nơi nhận line. An archive line of codes ("- Lưu: VT,
// TH.") names units by their letters only, and gives nothing.
func archiveKeepers(v *View) recipientSet {
	var lines []string
	for _, r := range v.Recips {
		if r.Role != RoleArchive {
			continue
		}
		rest := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(r.Text), "-–+ "))
		for _, lead := range []string{"Lưu", "lưu", "LƯU"} {
			rest = strings.TrimPrefix(rest, lead)
		}
		rest = strings.TrimSpace(strings.TrimLeft(rest, ": "))
		if strings.ContainsFunc(rest, unicode.IsLower) {
			lines = append(lines, normal(rest))
		}
	}
	return readRecipients(lines)
}

// keptBy reports whether the archive line names body in words
// (archiveKeepers, read into *keepers on first use).
func keptBy(v *View, body string, keepers **recipientSet) bool {
	if *keepers == nil {
		k := archiveKeepers(v)
		*keepers = &k
	}
	return len((*keepers).lines) > 0 && coveredBy(body, **keepers)
}
