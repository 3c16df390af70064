package diag

import (
	"fmt"
	"io"
	"strings"
)

// writeGitHub prints workflow commands that GitHub Actions shows as
// annotations on the lines of a pull request.
func writeGitHub(w io.Writer, r Report, lang Lang) error {
	for _, f := range r.Findings {
		level := "notice"
		switch f.Severity {
		case Error:
			level = "error"
		case Warning:
			level = "warning"
		}
		props := "file=" + ghProp(f.Pos.Path)
		if f.Pos.Line > 0 {
			props += fmt.Sprintf(",line=%d", f.Pos.Line)
			if f.Pos.Col > 0 {
				props += fmt.Sprintf(",col=%d", f.Pos.Col)
			}
		}
		props += ",title=" + ghProp(f.Rule)
		msg := f.Message.In(lang)
		if hint := hintLine(f, lang); hint != "" {
			msg += "\n" + hint
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, props, ghData(msg)); err != nil {
			return fmt.Errorf("write annotations: %w", err)
		}
	}
	return nil
}

var (
	ghDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func ghData(s string) string { return ghDataEscaper.Replace(s) }
func ghProp(s string) string { return ghPropEscaper.Replace(s) }
