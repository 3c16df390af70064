package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// partOfWhole reports whether the point body[i], with no colon of its
// own, is one of the parts a lead-in lists with "gồm:": "1. Phạm vi: các
// hợp phần của Dự án gồm:", "a) Trung tâm giám sát, điều hành đô thị
// thông minh (IOC);". A part named is no body given work, whatever its
// name starts with. The lead-in is the nearest paragraph above ending
// with ":" that is not a sibling point; the siblings' own points are
// passed over. "1. Giao các đơn vị sau:", "a) Phòng Nội vụ;" still assigns.
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
		return strings.HasSuffix(f, " gồm") || strings.HasSuffix(f, " bao gồm")
	}
	return false
}
