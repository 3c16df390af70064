package check

import "strings"

// bodyBeforeVerbSlip cuts an assignee's body where a mistyped verb of
// assignment stands inside it: the reader ends a body at its verb ("Ban
// Dân dụng khẩn trương quyết toán ..."), and a verb typed wrong ("khẩn
// chương", "chịu trách nghiệm") let the body run on into the task ("Ban
// Dân dụng khẩn chương quyết toán các dự án"), which no Nơi nhận names:
// the slip is phrase-typo's, said there, and the body is the words before
// it. An assignee holds its words, not its paragraph's: the paragraph is
// a text phrase-typo read that holds them. The body is returned as it was
// when phrase-typo said no such verb inside it (or does not run).
func bodyBeforeVerbSlip(p *Pass, a *Seg, body string) string {
	at := strings.Index(a.Text, body)
	if at < 0 || !phrasesRead(p) { // phrase_said.go
		return body
	}
	cut := len(body)
	for text, said := range p.View.phraseSaid {
		from := strings.Index(text, a.Text)
		if from < 0 {
			continue
		}
		from += at
		for _, ph := range said {
			if ph.from > from && ph.to <= from+len(body) && opensWithAssignVerb(ph.right) {
				cut = min(cut, ph.from-from)
			}
		}
	}
	return strings.TrimRight(body[:cut], " ,")
}

// opensWithAssignVerb reports whether phrase, as phrase-typo says to
// write it, opens with a verb of assignment ("khẩn trương", "chịu trách
// nhiệm").
func opensWithAssignVerb(phrase string) bool {
	phrase = strings.ToLower(phrase)
	for _, v := range assignVerbList {
		if rest, ok := strings.CutPrefix(phrase, v); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}
