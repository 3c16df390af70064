package diag

import (
	"fmt"
	"io"
)

// WriteText prints findings in the compiler style that editors and CI
// problem matchers understand:
//
//	path:line:col: severity rule-id message
//	    fix hint (ref)
func WriteText(w io.Writer, l List, lang Lang) error {
	// Each finding's lines are put together in one buffer and written
	// at once: Fprintf and the strings it was given cost more than the
	// rest of a warm check of an archive, some 8,000 findings.
	var b []byte
	for _, f := range l {
		b = f.Pos.appendIn(b[:0], lang)
		b = append(b, ": "...)
		b = append(b, f.Severity.String()...)
		b = append(b, ' ')
		b = append(b, f.Rule...)
		b = append(b, ": "...)
		b = append(b, f.Message.In(lang)...)
		b = append(b, '\n')
		b = appendHint(b, f, lang)
		if _, err := w.Write(b); err != nil {
			return fmt.Errorf("write findings: %w", err)
		}
	}
	return nil
}

// appendHint appends the hint line of f, indented, if it has one.
func appendHint(b []byte, f Finding, lang Lang) []byte {
	if f.Fix.In(lang) == "" && f.Ref == "" {
		return b
	}
	b = appendHintText(append(b, "    "...), f, lang)
	return append(b, '\n')
}

// appendHintText appends how to fix f and where the decree says so:
// "fix (ref)", either alone, or nothing.
func appendHintText(b []byte, f Finding, lang Lang) []byte {
	fix := f.Fix.In(lang)
	b = append(b, fix...)
	if f.Ref != "" {
		if fix != "" {
			b = append(b, ' ')
		}
		b = append(b, '(')
		b = append(b, RefLabel(f.Ref, lang)...)
		b = append(b, ')')
	}
	return b
}

// hintLine is the hint of f as one string, "" when it has none.
func hintLine(f Finding, lang Lang) string { return string(appendHintText(nil, f, lang)) }

// RefLabel names the source of a rule: where the decree says it, as a
// clerk looks it up, or established practice.
func RefLabel(ref string, lang Lang) string {
	if ref == Practice {
		if lang == EN {
			return "practice"
		}
		return "thực tiễn"
	}
	return ref
}
