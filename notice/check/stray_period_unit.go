package check

import (
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// unitStopRe is a figure glued by a full stop to the unit that counts it
// ("16 giờ 30.phút", "15.ngày"): a unit of time, money or people in small
// letters, the whole word. A figure's own points ("1.000", "2.5") take
// figures after them, a file's name ("02.jpg") no unit word.
var unitStopRe = lazyre.New(`(?:^|[\s(])(\d{1,4})\.(giờ|phút|giây|ngày|tháng|năm|tuần|đồng|người|lần)(?:$|[\s.,;:)])`)

// unitStop reports a full stop between a figure and its unit, in the
// prose: a key struck where the space belongs.
func unitStop(p *Pass, seg *Seg) {
	if !digitDotUnit(seg.Text) {
		return
	}
	for _, m := range unitStopRe().FindAllStringSubmatchIndex(seg.Text, -1) {
		num, unit := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]]
		p.Report(seg, m[3], diag.Msg("dấu chấm thừa giữa số và đơn vị trong %q", "a stray period between the figure and its unit in %q", num+"."+unit),
			diag.Msg("viết %q", "write %q", num+" "+unit))
	}
}

// digitDotUnit reports whether s holds a figure, "." and the first byte of
// one of unitStopRe's units in a row ("30.p"), as every match does: the
// expression opens with a white space class, so without this look it is
// tried from every word of every paragraph (s57b measured 4.87M
// instructions a seed).
func digitDotUnit(s string) bool {
	return digitMark(s, '.', unitFirstByte)
}

// unitFirstByte reports whether s opens with the first byte of one of
// unitStopRe's units.
func unitFirstByte(s string) bool {
	switch s[0] {
	case 'g', 'p', 'n', 't', 'l', 0xC4: // giờ giây, phút, ngày năm người, tháng tuần, lần, đ
		return true
	}
	return false
}
