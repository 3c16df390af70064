package check

// headAbove is the header read above the tên loại: a place and date
// typed at the foot of a text, over the signer's title, is read as the
// header's date (date-format judges it) but is no header at the head, so
// a text with nothing else above its title still lacks its header.
func (v *View) headAbove() []Seg {
	if v.Title == nil {
		return v.Header
	}
	title := v.Title.PosAt(0).Line
	var out []Seg
	for _, s := range v.Header {
		if s.PosAt(0).Line < title {
			out = append(out, s)
		}
	}
	return out
}
