package diag

import (
	"errors"
	"strings"
)

// Dropped counts the findings a reader or checker found past its limit
// and did not keep: how many, where the first was, and the worst severity.
type Dropped struct {
	N     int
	At    Pos
	Worst Severity
}

// Add counts f.
func (d *Dropped) Add(f Finding) {
	if d.N++; d.N == 1 {
		d.At = f.Pos
	}
	d.Worst = max(d.Worst, f.Severity)
}

// Cap is how many findings are listed for one file; a real notice has a
// few dozen at most, and a file with thousands is most likely not one.
type Cap struct {
	Max  int    // the most findings listed
	Rule string // the rule id of the finding that sums up the rest
	Noun Text   // what is counted, the English in the plural ending in s: "lỗi"/"problems", "điểm"/"findings"
}

// Apply sorts l, keeps its first c.Max findings and sums up the rest, and
// those dropped before, in one finding at the first left out, as severe
// as the worst of them: the exit code stays what it would have been.
func (c Cap) Apply(l List, dropped Dropped) List {
	l.Sort()
	if len(l) > c.Max {
		for _, f := range l[c.Max:] {
			if dropped.N == 0 || f.Pos.Before(dropped.At) {
				dropped.At = f.Pos
			}
			dropped.N++
			dropped.Worst = max(dropped.Worst, f.Severity)
		}
		l = l[:c.Max]
	}
	if dropped.N == 0 {
		return l
	}
	more := Msg("còn %d %s khác không liệt kê", "%d more %s are not listed", dropped.N, c.Noun)
	if dropped.N == 1 { // "1 more problems are not listed"
		more = Msg("còn 1 %s khác không liệt kê", "1 more %s is not listed", Text{VI: c.Noun.VI, EN: strings.TrimSuffix(c.Noun.EN, "s")})
	}
	return append(l, Finding{Pos: dropped.At, Rule: c.Rule, Severity: dropped.Worst,
		Message: more,
		Fix: Msg("sửa các %s được liệt kê rồi kiểm tra lại; tệp này có thể không phải một thông báo",
			"fix the %s listed and check again; this file may not be a notice", c.Noun)})
}

// AsList returns the findings an error carries, or makes one finding of
// an error that has none: rule and what say what could not be done
// ("không kiểm tra được"/"cannot check"), fix what to do.
func AsList(path string, err error, rule string, what, fix Text) List {
	var list List
	if errors.As(err, &list) {
		return list
	}
	return List{{Pos: Pos{Path: path}, Rule: rule, Severity: Error,
		Message: Msg("%s: %v", "%s: %v", what, err), Fix: fix}}
}
