package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Severity ranks findings. The zero value is Info.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

// String returns the stable, language-neutral name of s.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return Info, fmt.Errorf("parse severity %q: use error, warning or info", s)
}

// Finding is one thing wrong (or worth knowing) about a notice.
type Finding struct {
	Pos      Pos      // where it is
	Rule     string   // stable id, e.g. "toml-syntax", "list-letter-sequence"
	Severity Severity // how bad
	Message  Text     // what is wrong
	Fix      Text     // how to fix it; may be empty
	Ref      string   // where the decree says it (RefNumber ...), or Practice
}

// List is a set of findings that is also an error, so that a loader can
// return every problem it found at once.
type List []Finding

// Error returns the findings in English, one per line, for logs and tests;
// user-facing output goes through the printers.
func (l List) Error() string {
	var b strings.Builder
	for i, f := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s: %s %s: %s", f.Pos, f.Severity, f.Rule, f.Message.In(EN))
	}
	return b.String()
}

// Sort orders findings by position, then rule id, then message, so that
// output is stable.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Pos != b.Pos {
			return a.Pos.Before(b.Pos)
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message.EN < b.Message.EN
	})
}

// Worst returns the highest severity in l, and false when l is empty.
func (l List) Worst() (Severity, bool) {
	if len(l) == 0 {
		return Info, false
	}
	w := Info
	for _, f := range l {
		if f.Severity > w {
			w = f.Severity
		}
	}
	return w, true
}

// RuleInfo describes a rule for formats that carry rule metadata.
type RuleInfo struct {
	ID       string
	Severity Severity
	Ref      string
	Title    Text
	Help     Text
}
