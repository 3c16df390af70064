package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// issuerAfterAtLead reports whether a citation that opens its sentence
// with "Tại" is followed, past its date and a comma, by the body that
// issued it as the clause's subject: "Tại Thông báo số 512/TB-UBND ngày
// 10 tháng 11 năm 2026, Ủy ban nhân dân tỉnh yêu cầu ...". A body that is
// given something ("..., Sở Tài chính được giao ...") is not the issuer.
func issuerAfterAtLead(c cited) bool {
	if c.DateOff < 0 || !strings.EqualFold(strings.TrimSpace(sentenceHead(c)), "tại") {
		return false
	}
	rest, ok := strings.CutPrefix(afterDate(c), ",")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if m := issuerBodyRe().FindStringIndex(rest); m == nil || strings.TrimSpace(rest[:m[0]]) != "" {
		return false
	}
	if i := strings.IndexAny(rest, ",;.:"); i >= 0 {
		rest = rest[:i]
	}
	return !containsLit(cite.Fold(rest), " được ")
}
