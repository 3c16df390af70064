package cite

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// hourBeforeRe is the hour of issue a Công điện (or any text sent by the
// hour) is cited with, right after its number: "Công điện số 07/CĐ-PCTT
// hồi 14h00 ngày 15/6/2022", "số 32/CĐ-TW hồi 18 giờ 30 phút, ngày ...".
// The hour is part of the date, as such a text prints "hồi ... giờ, ngày
// ..." on its own date line. Only "hồi", the word of a past hour, is read:
// "lúc" also opens an hour to come ("lúc 8 giờ ngày ..." of a meeting), and
// an hour after a subject ("mở cửa xả vào hồi 20h00") is never reached
// from a number.
var hourBeforeRe = lazyre.New(`^[\s\x{00A0}]*,?[\s\x{00A0}]*hồi[\s\x{00A0}]+\d{1,2}[\s\x{00A0}]*(?:h|giờ)(?:[\s\x{00A0}]*\d{1,2}(?:[\s\x{00A0}]*(?:phút|'))?)?`)

// hourBefore is the length of the hour of issue that opens s (the text
// after a cited number), 0 when s does not open with one: the date and
// issuer are read after it.
func hourBefore(s string) int {
	if !opensWithHoi(s) {
		return 0
	}
	m := hourBeforeRe().FindStringIndex(s)
	if m == nil {
		return 0
	}
	if m[1] < len(s) && (isDigitByte(s[m[1]]) || isASCIILetter(s[m[1]])) {
		return 0 // "hồi 14hx", "hồi 14h005": not an hour
	}
	return m[1]
}

func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// opensWithHoi reports whether s opens as every match of hourBeforeRe does:
// white space (the expression's \s, or a no-break space), a comma or none,
// white space, "hồi". FindCitations asks it of every number it cites, and
// few are followed by an hour: the expression is tried only on those.
func opensWithHoi(s string) bool {
	s = strings.TrimPrefix(trimHourBlank(s), ",")
	return strings.HasPrefix(trimHourBlank(s), "hồi")
}

// trimHourBlank drops the white space hourBeforeRe's [\s\x{00A0}]* takes.
func trimHourBlank(s string) string {
	for {
		switch {
		case s != "" && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\f' || s[0] == '\r'):
			s = s[1:]
		case strings.HasPrefix(s, "\u00a0"):
			s = s[len("\u00a0"):]
		default:
			return s
		}
	}
}
