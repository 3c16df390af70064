package plain

// hasMotto reports whether the header read so far holds the Tiêu ngữ
// ("Độc lập - Tự do - Hạnh phúc"): a line in capitals under it is the
// tên loại, with its trích yếu run into it ("THÔNG BÁO CÁC KHOẢN THU ĐẦU
// NĂM"), even in a draft with no number and no place and date.
func (r *reader) hasMotto() bool {
	for _, p := range r.paras {
		if p.Kind == Header && mottoRe().MatchString(p.Text) {
			return true
		}
	}
	return false
}
