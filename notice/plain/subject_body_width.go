package plain

import "unicode/utf8"

// bodyUnderShortSubject reports whether line, under a trích yếu's line of
// last runes, is the body's first line broken at the page's width, not
// the trích yếu going on: it opens with a capital, runs 80 runes or more,
// and half again as long as the trích yếu's line, as a text copied from a
// PDF viewer gives it ("Tạm ngừng giao dịch để nâng cấp hệ thống" over
// "Để nâng cấp hệ thống ngân hàng lõi, Ngân hàng Nông nghiệp và Phát
// triển ..."). A trích yếu is set centred in a narrow block: its lines
// run short and of like length, and a second line in small letters, or
// as short as the first, still goes on with it.
func bodyUnderShortSubject(last int, line string) bool {
	n := utf8.RuneCountInString(line)
	return startsUpper(line) && n >= 80 && n >= last*3/2
}
