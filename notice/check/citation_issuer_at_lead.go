package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// issuerAfterAtLead reports whether a citation that opens its sentence
// with "Tại" is followed, past its date and a comma, by the body that
// issued it as the clause's subject: "Tại Thông báo số 512/TB-UBND ngày
// 10 tháng 11 năm 2026, Ủy ban nhân dân tỉnh yêu cầu ...". A body that is
// given something ("..., Sở Tài chính được giao ...") is not the issuer,
// nor one whose kind does not fit the document's code ("512/TB-UBND ...,
// Sở Tài chính đề nghị ...": a Sở issues no "-UBND").
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
	if !subjectFitsCode(rest, c.Number.Issuer) {
		return false
	}
	if i := strings.IndexAny(rest, ",;.:"); i >= 0 {
		rest = rest[:i]
	}
	return !containsLit(cite.Fold(rest), " được ")
}

// subjectKindRe opens the name of a body whose kind sets how its
// documents' codes begin: an Ủy ban's "UBND", a Sở's "S..." ("SXD",
// "STC"), a Bộ's "B..." ("BTC").
var subjectKindRe = lazyre.New(`^(?:(Ủy\s*ban|Uỷ\s*ban|UBND)|(Sở)|(Bộ))\s`)

// subjectFitsCode reports whether the body that name opens with may
// have issued a document whose issuer code is code: any body when its
// kind or the code is not known.
func subjectFitsCode(name, code string) bool {
	m := subjectKindRe().FindStringSubmatchIndex(name)
	if m == nil || code == "" {
		return true
	}
	code = strings.ToUpper(code)
	switch {
	case m[2] >= 0:
		return strings.HasPrefix(code, "UB")
	case m[4] >= 0:
		return strings.HasPrefix(code, "S")
	default:
		return strings.HasPrefix(code, "B")
	}
}
