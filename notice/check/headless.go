package check

// headless reports whether the text has none of the header, the tên loại
// and the trích yếu: requiredText then says the whole first part is
// missing, in one finding, and asks for no Công văn's "V/v ..." of its
// own, since a text without its tên loại that opens with "Kính gửi" may
// be a Thông báo as well as a Công văn.
func headless(v *View) bool {
	return len(v.Header) == 0 && v.Title == nil && v.Subject == nil
}
