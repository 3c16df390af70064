package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// visitsRe is a site's visit counter's label on a line of its own, as a
// portal prints it in its side column: "SỐ LƯỢT TRUY CẬP", "Lượt truy
// cập:", "Thống kê truy cập", perhaps with the count after it. No line of
// a letter is that label alone.
var visitsRe = lazyre.New(`(?i)^(?:số lượt truy cập|lượt truy cập|thống kê truy cập|tổng (?:số )?lượt truy cập)\s*:?\s*[\d.,]*$`)

// dropVisits blanks a site's visit counter (visitsRe) and the bare figures
// under it, the counter's digits the page prints one a line ("3" / "8" /
// "7" ...), so that none is read as the notice's number line or body.
func dropVisits(out []line) {
	for i, l := range out {
		if l.cells != nil || l.page || !mayOpenVisits(l.text) || !visitsRe().MatchString(strings.TrimSpace(l.text)) {
			continue
		}
		out[i] = line{num: l.num, chrome: true}
		for k := i + 1; k < len(out); k++ {
			t := strings.TrimSpace(out[k].text)
			if out[k].cells != nil || out[k].page || t != "" && (len(t) > 12 || strings.Trim(t, "0123456789.,") != "") {
				break
			}
			out[k] = line{num: out[k].num, chrome: true}
		}
	}
}

// mayOpenVisits reports whether s holds "truy cập" in one of the cases a
// match of visitsRe writes it: small, capitals, or from a capital.
func mayOpenVisits(s string) bool {
	return strings.Contains(s, "truy cập") || strings.Contains(s, "TRUY CẬP") || strings.Contains(s, "Truy cập")
}

// portalClockRe is a portal's post date in words with its clock, perhaps
// under the post's section: "Tin văn hóa thể thao 15 Tháng Giêng 2018
// 4:30:00 CH" (SA and CH, the Vietnamese AM and PM). A letter writes its
// date after its place, never with a time of day in SA or CH.
var portalClockRe = lazyre.New(`(?i)^(?:\pL+\s+){0,8}\d{1,2}\s+tháng\s+(?:giêng|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|mười một|mười hai|chạp|\d{1,2}),?\s+\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:SA|CH|AM|PM)$`)

// mayPortalClock reports whether portalClockRe may match t: it ends with
// "SA", "CH", "AM" or "PM" in any case, whose last letter has no other
// case than its ASCII two, and its clock holds a ":". A line of prose
// ends with neither, and the expression is not tried on it.
func mayPortalClock(t string) bool {
	if t == "" || strings.IndexByte(t, ':') < 0 {
		return false
	}
	switch t[len(t)-1] {
	case 'a', 'A', 'h', 'H', 'm', 'M':
		return true
	}
	return false
}

// portalClock reports whether t is a portal's post date in words with its
// clock (portalClockRe); the expression runs only on a line ending in "SA",
// "CH", "AM" or "PM" that holds a ":".
func portalClock(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 4 || !strings.Contains(t, ":") {
		return false
	}
	switch strings.ToUpper(t[len(t)-2:]) {
	case "SA", "CH", "AM", "PM":
		return portalClockRe().MatchString(t)
	}
	return false
}
