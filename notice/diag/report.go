package diag

import (
	"fmt"
	"io"
	"sort"
)

// Report is the outcome of checking a set of files, as the writers print
// it.
type Report struct {
	Files     []string   // every file checked, findings or not
	Findings  List       // sorted
	Rules     []RuleInfo // the rules that ran, for formats that describe them
	FailOn    Severity   // findings at or above it fail (JUnit)
	NeverFail bool       // --fail-on never
	Version   string     // the tool's version, starting with a number
	Dir       string     // the absolute working directory relative paths are read from (SARIF)
	// Unreadable says a file could not be read or checked (exit code 2):
	// SARIF marks its run's invocation as not successful.
	Unreadable bool
	// Unchecked names the files that could not be read or checked at all
	// (broken TOML, an unreadable or empty file): JUnit reports their
	// findings as errors of the test, not as its failures.
	Unchecked map[string]bool
	// FileFailOn holds, for a file whose configuration sets its own
	// fail_on, that level; Never for "never". Other files use FailOn.
	FileFailOn map[string]Severity
}

// Never is the FileFailOn level of a file that never fails.
const Never Severity = 1 << 10

// Formats are the names Write accepts.
var Formats = []string{"text", "json", "sarif", "github", "junit"}

// Write prints r in format.
func Write(w io.Writer, format string, r Report, lang Lang) error {
	r.Findings.Sort()
	files := append([]string(nil), r.Files...)
	sort.Strings(files)
	r.Files = files
	switch format {
	case "text", "":
		return WriteText(w, r.Findings, lang)
	case "json":
		return writeJSON(w, r, lang)
	case "sarif":
		return writeSARIF(w, r, lang)
	case "github":
		return writeGitHub(w, r, lang)
	case "junit":
		return writeJUnit(w, r, lang)
	}
	return fmt.Errorf("write report: unknown format %q", format)
}

// Fails reports whether f fails the run, by the level set for its file.
func (r Report) Fails(f Finding) bool {
	if level, ok := r.FileFailOn[f.Pos.Path]; ok {
		return f.Severity >= level
	}
	return !r.NeverFail && f.Severity >= r.FailOn
}
