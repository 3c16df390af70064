package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// publicPeople are the kinds of genericHead that are people, not bodies:
// a list of kinds holding one is the public.
var publicPeople = []string{"cá nhân", "công dân", "người dân", "nhân dân", "hộ gia đình"}

// publicOwner reports whether a point opens with the public, a list of
// genericHead's kinds, one of them people (publicPeople), then a word in
// small letters: "4. Cơ quan, tổ chức, cá nhân góp ý bằng phiếu ..." (a
// planning institute's display, p101) tells everyone how to take part; it
// gives no body work a Nơi nhận line could send. "Các cơ quan, đơn vị"
// alone is still a group whose members the Nơi nhận must reach
// (assignee_bare_group.go).
func publicOwner(head string) bool {
	f := cite.Fold(head)
	n := genericHeadLen(f)
	if n < 0 {
		return false
	}
	i := skipSpaceRE(f, n)
	if i == n || i == len(f) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(f[i:]); !unicode.IsLetter(r) {
		return false
	}
	if w, k := strings.Fields(head), len(strings.Fields(f[:n])); len(w) > k {
		if r, _ := utf8.DecodeRuneInString(w[k]); unicode.IsUpper(r) {
			return false // "Cơ quan, đơn vị Sở Y tế ...": a body named after the kinds
		}
	}
	for _, k := range publicPeople {
		if strings.Contains(f[:n], k) {
			return true
		}
	}
	return false
}
