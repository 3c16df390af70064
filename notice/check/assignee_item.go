package check

// itemGivesWork reports whether a "-" or "+" item with no colon may name
// who is given work before its verb: in a part whose heading or lead
// gives work ("3. Nhiệm vụ thời gian tới" over "- Sở Tài chính tham mưu
// phân bổ vốn ...", "... kết luận như sau:" over "- Công an tỉnh bảo đảm
// ..."), or when the item gives it itself ("- Đề nghị Công an tỉnh tăng
// cường ..."). Elsewhere an item is a line of what was done or of a list
// (t95: such items were never read, and the body given work in them was
// not asked for in Nơi nhận).
func itemGivesWork(head string, sort partSort) bool {
	return sort == partWork || assignPrefix().MatchString(head)
}
