package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// issuerMissing reports whether the header above the tên loại holds the
// Quốc hiệu or the Tiêu ngữ and nothing else but the number and the place
// and date: the issuing body (tên cơ quan, tổ chức ban hành) is nowhere.
func (v *View) issuerMissing() bool {
	head := v.headAbove()
	national := false
	for i := range head {
		s := &head[i]
		switch {
		case v.Number != nil && s.PosAt(0) == v.Number.PosAt(0),
			v.DateSeg != nil && s.PosAt(0) == v.DateSeg.PosAt(0):
		case onlyWordsOf(s.Text, nationName), onlyWordsOf(s.Text, mottoText):
			national = true
		default:
			return false
		}
	}
	return national
}

// onlyWordsOf reports whether s holds the words of want, in any case and
// with any dashes, and nothing else.
func onlyWordsOf(s, want string) bool {
	key := func(t string) string {
		f := strings.FieldsFunc(strings.ToLower(cite.Fold(t)), func(r rune) bool { return !isLetter(r) })
		return strings.Join(f, " ")
	}
	return key(s) != "" && key(s) == key(want)
}
