package check

import "strings"

// minutesWrappedInCell reports whether t, a time without "phút" that ends
// its table cell ("Từ 07 giờ 00 phút đến 16 giờ 30"), is a cell of a
// laid-out page (pdftotext -layout) whose line broke before "phút": the
// cell under it, on the next line at the same column, opens with "phút"
// ("phút, thứ Ba, ngày 15/12/2026"). The time is written with "phút".
func minutesWrappedInCell(v *View, t clockTime) bool {
	if t.seg.Role != RoleCell || strings.TrimSpace(t.seg.Text[t.at+2:]) != "" {
		return false
	}
	below := cellBelow(v, t.seg)
	if below == nil {
		return false
	}
	rest := strings.TrimLeft(below.Text, " \t")
	return strings.HasPrefix(rest, "phút") && (len(rest) == len("phút") || !letterFirst(rest[len("phút"):]))
}

// cellBelow is the table cell that stands on the source line after
// seg's last one and starts at seg's column, or nil: the rest of a cell
// a laid-out page wrapped.
func cellBelow(v *View, seg *Seg) *Seg {
	if seg.Text == "" {
		return nil
	}
	start := seg.PosAt(0)
	last := seg.PosAt(len(seg.Text) - 1).Line
	ts := v.Texts()
	for i := range ts {
		if ts[i].Role != RoleCell || ts[i].Text == "" {
			continue
		}
		if p := ts[i].PosAt(0); p.Line == last+1 && p.Col == start.Col {
			return &ts[i]
		}
	}
	return nil
}
