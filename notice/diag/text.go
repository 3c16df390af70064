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
	for _, f := range l {
		if _, err := fmt.Fprintf(w, "%s: %s %s: %s\n", f.Pos.In(lang), f.Severity, f.Rule, f.Message.In(lang)); err != nil {
			return fmt.Errorf("write findings: %w", err)
		}
		if hint := hintLine(f, lang); hint != "" {
			if _, err := fmt.Fprintf(w, "    %s\n", hint); err != nil {
				return fmt.Errorf("write findings: %w", err)
			}
		}
	}
	return nil
}

func hintLine(f Finding, lang Lang) string {
	fix := f.Fix.In(lang)
	switch {
	case fix != "" && f.Ref != "":
		return fix + " (" + RefLabel(f.Ref, lang) + ")"
	case f.Ref != "":
		return "(" + RefLabel(f.Ref, lang) + ")"
	}
	return fix
}

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
