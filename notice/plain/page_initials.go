package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A post signs off under its last sentence with its writer's initials
// and name ("K.Oanh") or initials and the site it was taken from
// ("H.A/https://hatinh.gov.vn/"); what the page prints under that, its
// menu or its list of news, is the page's too. A notice's signer writes a
// full name under a title, never a letter and a dot.

// initialsSignRe is a post's sign-off: a capital or three and a dot
// before a given name ("K.Oanh"), or initials parted by dots ("H.A"),
// perhaps a source's address after a slash.
var initialsSignRe = lazyre.New(`^(?:\p{Lu}{1,3}\.\s?\p{Lu}\p{Ll}{1,12}|\p{Lu}(?:\.\p{Lu}){1,3}\.?)(?:\s*/\s*\S{1,80})?$`)

// markAfterSignOff marks as the page's a post's sign-off (initialsSignRe)
// standing under a sentence closed by "." (or "./."), after tailLines
// lines of text, and every line under it, unless a line of an end block
// (the "Nơi nhận:" label, an authority line) follows.
func markAfterSignOff(out []line) {
	seen := 0
	for i, l := range out {
		t := strings.TrimSpace(l.text)
		if l.cells != nil || t == "" || l.page {
			continue
		}
		if seen >= tailLines && len(t) <= 100 && strings.IndexByte(t, '.') > 0 && initialsSignRe().MatchString(t) && signedOff(out, i) {
			for j := i; j < len(out); j++ {
				if out[j].cells != nil || strings.TrimSpace(out[j].text) != "" {
					out[j].page = true
				}
			}
			return
		}
		seen++
	}
}

// signedOff reports whether the sign-off at i stands under a closed
// sentence and no end block follows it.
func signedOff(out []line, i int) bool {
	j := prevText(out, i)
	if j < 0 || out[j].cells != nil || !strings.HasSuffix(strings.TrimSpace(out[j].text), ".") {
		return false
	}
	for _, n := range out[i+1:] {
		t := strings.TrimSpace(n.text)
		if labelRe().MatchString(t) || authorityLine(t) {
			return false
		}
	}
	return true
}
