package check

import "github.com/thongbao/thongbao/notice/diag"

// topPos is where a lost header would stand: the first line of the text,
// the "Kính gửi:" of a letter that opens with it included.
func (v *View) topPos() diag.Pos {
	top := v.firstPos()
	if v.Addressee != nil {
		if pos := v.Addressee.PosAt(0); pos.Line > 0 && posBefore(pos, top) {
			top = pos
		}
	}
	return top
}

// numberPlace is where a missing "Số:" line would stand: under the
// issuer's name, so on the issuer's last line (the last line of the header
// that is neither the Quốc hiệu, the Tiêu ngữ nor the place and date); the
// header's first line when the issuer is not there either.
func (v *View) numberPlace() diag.Pos {
	var at diag.Pos
	for i := range v.Header {
		s := &v.Header[i]
		pos := s.PosAt(0)
		switch {
		case pos.Line == 0,
			v.DateSeg != nil && pos == v.DateSeg.PosAt(0),
			onlyWordsOf(s.Text, nationName), onlyWordsOf(s.Text, mottoText):
			continue
		}
		if at.Line == 0 || posBefore(at, pos) {
			at = pos
		}
	}
	if at.Line == 0 {
		return v.Header[0].PosAt(0)
	}
	return at
}
