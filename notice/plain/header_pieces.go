package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// dateOpenRe is a place and date line that stops before its year:
	// "La, ngày 16 tháng 11", as a legal library breaks the header's cell.
	dateOpenRe = lazyre.New(`(?i),\s*ngày(?:\s+\d{1,2}(?:\s+tháng(?:\s+\d{1,2})?)?)?$`)
	// dateTailRe is the rest of such a date on the line below it: "năm
	// 2018", "tháng 11 năm 2018", with nothing after the year.
	dateTailRe = lazyre.New(`(?i)^(?:\d{1,2}\s+)?(?:tháng\s+\d{1,2}\s+)?năm\s+\d{4}$`)
	// dateYearOpenRe is a place and date line that stops after "năm",
	// its year broken off to the line below: "Bái, ngày 21 tháng 6 năm".
	dateYearOpenRe = lazyre.New(`(?i),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm$`)
	// yearRe is a year alone on its line.
	yearRe = lazyre.New(`^\d{4}$`)
	// placeRestRe is a place and date line whose place may have lost its
	// first word to the line above: "La, ngày 16 tháng 11".
	placeRestRe = lazyre.New(`^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)?,\s*ngày\b`)
	// placeCommaRe is a place alone on its line, closed by its comma,
	// as a legal library breaks the cell after it: "Điện Biên Phủ,".
	placeCommaRe = lazyre.New(`^\p{Lu}\p{Ll}*(?:[\s-]\p{Lu}\p{Ll}*){0,3},$`)
	// dateWholeRe is the date of such a cell on the line below its
	// place, whole and alone: "ngày 14 tháng 04 năm 2010".
	dateWholeRe = lazyre.New(`^ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$`)
)

// quocHieu is the Quốc hiệu, folded, as cite.Fold writes it.
var quocHieu = cite.Fold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")

// headerPiece reports whether l goes on with the header's last line, a
// cell a legal library broke over lines where the pieces only make sense
// joined, and then joins it: the Quốc hiệu broken inside ("CỘNG" / "HÒA
// XÃ HỘI CHỦ NGHĨA VIỆT NAM"), a place broken inside its name ("Sơn" /
// "La, ngày 16 tháng 11"), a date broken before its year ("... tháng
// 11" / "năm 2018", "... tháng 6 năm" / "2019") and a place and date
// broken after the place's comma ("Điện Biên Phủ," / "ngày 14 tháng 04
// năm 2010").
func (r *reader) headerPiece(l line) bool {
	if r.st != inHeader && r.st != inTop {
		return false
	}
	last := strings.TrimSpace(r.lastText(Header))
	t := strings.TrimSpace(l.text)
	if last == "" || t == "" {
		return false
	}
	if !mottoPieces(last, t) && !(dateOpenRe().MatchString(last) && dateTailRe().MatchString(t)) &&
		!(dateYearOpenRe().MatchString(last) && yearRe().MatchString(t)) && !placePieces(last, t) &&
		!(placeCommaRe().MatchString(last) && dateWholeRe().MatchString(t)) {
		return false
	}
	r.join(l, " ")
	return true
}

// mottoPieces reports whether a and b, both in capitals, are the Quốc
// hiệu broken between words: a its start, a and b together a start of it
// or the whole.
func mottoPieces(a, b string) bool {
	if !isUpper(a) || !isUpper(b) {
		return false
	}
	fa, fab := cite.Fold(a), cite.Fold(a+" "+b)
	return len(fa) < len(quocHieu) && strings.HasPrefix(quocHieu, fa+" ") && strings.HasPrefix(quocHieu, fab)
}

// placePieces reports whether a, a word or two with a capital and no
// mark or digit, is the start of the place that b, a place and date
// line, goes on with ("Sơn" / "La, ngày 16 tháng 11").
func placePieces(a, b string) bool {
	f := strings.Fields(a)
	if len(f) > 2 || isUpper(a) || !placeRestRe().MatchString(b) {
		return false
	}
	for _, w := range f {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}
