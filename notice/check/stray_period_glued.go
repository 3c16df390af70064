package check

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// signerMarks open an authority line in capitals, where a period glued
// to the title ("KT.CHỦ TỊCH", "TM.ỦY BAN") is signer-spacing's matter.
var signerMarks = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"KT": true, "TM": true, "TL": true, "TUQ": true, "Q": true}
})

// gluedStop reports a period glued between two abbreviations in capitals
// inside a name, with no space on either side: "các PCT.UBND tỉnh",
// "- TT.TU;", "VP.UBT" (two abbreviations of one name parted by a space
// only: "PCT UBND", "TT TU"). strayPeriod reads the same period followed
// by a space ("TT. HĐND"); this reads it glued. Left: the period of a
// số, ký hiệu ("26/TB-VP.UBND", "TB-SNV.CCVC": a code's part, after "/"
// or "-"), a học hàm's and học vị's ("PGS.TS"), the city's short form
// "TP.HCM", an authority mark ("KT.GIÁM ĐỐC", signer-spacing's), a
// heading's Roman number ("I.KHOẢN THU"), a word with a Vietnamese vowel
// mark (a heading in capitals, no abbreviation), chains of periods
// ("A.B.C", an address or a file's name) and the software platforms
// named with ".NET" ("ASP.NET", a course's or a post's subject).
func gluedStop(p *Pass, seg *Seg, ws []wordAt) {
	s := seg.Text
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		if s[w.end:next.off] != "." || !gluedAbbrevPair(w.text, next.text) {
			continue
		}
		if w.off > 0 && !openingByte(s[w.off-1]) || next.end < len(s) && !closingAfter(s[next.end:]) {
			continue // "TB-VP.UBND", "SNV.CCVC/", "VP.UBND.VN"
		}
		p.Report(seg, w.end, diag.Msg("dấu chấm thừa sau %q trong %q", "a stray period after %q in %q", w.text, s[w.off:next.end]),
			diag.Msg("viết %q", "write %q", w.text+" "+next.text))
	}
}

// gluedAbbrevPair reports whether a and b, parted by a glued period, are
// two abbreviations of a name: both in capitals without a Vietnamese
// vowel mark, neither a Roman number, a học hàm or học vị, an authority
// mark, the city's "TP" or a platform's ".NET".
func gluedAbbrevPair(a, b string) bool {
	for _, w := range []string{a, b} {
		if !isAbbrev(w) || isRoman(w) || !plainCaps(w) {
			return false
		}
	}
	return !degrees()[a] && !degrees()[b] && !signerMarks()[a] && a != "TP" && b != "NET"
}

// plainCaps reports whether w is written in Latin capitals and "Đ" only:
// an abbreviation's letters, not a word of a heading in capitals.
func plainCaps(w string) bool {
	for _, r := range w {
		if r != 'Đ' && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// openingByte reports whether c may stand before a name's first
// abbreviation: a space, a comma, a bracket or a quotation mark's last
// byte, not the "-" or "/" of a số, ký hiệu nor a period.
func openingByte(c byte) bool {
	return c == ' ' || c == ',' || c == '(' || c == '\t' || c >= utf8.RuneSelf
}

// closingAfter reports whether rest, the text after the second
// abbreviation, ends the name: a space, a mark of the sentence, a
// bracket, or a period that ends the text or stands before a space.
func closingAfter(rest string) bool {
	switch c := rest[0]; c {
	case ' ', ',', ';', ':', ')', '\t':
		return true
	case '.':
		return len(rest) == 1 || rest[1] == ' '
	default:
		return c >= utf8.RuneSelf && !strings.HasPrefix(rest, "Đ") && !startsLetter(rest)
	}
}

// startsLetter reports whether s opens with a letter.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLetter(r)
}
