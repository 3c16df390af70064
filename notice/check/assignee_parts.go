package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// partOfWhole reports whether the point body[i], with no colon of its
// own, is one of the parts a lead-in lists with "gồm:": "1. Phạm vi: các
// hợp phần của Dự án gồm:", "a) Trung tâm giám sát, điều hành đô thị
// thông minh (IOC);". A part named is no body given work, whatever its
// name starts with. The lead-in is the nearest paragraph above ending
// with ":" that is not a sibling point; the siblings' own points are
// passed over. "1. Giao các đơn vị sau:", "a) Phòng Nội vụ;" still assigns,
// and so does a lead-in with "gồm:" that assigns (leadAssigns).
func partOfWhole(body []Seg, i int) bool {
	own := pointKind(&body[i])
	if own == "" || strings.Contains(body[i].Text, ":") {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		s := &body[k]
		kind := pointKind(s)
		if kind == own {
			continue // a sibling
		}
		t := strings.TrimRight(s.Text, " \t")
		if !strings.HasSuffix(t, ":") {
			if kind == "" {
				return false
			}
			continue // a point of a sibling's own list
		}
		f := cite.Fold(strings.TrimSuffix(t, ":"))
		return (strings.HasSuffix(f, " gồm") || strings.HasSuffix(f, " bao gồm") || namesNominees(f)) && !leadAssigns(s, f)
	}
	return false
}

// namesNominees reports whether the lead-in f, folded, lists collectives
// a commendation weighs ("lấy ý kiến đối với các tập thể sau", "đề nghị
// khen thưởng cho các tập thể, cá nhân sau"): the Luật Thi đua, khen
// thưởng's "tập thể" is whom the notice tells of, not a body given work.
func namesNominees(f string) bool {
	return containsWords(f, "tập thể") && (strings.HasSuffix(f, " sau") || strings.HasSuffix(f, " gồm"))
}

// bodiesLeadWords are the words of a lead-in whose whole is bodies, not parts:
// "Đơn vị phối hợp ... gồm", "các cơ quan, đơn vị sau ..., gồm".
var bodiesLeadWords = []string{"đơn vị", "cơ quan"}

// namesBodies reports whether f, folded, holds one of bodiesLeadWords as words.
func namesBodies(f string) bool {
	for _, w := range bodiesLeadWords {
		for from := 0; ; {
			i := strings.Index(f[from:], w)
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			before, _ := utf8.DecodeLastRuneInString(f[:i])
			after, _ := utf8.DecodeRuneInString(f[from:])
			if (i == 0 || !unicode.IsLetter(before)) && (from == len(f) || !unicode.IsLetter(after)) {
				return true
			}
		}
	}
	return false
}

// leadAssigns reports whether the lead-in s, folded f, gives work to
// the bodies it lists with "gồm:" rather than naming a whole's parts: it
// opens with "Giao", "Đề nghị", "Yêu cầu" ("1. Giao các cơ quan, đơn vị
// sau phối hợp thẩm định, gồm:"), or its whole is bodies ("2. Đơn vị
// phối hợp kiểm tra gồm:").
func leadAssigns(s *Seg, f string) bool {
	head := s.Text
	if s.Marker != "" {
		head = strings.TrimLeft(strings.TrimPrefix(head, s.Marker), " ")
	}
	return assignPrefix().MatchString(head) || namesBodies(f)
}
