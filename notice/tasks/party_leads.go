package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// partyHeads open the name of a Party body, which "lãnh đạo" (leads) a
// body of the State: "Đảng ủy Ủy ban nhân dân phường lãnh đạo Ủy ban
// nhân dân phường: ...", "Đảng ủy Công an phường lãnh đạo Công an phường
// xây dựng ..." (t95, p91's Đảng ủy phường): the Party body owns the task.
var partyHeads = []string{"đảng ủy", "đảng đoàn", "ban cán sự đảng", "chi bộ", "các chi bộ", "ban thường vụ",
	"cấp ủy", "các cấp ủy", "ban chấp hành"}

// partyLeads reports whether "lãnh đạo" stands at offset i of s after the
// name of a Party body and before a capitalised body: the verb that ends
// the owner. Elsewhere "lãnh đạo" is a noun ("Các đồng chí lãnh đạo Sở").
func partyLeads(s string, i int) bool {
	rest, ok := strings.CutPrefix(s[i:], "lãnh đạo ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	f := cite.Fold(s[:i])
	for _, h := range partyHeads {
		if strings.HasPrefix(f, h+" ") {
			return true
		}
	}
	return false
}
