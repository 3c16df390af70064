package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// morningHour reports the afternoon's hour given to a morning ("buổi sáng
// từ 14 giờ 30 phút", "sáng: lúc 15 giờ 00 phút"): a notice writes the
// day's hours from 00 to 24, and no morning runs past 12 giờ, so the hour
// or the word is a slip. Only the time right after "sáng" and a clock
// word is read, or one "sáng" follows ("lúc 19 giờ 30 phút sáng ngày
// 21", x101's probes): the end of a span ("sáng từ 07 giờ 30 phút đến 12 giờ 00
// phút") and a time after other words are left.
func morningHour(p *Pass, seg *Seg, first int) {
	s := seg.Text
	for g := range gioPlaces(s, first) {
		h, b, ok := clockHour(s, g) // time_hours_over.go
		if !ok || h <= 12 || h >= 24 {
			continue
		}
		end := g + len("giờ")
		if _, k, ok := clockMinutes(s, end); ok {
			end = k
		}
		if !morningBefore(s[:b]) && !morningAfter(s[end:]) {
			continue
		}
		written := strings.TrimSpace(s[b:end])
		p.Report(seg, b, diag.Msg("%q ghi cho buổi sáng: giờ trong ngày ghi từ 00 đến 24, buổi sáng không quá 12 giờ", "%q is given to the morning: the day's hours run from 00 to 24, and a morning ends by 12 giờ", written),
			diag.Msg("kiểm tra lại giờ (%q) hoặc buổi đã ghi", "check the hour (%q) or the part of the day written", written))
	}
}

// morningBefore reports whether before, the text up to a clock time, ends
// in "sáng" then one of clockWords ("buổi sáng từ ", "Sáng: lúc "), but
// "đến": "từ sáng đến 14 giờ 00 phút", "ca sáng đến 14 giờ", "từ 05 giờ
// 30 phút sáng đến 13 giờ" end a span begun in the morning, past noon
// (rv99: x99's reading said them). "sáng" closing a word of light is no
// part of the day: "Tạm ngừng chiếu sáng từ 22 giờ 00 đến 05 giờ 00 sáng
// hôm sau" (a lighting company's notice, p103; lightLeads).
func morningBefore(before string) bool {
	for _, w := range clockWords {
		if w == "đến " {
			continue
		}
		if t, ok := strings.CutSuffix(before, w); ok {
			t = strings.TrimRight(t, " :,")
			lead, ok := strings.CutSuffix(t, " sáng")
			if !ok {
				lead, ok = strings.CutSuffix(t, " Sáng")
			}
			if ok {
				return !lightLeads()[strings.ToLower(lastField(lead))] // assignee_giver.go
			}
			return t == "sáng" || t == "Sáng"
		}
	}
	return false
}

// lightLeads are the words before "sáng" that make it light, not the
// morning: "chiếu sáng" (lighting), "ánh sáng", "thắp sáng", "phát sáng".
var lightLeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"chiếu": true, "ánh": true, "thắp": true, "phát": true, "soi": true, "tỏa": true}
})

// morningAfter reports whether after, the text after a clock time, opens
// with the word "sáng" ("19 giờ 30 phút sáng ngày 21"): the part of the
// day named for the time just written, then a mark, the end or a word of
// morningNext.
func morningAfter(after string) bool {
	t := strings.TrimLeft(after, " ")
	if len(t) == len(after) {
		return false
	}
	w, ok := strings.CutPrefix(t, "sáng")
	if !ok {
		return false
	}
	if next, ok := strings.CutPrefix(w, " "); ok {
		word, _, _ := strings.Cut(next, " ")
		return morningNext()[strings.TrimRight(word, ".,;:)")]
	}
	r, _ := utf8.DecodeRuneInString(w)
	return w == "" || !unicode.IsLetter(r)
}

// morningNext are the words that follow "sáng" as the part of a day ("sáng
// ngày 21", "sáng thứ Hai", "sáng mai"); any other makes "sáng" part of
// another word ("lúc 20 giờ sáng kiến ... được trao giải", "sáng tác",
// "sáng tạo").
var morningNext = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ngày": true, "hôm": true, "mai": true, "nay": true, "thứ": true, "chủ": true, "Chủ": true, "cùng": true, "mùng": true, "mồng": true}
})
