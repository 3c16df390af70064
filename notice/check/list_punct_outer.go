package check

// outerRunsOn reports whether the point after the last of a list is a
// point of the list above that itself ends with ";": "a) Chi cục ...
// hướng dẫn:", "- Che chắn ...;", "- Dự trữ ...;", "b) Chi cục ...;".
// The last dashed point ends the point "a)" it belongs to, and with it a
// list run on with ";": its ";" is the outer list's, not a "." left out.
// A list followed by "2. Thời gian: ... ." is still judged.
func outerRunsOn(segs []Seg, last *Seg) bool {
	for k := range segs {
		if &segs[k] != last {
			continue
		}
		if k+1 >= len(segs) {
			return false
		}
		next := &segs[k+1]
		return next.Role != RoleCell && pointKind(next) != "" && pointKind(next) != pointKind(last) && lastMark(next.Text) == ";"
	}
	return false
}
