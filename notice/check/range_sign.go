package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "range-sign", Severity: diag.Warning, Ref: diag.Practice, Run: rangeSign,
		Title: diag.Msg("khoảng ngày, khoảng tuần, khoảng giờ viết \"từ ... đến ...\", không dùng dấu chia \"÷\", mũi tên \"→\" hay dấu gạch nối sau \"từ\"", "a span of days, weeks or hours is written \"từ ... đến ...\", not with the division sign \"÷\", an arrow \"→\" or a dash after \"từ\""),
		Help: diag.Msg("dấu \"÷\" là dấu chia; khoảng thời gian viết bằng chữ \"đến\": \"từ ngày 18/12/2023 đến ngày 24/12/2023\"",
			"\"÷\" is the division sign; a span of time is written with \"đến\": \"từ ngày 18/12/2023 đến ngày 24/12/2023\"")})
}

var (
	// rangeDateEnd and rangeDateStart are a date (or a day and month)
	// just before and just after the sign.
	rangeDateEnd   = lazyre.New(`\d{1,2}/\d{1,2}(?:/\d{4})?\s*$`)
	rangeDateStart = lazyre.New(`^\s*\d{1,2}/\d{1,2}(?:/\d{4})?`)
	// rangeTimeWord is a word of dates or weeks shortly before the sign.
	rangeTimeWord = lazyre.New(`(?i)\b(ngày|tuần|tháng)\b[^.;:()]{0,30}$`)
	// rangeHourEnd and rangeHourStart are an hour written short ("7h30",
	// "11h") just before and just after the sign.
	rangeHourEnd   = lazyre.New(`\b\d{1,2}h(?:\d{2})?\s*$`)
	rangeHourStart = lazyre.New(`^\s*\d{1,2}h(?:\d{2})?\b`)
	// rangeFromDate is "từ" (or "từ ngày") and a date just before a dash,
	// or a day alone whose month the date after the dash gives ("từ ngày
	// 04-09/8/2020", "Từ 4-14/12/2020").
	rangeFromDate = lazyre.New(`(?i)(từ\s+(?:ngày\s+)?\d{1,2}(?:/\d{1,2}(?:/\d{4})?)?)\s*$`)
	// rangeDayMonthStart is a day and month after the dash of a span whose
	// first day stands alone: the whole of a date, not the start of a
	// month and year ("từ 01-3/2020" is a span of months, left alone).
	rangeDayMonthStart = lazyre.New(`^\s*\d{1,2}/\d{1,2}(?:/\d{4})?(?:[^\d/]|$)`)
	// rangeDayLongStart is a day and month in words after the dash of a
	// span whose first day stands alone ("Từ ngày 20 – 23 tháng 11 năm
	// 2024"): the whole of the last day, taken into the fix.
	rangeDayLongStart = lazyre.New(`(?i)^\s*\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?\b`)
	// rangeFromHour is "từ" and an hour in words or short just before a
	// dash ("từ 7 giờ 30 phút - 10 giờ 30 phút", "từ 7h30 - 11h"), and
	// rangeHourWordStart the hour after it.
	rangeFromHour      = lazyre.New(`(?i)^từ\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*$`)
	rangeHourWordStart = lazyre.New(`(?i)^\s*\d{1,2}\s*(?:giờ(?:\s+\d{1,2}\s+phút|\s+\d{1,2}\b)?|h\d{0,2}\b)`)
)

// rangeSigns are the signs written for "đến" in a span: the division sign,
// the arrow ("Từ 01/02/2020 → 30/05/2020", "Sáng 7h30 → 11h30"), and the
// hyphen or dash after a span opened with "từ" ("Từ ngày 06/5/2021 -
// 21/5/2021": "từ" asks for its "đến").
var rangeSigns = []string{"÷", "→", "-", "–"}

// rangeSign finds the division sign "÷" written for "đến" in a span of
// days or weeks ("Từ ngày 18/12/2023 ÷ 24/12/2023", "Tuần 22 ÷ 24"): a
// date just before or after the sign, or "ngày", "tuần", "tháng" a few
// words before it. A technical range ("14÷22 mm", "Km30+00 ÷ Km40+00")
// is left as engineers write it. The arrow is said only between two
// dates or two hours ("Bước 1 → Bước 2" is a sequence, not a span).
func rangeSign(p *Pass) {
	for _, seg := range p.View.textSegs() {
		for _, sign := range rangeSigns {
			rangeSignIn(p, seg, sign)
		}
	}
}

