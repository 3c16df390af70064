package cite

// straySlash reports whether s (the text after a cited number) opens
// with a "/" typed after the code's last letter, then a space and the
// document's date ("Nghị định số 103/2017/NĐ-CP/ ngày 12 tháng 9 năm
// 2017"): the code ends before the mark, and the date and issuer are read
// after it. The mark is a slip of the code's form, which citation-form
// says.
func straySlash(s string) bool {
	return len(s) > 2 && s[0] == '/' && s[1] == ' ' && dateAfter(s[1:]) != nil
}
