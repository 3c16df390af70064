package check

import (
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// An issuer written as its kind alone after its whole name ("của Hội
// đồng" after "của Hội đồng tuyển dụng viên chức", "của Ban Quản lý"
// after "của Ban Quản lý dự án giao thông", "của Sở" after "của Sở Y
// tế") is how an office names a body the reader already knows, most
// often itself ("TM. HỘI ĐỒNG"): no name cut short. A name cut inside
// its field or its proper part ("Bộ Giao thông", "Hội đồng tuyển
// dụng") still is.

// kindOnly reports whether an issuer in normal form, one space apart,
// is a kind of body alone (bodyKinds, or a kind with its usual function:
// "ban quản lý", "ban chỉ đạo").
func kindOnly(words string) bool {
	return kindsAlone()[words]
}

// kindsAlone are bodyKinds and kindShortNames in normal form.
var kindsAlone = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range bodyKinds() {
		m[cite.Fold(k)] = true
	}
	for _, k := range kindShortNames {
		m[cite.Fold(k)] = true
	}
	return m
})

// kindShortNames are the kinds of body of more words than bodyKinds
// holds that offices write alone for one body of the kind.
var kindShortNames = []string{"ban quản lý", "ban quản lý dự án", "ban chỉ đạo", "ban chỉ huy", "ban tổ chức", "bệnh viện", "chi nhánh", "tiểu ban", "ban thường vụ", "ban chấp hành", "ban giám hiệu", "ban giám đốc", "hội đồng nhân dân", "ủy ban nhân dân"}
