package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// looseNumberRe is a number line written without its colon: "Số"
	// alone (the export put the number on the next line), "Số 142/TB-VG",
	// or the number of the Đảng's and the mass organisations' documents
	// (Hướng dẫn 36-HD/VPTW), which has no colon and a hyphen before its
	// code: "Số 664-CV/HNDTW", "Số 664 - CV/HNDTW"; or its number left
	// blank for an electronic signature to fill: "Số        / PGD&ĐT".
	looseNumberRe = lazyre.New(`^Số(?:\s*$|\s+\d*\s*/\s*\p{Lu}|\s+\d+\s*[-–]\s*\p{Lu}[\d&.\p{Lu}]*/\p{Lu})`)
	// numberCodeRe starts the line after a "Số" alone: the number and its
	// code, "142/TB-VG", which the export may run into the first word of
	// the place below ("142/TB-VG Ân" / "Mỹ, ngày 8 ...").
	numberCodeRe = lazyre.New(`^\d+/[\d&\p{Lu}][\d&./\-\p{Lu}]*`)
)

// looseHeader reads, at the top of a text without a title, the parts of
// a header an export wrote apart: a number line without its colon, the
// number a "Số" alone stands over, the rest of a place the number's line
// ran into, and a tên loại run together with its trích yếu ("THÔNG BÁO
// NGHỈ HỌC DO MƯA LŨ"). It reports whether it took the line.
func (r *reader) looseHeader(l line) bool {
	t := l.text
	switch {
	case looseNumberRe().MatchString(t):
		r.add(Header, l)
	case r.lastText(Header) == "Số" && numberCodeRe().MatchString(t):
		k := len(numberCodeRe().FindString(t))
		r.join(subLine(l, 0, k), " ")
		if rest := strings.TrimLeft(t[k:], " "); rest != "" {
			r.add(Header, subLine(l, len(t)-len(rest), len(t)))
			r.placeHead = len(r.paras) - 1
		}
	case r.placeHead >= 0 && r.placeHead == len(r.paras)-1 && placeDateRe().MatchString(t):
		r.join(l, " ") // "Ân" + "Mỹ, ngày 8 tháng 12 năm 2022"
		r.placeHead = -1
	case r.lastKind(Header) >= 0 && (r.hasNumberOrDate() || r.hasMotto()):
		k := titlePrefix(t)
		if k <= 0 {
			k = sentenceTitle(t) // "THÔNG BÁO Kết luận ...", a converter's heading
		}
		if k <= 0 {
			return false
		}
		r.titleAndSubject(l, k)
	case r.headingTitle(t) > 0:
		r.titleAndSubject(l, r.headingTitle(t)) // a post's heading line, no header above it
	default:
		return false
	}
	return true
}

// titleAndSubject reads a line as a tên loại k bytes long and the
// trích yếu run into it after a space or a colon.
func (r *reader) titleAndSubject(l line, k int) {
	r.add(Title, subLine(l, 0, k))
	rest := len(l.text) - len(strings.TrimLeft(l.text[k:], ": "))
	r.add(Subject, subLine(l, rest, len(l.text)))
	r.st = inBody
}

// titlePrefix is the length of the tên loại a line in capitals starts
// with when a trích yếu follows it on the same line ("THÔNG BÁO NGHỈ HỌC
// DO MƯA LŨ"), 0 if none.
func titlePrefix(t string) int {
	if !isUpper(t) || cite.HasMarker(t) || strings.ContainsAny(t, ".:;") {
		return 0
	}
	words := strings.Fields(t)
	at := 0
	for n := 1; n <= 3 && n < len(words); n++ {
		at = strings.Index(t[at:], words[n-1]) + at + len(words[n-1])
		if isTitle(t[:at]) && t[at] == ' ' {
			return at
		}
	}
	return 0
}

// hasNumberOrDate reports whether the header read so far holds a number
// or a place and date line.
func (r *reader) hasNumberOrDate() bool {
	for _, p := range r.paras {
		if p.Kind == Header && (looseNumberRe().MatchString(p.Text) || numberRe().MatchString(p.Text) || placeDateRe().MatchString(p.Text)) {
			return true
		}
	}
	return false
}

// lastText is the text of the last paragraph when it is of kind k.
func (r *reader) lastText(k Kind) string {
	if !r.last(k) {
		return ""
	}
	return r.paras[len(r.paras)-1].Text
}

// subLine is the part of l from byte a to byte b of its text.
func subLine(l line, a, b int) line {
	s := line{text: l.text[a:b], src: l.src[a:b], num: l.num, col: l.col}
	if l.nfd > a && l.nfd-1 < b {
		s.nfd = l.nfd - a
	}
	return s
}
