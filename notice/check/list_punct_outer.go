package check

// outerRunsOn reports whether the point after the last of a list is a
// point of the list above that runs on with ";": "a) Chi cục ...
// hướng dẫn:", "- Che chắn ...;", "- Dự trữ ...;", "b) Chi cục ...;".
// The last dashed point ends the point "a)" it belongs to, and with it a
// list run on with ";": its ";" is the outer list's, not a "." left out.
// The outer point after it may be that list's last and close it with "."
// ("a) ...;", "b) Sơ tán ...:", "- ...;", "- ...;", "c) ... ."): a point
// of its kind before the dashed list that ends with ";" shows the run.
// A list followed by "2. Thời gian: ... ." with no "1. ...;" before it is
// still judged.
func outerRunsOn(segs []Seg, last *Seg) bool {
	for k := range segs {
		if &segs[k] != last {
			continue
		}
		if k+1 >= len(segs) {
			return false
		}
		next := &segs[k+1]
		kind := pointKind(next)
		if next.Role == RoleCell || kind == "" || kind == pointKind(last) {
			return false
		}
		return lastMark(next.Text) == ";" || outerRunBefore(segs[:k], kind)
	}
	return false
}

// outerRunBefore reports whether a point of kind before the dashed list
// that ends segs, in the same run of points, ends with ";". A point of
// kind that ends with "." closed a run: the ";" of one before it, an
// earlier list's ("1. ...:", "a) ...;", "b) ... .", "2. ...:", "a) ... ."),
// does not run this one on.
func outerRunBefore(segs []Seg, kind string) bool {
	for k := len(segs) - 1; k >= 0; k-- {
		s := &segs[k]
		switch pointKind(s) {
		case "":
			return false // a paragraph of its own: the run has ended
		case kind:
			switch lastMark(s.Text) {
			case ";":
				return true
			case ".":
				return false
			}
		}
	}
	return false
}
