package plain

import (
	"strings"
	"unicode/utf8"
)

// recipientGroup reports whether t, a line of Nơi nhận with no dash,
// heads a group of the recipients below it ("Bản điện tử:", "Gửi bản
// giấy:"): a few words in small letters after a capital, ending with a
// colon, under a recipient whose line is finished. A recipient wrapped by
// hand goes on in small letters and ends as a recipient does.
func (r *reader) recipientGroup(t string) bool {
	if !r.last(Recipient) && !r.last(Label) || !strings.HasSuffix(t, ":") || !upperStart(t) {
		return false
	}
	if n := utf8.RuneCountInString(t); n > 30 || strings.Count(t, " ") > 4 || strings.Count(t, ":") > 1 {
		return false
	}
	prev := strings.TrimSpace(r.paras[len(r.paras)-1].Text)
	return r.last(Label) || strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ".")
}