// rangeSignIn reports each span of seg written with sign for "đến".
func rangeSignIn(p *Pass, seg *Seg, sign string) {
	t := seg.Text
	if indexSign(t, sign) < 0 {
		return
	}
	for at := 0; ; {
		i := indexSign(t[at:], sign)
		if i < 0 {
			break
		}
		i += at
		at = i + len(sign)
		before, after := t[:i], t[at:]
		if !rangeSpan(sign, before, after) {
			continue
		}
		from := i
		if j := strings.LastIndexByte(strings.TrimRight(before, " "), ' '); j >= 0 {
			from = j + 1
		}
		to := at + len(after) - len(strings.TrimLeft(after, " "))
		hour := (sign == "-" || sign == "–") && rangeFromHourAt(before) >= 0
		if m := rangeHourWordStart().FindStringIndex(after); hour && m != nil {
			to = at + m[1]
		} else if m := rangeDayLongStart().FindStringIndex(after); (sign == "-" || sign == "–") && m != nil {
			to = at + m[1]
		} else if k := strings.IndexByte(t[to:], ' '); k >= 0 {
			to += k
		} else {
			to = len(t)
		}
		for to > at && strings.ContainsRune("),:;.", rune(t[to-1])) {
			to--
		}
		msg := diag.Msg("%q: dấu chia \"÷\" dùng thay chữ \"đến\"", "%q: the division sign \"÷\" for \"đến\"", t[from:to])
		switch sign {
		case "→":
			msg = diag.Msg("%q: mũi tên \"→\" dùng thay chữ \"đến\"", "%q: the arrow \"→\" for \"đến\"", t[from:to])
		case "-", "–":
			if from = rangeFromHourAt(before); from < 0 {
				from = rangeFromAt(before)
			}
			msg = diag.Msg("%q: khoảng ngày mở bằng \"từ\" nhưng dùng dấu gạch nối thay chữ \"đến\"", "%q: a span opened with \"từ\" and closed with a dash for \"đến\"", t[from:to])
			if hour {
				msg = diag.Msg("%q: khoảng giờ mở bằng \"từ\" nhưng dùng dấu gạch nối thay chữ \"đến\"", "%q: a span of hours opened with \"từ\" and closed with a dash for \"đến\"", t[from:to])
			}
		}
		join := " đến "
		if (sign == "-" || sign == "–") && containsLit(strings.ToLower(t[from:i]), "ngày") {
			join = " đến ngày " // "từ ngày ... đến ngày ..."
		}
		// the dash's spaces go with it: spacing leaves a dash said here (said_by.go)
		p.reportSaid(seg, i, msg,
			diag.Msg("viết %q", "write %q", strings.TrimRight(t[from:i], " ")+join+strings.TrimLeft(t[at:to], " ")))
	}
}

// rangeSpan reports whether sign between before and after stands for
// "đến": "÷" after or before a date or a word of dates, the arrow between
// two dates or two hours.
func rangeSpan(sign, before, after string) bool {
	switch sign {
	case "-", "–":
		if rangeFromHourAt(before) >= 0 {
			return rangeHourWordStart().MatchString(after)
		}
		at := rangeFromAt(before)
		if at < 0 {
			return false
		}
		if !strings.Contains(before[at:], "/") {
			// "từ ngày 04-09/8/2020", "Từ ngày 20 – 23 tháng 11 năm 2024"
			return rangeDayMonthStart().MatchString(after) || rangeDayLongStart().MatchString(after)
		}
		return rangeDateStart().MatchString(after)
	case "→":
		return rangeDateEnd().MatchString(before) && rangeDateStart().MatchString(after) ||
			rangeHourEnd().MatchString(before) && rangeHourStart().MatchString(after)
	}
	return rangeDateEnd().MatchString(before) || rangeDateStart().MatchString(after) || rangeTimeWord().MatchString(before)
}

// rangeFromAt returns where "từ" opens the date that ends before (a dash
// follows it), -1 when before does not end so. Only the last words are
// read: a dash is common, and most have no figure before them.
func rangeFromAt(before string) int {
	b := strings.TrimRight(before, " ")
	if b == "" || b[len(b)-1] < '0' || b[len(b)-1] > '9' {
		return -1
	}
	off := max(0, len(before)-40)
	tail := before[off:]
	if !strings.Contains(tail, "ừ") && !strings.Contains(tail, "Ừ") {
		return -1
	}
	m := rangeFromDate().FindStringSubmatchIndex(tail)
	if m == nil {
		return -1
	}
	if r, _ := utf8.DecodeLastRuneInString(tail[:m[2]]); m[2] > 0 && (isLetter(r) || r >= '0' && r <= '9') {
		return -1 // "từ" inside a longer word
	}
	return off + m[2]
}

// rangeFromHourAt returns where "từ" opens the hour that ends before (a
// dash follows it), -1 when before does not end so.
func rangeFromHourAt(before string) int {
	off := max(0, len(before)-40)
	tail := before[off:]
	k := max(strings.LastIndex(tail, "ừ"), strings.LastIndex(tail, "Ừ"))
	if k < 1 || tail[k-1]|0x20 != 't' {
		return -1
	}
	k--
	if r, _ := utf8.DecodeLastRuneInString(tail[:k]); k > 0 && (isLetter(r) || r >= '0' && r <= '9') {
		return -1 // "từ" inside a longer word
	}
	if !rangeFromHour().MatchString(tail[k:]) {
		return -1
	}
	return off + k
}

// indexSign is strings.Index(t, sign) for a range sign. A sign of several
// bytes is looked for by its last byte, then the bytes before it compared:
// "÷" is C3 B7, and C3 opens "à", "á", "ê", "ô" ... at nearly every word,
// where B7 ends few letters ("ặ", "ỷ"); the arrow and the dash end in 92
// and 93. rangeSign asks every text for each sign.
func indexSign(t, sign string) int {
	n := len(sign)
	if n == 1 {
		return strings.IndexByte(t, sign[0])
	}
	last := sign[n-1]
	for from := n - 1; from < len(t); {
		i := strings.IndexByte(t[from:], last)
		if i < 0 {
			return -1
		}
		end := from + i + 1
		if t[end-n:end] == sign {
			return end - n
		}
		from = end
	}
	return -1
}
