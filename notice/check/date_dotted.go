package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// dateDotted reports, for date-style, a date written with periods or
// hyphens ("ngày 03.12.2007", "ngày 17-11-2008"): dates are written "ngày
// 03/12/2007" or "ngày 03 tháng 12 năm 2007". A Party document, and the
// date of a Party document cited, write hyphens by the Party's rules; a
// newspaper's print (View.PaperPrint) by the paper's house style, not
// the office's.
func dateDotted(p *Pass, seg *Seg) {
	if !p.View.holds(seg.Text, litNgay) && !p.View.holds(seg.Text, litNgayCap) {
		return
	}
	seps := []byte{'.', '-'}
	if p.View.Party || p.View.PaperPrint {
		seps = seps[:1] // the Party writes "ngày 10-3-2025" (Hướng dẫn 36-HD/VPTW)
	}
	dots, dashes := sepDatesBoth(seg.Text)
	for _, sep := range seps {
		ms := dots
		if sep == '-' {
			ms = dashes
		}
		for _, m := range ms {
			if quoted(seg.Text, m[2]) {
				continue // as the quoted document writes it
			}
			if sep == '-' && afterPartyNumber(seg.Text, m[0]) {
				continue // "Nghị quyết số 18-NQ/TW ngày 25-10-2017": its own date
			}
			d, mo, y := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]], seg.Text[m[6]:m[7]]
			written := d + string(sep) + mo + string(sep) + y
			msg := diag.Msg("ngày %q viết bằng dấu chấm", "the date %q is written with periods", written)
			if sep == '-' {
				msg = diag.Msg("ngày %q viết bằng dấu gạch nối", "the date %q is written with hyphens", written)
			}
			p.Report(seg, m[2], msg, diag.Msg("viết %q", "write %q", d+"/"+mo+"/"+y))
		}
	}
}

// dashedDates finds the dates written with hyphens after "ngày" ("ngày
// 17-11-2008"), as dottedDates finds those written with periods, the
// expression's "\." being "-".
func dashedDates(s string) [][]int {
	_, dashes := sepDatesBoth(s)
	return dashes
}

// dottedDates finds the dates written with periods after "ngày" ("ngày
// 03.12.2007"), as the expression
//
//	(?i)(?:^|[\s(,;])ngày\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\b
//
// does with FindAllStringSubmatchIndex (held to it by
// TestDottedDatesAsExpression): "ngày" in any case, at the start or after
// an ASCII space, "(", "," or ";"; spaces; day and month of one or two
// digits and a year of four, parted by periods, no letter, digit or "_"
// after it.
func dottedDates(s string) [][]int {
	dots, _ := sepDatesBoth(s)
	return dots
}

// sepDatesBoth is dottedDates and dashedDates in one walk over the text's
// "ngày": the character after a day tells which of the two a date may be.
func sepDatesBoth(s string) (dots, dashes [][]int) {
	for i := 0; i < len(s); {
		j := indexNgay(s, i)
		if j < 0 {
			break
		}
		i = j + len("ngày")
		if j > 0 && !strings.ContainsRune("\t\n\f\r (,;", rune(s[j-1])) {
			continue
		}
		k := i
		for k < len(s) && asciiSpace(s[k]) {
			k++
		}
		if k == i {
			continue
		}
		d0, d1 := k, digitsAt(s, k, 2)
		if d1 == d0 || d1 >= len(s) || s[d1] != '.' && s[d1] != '-' {
			continue
		}
		sep := s[d1]
		m0, m1 := d1+1, digitsAt(s, d1+1, 2)
		if m1 == m0 || m1 >= len(s) || s[m1] != sep {
			continue
		}
		y0, y1 := m1+1, digitsAt(s, m1+1, 4)
		if y1-y0 != 4 || y1 < len(s) && asciiWord(s[y1]) {
			continue
		}
		start := j
		if j > 0 {
			start = j - 1
		}
		m := []int{start, y1, d0, d1, m0, m1, y0, y1}
		if sep == '.' {
			dots = append(dots, m)
		} else {
			dashes = append(dashes, m)
		}
		i = y1
	}
	return dots, dashes
}

// indexNgay is the offset of the first "ngày", in any case, in s from
// from on; -1 when there is none. Its "à" starts with 0xC3, found by
// strings.IndexByte many bytes at a time (held to the byte by byte walk
// by TestIndexNgayThang).
func indexNgay(s string, from int) int {
	for p := from + 2; p+len("ngày")-2 <= len(s); p++ {
		k := strings.IndexByte(s[p:len(s)-len("ày")+1], 0xc3)
		if k < 0 {
			return -1
		}
		p += k
		if i := p - 2; s[i]|0x20 == 'n' && s[i+1]|0x20 == 'g' && (s[i+3] == 0xa0 || s[i+3] == 0x80) && s[i+4]|0x20 == 'y' {
			return i
		}
	}
	return -1
}

// digitsAt is the end of the run of at most n ASCII digits at s[i:].
func digitsAt(s string, i, n int) int {
	j := i
	for j < len(s) && j-i < n && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j
}

// asciiSpace reports whether c is white space to \s of an expression.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// asciiWord reports whether c is a word character to \b of an expression.
func asciiWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

var litNgay, litNgayCap = newLiteral("ngày"), newLiteral("Ngày")
