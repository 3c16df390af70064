package plain

import (
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// labelSignerRe is a line on which a page interleaved the end block's two
// columns: "Nơi nhận:" and, after it, the signer's first line ("Nơi nhận:
// TRƯỞNG PHÒNG KHTC"); the lines under it alternate between the columns.
var labelSignerRe = lazyre.New(`(?i)^(n[oơ]i nh[aáàảãạâấầẩẫậ]n\s*:)\s*(\S.*)$`)

// labelSigner reads, at the end of the body, a line holding "Nơi nhận:"
// and the signer's authority or title in capitals as the label and the
// signer, and reports whether it did; the lines after it are read as
// the end block, a recipient by its dash and the signer by its capitals.
func (r *reader) labelSigner(l line) bool {
	m := labelSignerRe().FindStringSubmatchIndex(l.text)
	if m == nil {
		return false
	}
	rest := l.text[m[4]:m[5]]
	if !capsTitle(rest) || utf8.RuneCountInString(rest) >= 60 || cite.HasMarker(rest) {
		return false
	}
	r.add(Label, l.part(0, m[3]))
	r.add(Signer, l.part(m[4], m[5]))
	r.signed = true
	r.st = inClosing
	return true
}

// bareAuthorityRe starts an authority line typed without its period,
// "TM UỶ BAN NHÂN DÂN", "KT CHỦ TỊCH": in capitals only, which no line of
// the body starts with.
var bareAuthorityRe = lazyre.New(`^(?:TUQ|TM|KT|TL)\s+\p{Lu}`)

// authorityLine reports whether t starts a signer's authority line, with
// the period after "TM", "KT", "TL", "TUQ" or, in capitals, without it.
func authorityLine(t string) bool {
	return authorityRe().MatchString(t) || bareAuthorityRe().MatchString(t) && capsTitle(t) || slashAuthority(t)
}

// capsTitle reports whether s is in capitals, as a signer's line is, or
// in capitals but for one small letter between two capitals, a slip of
// typing ("CHỦ TịCH").
func capsTitle(s string) bool {
	if isUpper(s) {
		return true
	}
	slips, letters := 0, 0
	var prev rune
	for i, c := range s {
		if unicode.IsLetter(c) {
			letters++
		}
		if unicode.IsLower(c) {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(c):])
			if !unicode.IsUpper(prev) || !unicode.IsUpper(next) {
				return false
			}
			slips++
		}
		prev = c
	}
	return slips == 1 && letters >= 6
}
