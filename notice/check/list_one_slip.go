package check

import "github.com/thongbao/thongbao/notice/diag"

// One number typed wrong in a list reads as two faults to a walk that
// knows only the number before: "4." "6." "6." "7." is a gap (5 missing)
// then a repeat (6 twice), "4." "5." "5." "7." a repeat then a gap, "4."
// "7." "6." two gaps. A clerk fixes each with one number ("6." -> "5.",
// the second "5." -> "6.", "7." -> "5."): when the markers on either side
// of a faulty one are two apart, it is the one to change, and it is said
// once, with the number it must be.

// pending is the last fault of a level, kept until the next marker of
// that level shows whether it was one number typed wrong.
type pending struct {
	kind       byte   // 'g': out of order after the one before; 'r': a number repeated
	before     int    // the number of the marker before it
	marker     string // the marker that was said
	prev       string // the marker before it
	wantMarker string // the marker it must be
	at         int    // the fault's index among the walk's faults, -1 if not kept
}

// refold is the message the kept fault at must take instead of its own.
type refold struct {
	at  int
	msg diag.Text
}

// slipOf reports whether marker n shows the level's pending fault pd to be
// one number typed wrong (the markers on either side two apart); if so it
// records the fault's new message in q.refold.
func (q *sequence) slipOf(pd pending, n int) bool {
	if pd.kind == 0 || n != pd.before+2 {
		return false
	}
	msg := diag.Msg("%s đứng sau %s: phải là %s", "%s follows %s: it must be %s", pd.marker, excerpt(pd.prev), pd.wantMarker)
	if pd.kind == 'r' {
		msg = diag.Msg("%s lặp lại: phải là %s", "%s is repeated: it must be %s", pd.marker, pd.wantMarker)
	}
	q.refold = &refold{pd.at, msg}
	return true
}

// keep records, after the walk has kept the fault of the last marker,
// where it was kept.
func (q *sequence) keep(at int) {
	if q.pend[q.lastLevel].kind != 0 {
		q.pend[q.lastLevel].at = at
	}
}

// applyRefold gives the kept fault the message of the one number to
// change.
func (q *sequence) applyRefold(out []markerFault) {
	if r := q.refold; r != nil && r.at >= 0 && r.at < len(out) {
		out[r.at].msg = r.msg
	}
	q.refold = nil
}
