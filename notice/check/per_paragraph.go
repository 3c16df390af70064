package check

import "github.com/thongbao/thongbao/notice/diag"

// maxPerSeg is the most findings a rule reports on one paragraph; the rest
// are counted in one finding more. A real paragraph has a few of a kind,
// a paragraph of thousands of the same slip would print each.
const maxPerSeg = 50

// segCount is how many findings a rule has made on one paragraph, and
// where the first past maxPerSeg was.
type segCount struct {
	n     int
	first int
	seg   *Seg
}

// keep counts a finding on seg at off and reports whether it is among the
// first maxPerSeg of its paragraph.
func (p *Pass) keep(seg *Seg, off int) bool {
	if p.perSeg == nil {
		p.perSeg = map[*Seg]*segCount{}
	}
	c := p.perSeg[seg]
	if c == nil {
		c = &segCount{seg: seg}
		p.perSeg[seg] = c
		p.segOrder = append(p.segOrder, c)
	}
	c.n++
	if c.n == maxPerSeg+1 {
		c.first = off
	}
	return c.n <= maxPerSeg
}

// sayRest reports, once for each paragraph, the findings past maxPerSeg,
// in the order the paragraphs were first reported on (not the map's).
func (p *Pass) sayRest() {
	for _, c := range p.segOrder {
		if k := c.n - maxPerSeg; k > 0 {
			p.ReportAt(c.seg.PosAt(c.first), diag.Msg("đoạn này còn %d chỗ khác cùng loại", "this paragraph has %d more of the same", k))
		}
	}
}
