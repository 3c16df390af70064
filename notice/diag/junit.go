package diag

import (
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	ClassName string         `xml:"classname,attr"`
	Name      string         `xml:"name,attr"`
	Failures  []junitFailure `xml:"failure"`
	Errors    []junitFailure `xml:"error"`
	SystemOut string         `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	Text    string `xml:",chardata"`
}

// writeJUnit writes one test case per file: it fails with one failure per
// finding at or above --fail-on; lesser findings go to its output. A file
// that could not be checked at all (Report.Unchecked) is a test in error,
// as JUnit tells a test that could not run from one that failed.
func writeJUnit(w io.Writer, r Report, lang Lang) error {
	byFile := map[string][]Finding{}
	for _, f := range r.Findings {
		byFile[f.Pos.Path] = append(byFile[f.Pos.Path], f)
	}
	// The files the report lists, then those only its findings name (a
	// configuration file's problems) in the findings' order, which Write
	// sorts: a map's order would change from run to run.
	files := slices.Clone(r.Files)
	listed := make(map[string]bool, len(files))
	for _, p := range files {
		listed[p] = true
	}
	for _, f := range r.Findings {
		if !listed[f.Pos.Path] {
			listed[f.Pos.Path] = true
			files = append(files, f.Pos.Path)
		}
	}
	suite := junitSuite{Name: "thongbao check"}
	for _, p := range files {
		c := junitCase{ClassName: "thongbao", Name: p}
		var out []string
		for _, f := range byFile[p] {
			line := fmt.Sprintf("%s: %s %s: %s", f.Pos, f.Severity, f.Rule, f.Message.In(lang))
			if hint := hintLine(f, lang); hint != "" {
				line += "\n    " + hint
			}
			switch jf := (junitFailure{Type: f.Rule, Message: f.Message.In(lang), Text: line}); {
			case r.Unchecked[p] && f.Severity >= Error:
				c.Errors = append(c.Errors, jf)
			case r.Fails(f):
				c.Failures = append(c.Failures, jf)
			default:
				out = append(out, line)
			}
		}
		c.SystemOut = strings.Join(out, "\n")
		suite.Tests++
		switch {
		case len(c.Errors) > 0:
			suite.Errors++
		case len(c.Failures) > 0:
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, c)
	}
	doc := junitSuites{Name: "thongbao", Tests: suite.Tests, Failures: suite.Failures, Errors: suite.Errors, Suites: []junitSuite{suite}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write junit: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write junit: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
