package check

// overTable reports whether a point stands over a table, the cells
// between it and the next paragraph of segs ("1. Số lượng và vị trí tuyển
// dụng" over the rows of posts, then "2. Hình thức tuyển dụng: xét
// tuyển."): a heading over its table, whose content is the rows, with no
// mark after it. A table ends the run of points (listRuns); the reading
// keeps a table's cells apart from the body's paragraphs.
func overTable(v *View, segs []Seg, s *Seg) bool {
	i := segIndex(segs, s)
	if i < 0 || len(v.Appendix) == 0 {
		return false
	}
	from := s.LineAt(len(s.Text))
	to := int(^uint(0) >> 1)
	if i+1 < len(segs) {
		to = segs[i+1].LineAt(0)
	}
	for k := range v.Appendix {
		c := &v.Appendix[k]
		if l := c.LineAt(0); c.Role == RoleCell && l > from && l < to {
			return true
		}
	}
	return false
}
