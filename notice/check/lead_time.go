package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A time phrase that opens a sentence ("Ngày 05/12/2011", "Sáng ngày
// 1/1 đến hết ngày 5/1", "Trong thời gian tới"), read by hand: the two
// expressions lead-comma used cost a process 0.7M instructions to
// compile, more than lead-comma's work on a notice. Each reading gives
// what its expression gave (TestLeadTimeAsExpressions):
//
//	leadTimeRe  \A(?:(?:(?:Sáng|Chiều|Tối|Trưa) (?:ngày )?|Ngày |Từ ngày |Đến ngày |Trước ngày )D(?: (?:đến|-|–) (?:hết )?(?:ngày )?D)?|Trong thời gian tới|...)( +)(?:\p{Lu}|(?:các|những) )
//	leadStopRe  \A((?:(?:Sáng|Chiều|Tối|Trưa) (?:ngày )?|Ngày |Từ ngày |Đến ngày |Trước ngày )D) *\. +\p{Lu}
//
// where D is (?:\d{1,2}/\d{1,2}(?:/\d{4})?|\d{1,2} tháng \d{1,2} năm \d{4}).

// leadTimeWords are the time phrases of leadTime that hold no date, in
// the order its expression tried them.
var leadTimeWords = func() []string {
	out := []string{"Trong thời gian tới", "Thời gian tới", "Thời gian qua", "Hiện nay", "Vừa qua", "Trong những năm qua", "Những năm qua"}
	for _, a := range []string{"Trong", "Sau", "Hết", "Quá"} {
		for _, b := range []string{"gian", "hạn"} {
			out = append(out, a+" thời "+b+" nêu trên", a+" thời "+b+" trên")
		}
	}
	return out
}()

// leadTime reads, at the start of a sentence s, a time phrase run into
// the subject that follows it with no comma: "Ngày 05/12/2011 Bộ Y tế đã
// ban hành", "Từ ngày 1/1/2009 Bộ Tài chính", "Trong thời gian tới Văn
// phòng". The subject starts with a capital (a body's name), or with
// "các" or "những" ("Trong thời gian trên các tổ chức, cá nhân ..."); a
// small letter otherwise after the date ("Ngày 30/4 là ...") is the
// sentence's own verb. A time named by "thời gian (nêu) trên" closes with
// "trên". end is where the phrase ends, subject where the subject starts
// past the spaces; both -1 when s opens with none.
func leadTime(s string) (end, subject int) {
	ends := datedLeadEnds(s, true)
	for _, w := range leadTimeWords {
		if strings.HasPrefix(s, w) {
			ends = append(ends, len(w))
		}
	}
	for _, e := range ends {
		j := pastSpaces(s, e)
		if j > e && (upperAt(s, j) || strings.HasPrefix(s[j:], "các ") || strings.HasPrefix(s[j:], "những ")) {
			return e, j
		}
	}
	return -1, -1
}

// leadStop is where a date that opens s and stands alone as a sentence
// ends, cut off by a full stop from the sentence it opens: "Ngày
// 11/3/2022. Sở Y tế ... ban hành Công văn số ...". A date standing alone
// as a sentence tells nothing; its stop stands where the comma belongs.
// -1 when s opens with none.
func leadStop(s string) int {
	for _, e := range datedLeadEnds(s, false) {
		j := pastSpaces(s, e)
		if j < len(s) && s[j] == '.' {
			if k := pastSpaces(s, j+1); k > j+1 && upperAt(s, k) {
				return e
			}
		}
	}
	return -1
}

// datedLeadEnds are the places a dated time phrase at the start of s
// can end, in the order the expressions tried them: its opening words,
// the date, and when ranged the end of the range after it.
func datedLeadEnds(s string, ranged bool) []int {
	var starts []int
	for _, w := range []string{"Sáng ", "Chiều ", "Tối ", "Trưa "} {
		if strings.HasPrefix(s, w) {
			if strings.HasPrefix(s[len(w):], "ngày ") {
				starts = append(starts, len(w)+len("ngày "))
			}
			starts = append(starts, len(w))
		}
	}
	for _, w := range []string{"Ngày ", "Từ ngày ", "Đến ngày ", "Trước ngày "} {
		if strings.HasPrefix(s, w) {
			starts = append(starts, len(w))
		}
	}
	var out []int
	for _, at := range starts {
		for _, d := range dateEnds(s, at) {
			if ranged {
				out = append(out, rangeEnds(s, d)...)
			}
			out = append(out, d)
		}
	}
	return out
}

// rangeEnds are the places a range's end after a date ending at at can
// end: " đến ", " - " or " – ", "hết " or not, "ngày " or not, a date.
func rangeEnds(s string, at int) []int {
	var out []int
	for _, sep := range []string{" đến ", " - ", " – "} {
		if !strings.HasPrefix(s[at:], sep) {
			continue
		}
		for _, h := range []string{"hết ", ""} {
			i := at + len(sep)
			if !strings.HasPrefix(s[i:], h) {
				continue
			}
			for _, n := range []string{"ngày ", ""} {
				if j := i + len(h); strings.HasPrefix(s[j:], n) {
					out = append(out, dateEnds(s, j+len(n))...)
				}
			}
		}
	}
	return out
}

// dateEnds are the places a date at s[at:] can end, "5/12", "05/12/2011"
// or "5 tháng 12 năm 2011", in the order the expressions tried them.
func dateEnds(s string, at int) []int {
	var out []int
	for _, d := range figureEnds(s, at, 1, 2) {
		if strings.HasPrefix(s[d:], "/") {
			for _, m := range figureEnds(s, d+1, 1, 2) {
				if strings.HasPrefix(s[m:], "/") {
					out = append(out, figureEnds(s, m+1, 4, 4)...)
				}
				out = append(out, m)
			}
		}
		if strings.HasPrefix(s[d:], " tháng ") {
			for _, m := range figureEnds(s, d+len(" tháng "), 1, 2) {
				if strings.HasPrefix(s[m:], " năm ") {
					out = append(out, figureEnds(s, m+len(" năm "), 4, 4)...)
				}
			}
		}
	}
	return out
}

// figureEnds are the places a run of lo to hi ASCII figures at s[at:]
// can end, the longest first.
func figureEnds(s string, at, lo, hi int) []int {
	n := 0
	for at+n < len(s) && n < hi && '0' <= s[at+n] && s[at+n] <= '9' {
		n++
	}
	var out []int
	for ; n >= lo; n-- {
		out = append(out, at+n)
	}
	return out
}

// pastSpaces is the place past the spaces (U+0020) at s[i:].
func pastSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// upperAt reports whether s[i:] opens with a capital letter (\p{Lu}).
func upperAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.Is(unicode.Lu, r)
}
