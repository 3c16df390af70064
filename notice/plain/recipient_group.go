package plain

import (
	"strings"
	"unicode/utf8"
)

// recipientGroup reports whether t, a line of Nơi nhận with no dash,
// heads a group of the recipients below it ("Bản điện tử:", "Gửi bản
// giấy:"): a few words in small letters after a capital, ending with a
// colon, under a recipient whose line is finished. A recipient wrapped by
// hand goes on in small letters and ends as a recipient does. In a
// listing of rows the signer's titles stand in the right cells beside
// Nơi nhận; the line above is then the left column's last.
func (r *reader) recipientGroup(t string) bool {
	if !strings.HasSuffix(t, ":") || !upperStart(t) {
		return false
	}
	if n := utf8.RuneCountInString(t); n > 30 || strings.Count(t, " ") > 4 || strings.Count(t, ":") > 1 {
		return false
	}
	i := len(r.paras) - 1
	for i >= 0 && r.paras[i].Col == Right && r.paras[i].Kind == Signer {
		i--
	}
	if i < 0 {
		return false
	}
	switch prev := r.paras[i]; prev.Kind {
	case Label:
		return true
	case Recipient:
		t := strings.TrimSpace(prev.Text)
		return strings.HasSuffix(t, ";") || strings.HasSuffix(t, ".")
	}
	return false
}
