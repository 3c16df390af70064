package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// ownPlaceNoun reports whether the common noun n is the place the
// issuer is named for, its own name holding it after the issuer's kind:
// "Nghĩa trang" in a notice of the "BAN QUẢN LÝ NGHĨA TRANG LIỆT SĨ
// QUỐC GIA ĐƯỜNG 9" ("ở phía đông Nghĩa trang.", p99) is that
// cemetery's name cut short, as the Ban writes its own place, not a
// cemetery of no name. "di dời Nghĩa trang." in a Ủy ban nhân dân's
// notice is still the common noun (round 43).
func ownPlaceNoun(v *View, n commonNoun) bool {
	own := strings.Fields(cite.Fold(issuerOwnLine(v))) // issuer_own.go
	k := len(n.words)
	for i := 1; i+k < len(own); i++ { // after the kind, and a name goes on after it
		if strings.Join(own[i:i+k], " ") == strings.Join(n.words, " ") {
			return true
		}
	}
	return false
}
