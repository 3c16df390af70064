package diagtest

import (
	"bytes"
	_ "embed"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

//go:embed schema/jenkins-junit.xsd
var junitXSD []byte

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Tests    string       `xml:"tests,attr"`
	Failures string       `xml:"failures,attr"`
	Errors   string       `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    string      `xml:"tests,attr"`
	Failures string      `xml:"failures,attr"`
	Errors   string      `xml:"errors,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	ClassName string         `xml:"classname,attr"`
	Time      string         `xml:"time,attr"`
	Failures  []junitProblem `xml:"failure"`
	Errors    []junitProblem `xml:"error"`
}

type junitProblem struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
}

// CheckJUnit reports how data breaks what GitLab and Jenkins read a JUnit
// report by: UTF-8 XML with only characters XML allows, testsuites >
// testsuite > testcase, every count equal to what it counts (a test case
// fails once, however many failures it holds), a name and a class name on
// each test case, unique in its suite, a type and a message on each failure
// and error, and times that are numbers of seconds.
func CheckJUnit(data []byte) error {
	if !utf8.Valid(data) {
		return errors.New("junit: not UTF-8")
	}
	var doc junitSuites
	if err := xml.Unmarshal(data, &doc); err != nil { // also refuses characters XML forbids
		return fmt.Errorf("junit: %w", err)
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("junit: "+format, args...)) }
	var tests, failures, problems int
	for _, s := range doc.Suites {
		if s.Name == "" {
			bad("a testsuite has no name")
		}
		f, e := checkCases(s, bad)
		count(bad, "testsuite "+s.Name+" tests", s.Tests, len(s.Cases), true)
		count(bad, "testsuite "+s.Name+" failures", s.Failures, f, false)
		count(bad, "testsuite "+s.Name+" errors", s.Errors, e, false)
		seconds(bad, "testsuite "+s.Name, s.Time)
		tests, failures, problems = tests+len(s.Cases), failures+f, problems+e
	}
	count(bad, "testsuites tests", doc.Tests, tests, false)
	count(bad, "testsuites failures", doc.Failures, failures, false)
	count(bad, "testsuites errors", doc.Errors, problems, false)
	seconds(bad, "testsuites", doc.Time)
	return errors.Join(errs...)
}

// checkCases checks the test cases of s and counts those that fail and
// those in error.
func checkCases(s junitSuite, bad func(string, ...any)) (failed, inError int) {
	seen := map[string]bool{}
	for _, c := range s.Cases {
		if c.Name == "" || c.ClassName == "" {
			bad("a testcase of %s has no name or classname", s.Name)
		}
		if seen[c.ClassName+"\x00"+c.Name] {
			bad("testcase %q appears twice in %s", c.Name, s.Name)
		}
		seen[c.ClassName+"\x00"+c.Name] = true
		seconds(bad, "testcase "+c.Name, c.Time)
		for _, p := range append(c.Failures, c.Errors...) {
			if p.Type == "" || p.Message == "" {
				bad("a failure of testcase %q has no type or message", c.Name)
			}
		}
		if len(c.Failures) > 0 {
			failed++
		}
		if len(c.Errors) > 0 {
			inError++
		}
	}
	return failed, inError
}

// count checks a count attribute; one left out counts as right unless
// required.
func count(bad func(string, ...any), what, attr string, want int, required bool) {
	if attr == "" && !required {
		return
	}
	if n, err := strconv.Atoi(attr); err != nil || n != want {
		bad("%s is %q, want %d", what, attr, want)
	}
}

func seconds(bad func(string, ...any), what, attr string) {
	if attr == "" {
		return
	}
	if f, err := strconv.ParseFloat(attr, 64); err != nil || f < 0 {
		bad("%s time is %q, not a number of seconds", what, attr)
	}
}

// ValidateJUnitXSD validates data against Jenkins' JUnit schema with
// xmllint (libxml2-utils; make test installs it). Without xmllint the test
// is skipped, or fails when THONGBAO_REQUIRE_TOOLS is set, as in CI.
func ValidateJUnitXSD(t testing.TB, data []byte) {
	t.Helper()
	needXMLLint(t)
	xsd := filepath.Join(t.TempDir(), "junit.xsd")
	if err := os.WriteFile(xsd, junitXSD, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("xmllint", "--noout", "--nonet", "--schema", xsd, "-")
	cmd.Stdin = bytes.NewReader(data)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("junit does not validate against Jenkins' schema: %v\n%s", err, strings.TrimSpace(string(out)))
	}
}

func needXMLLint(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("xmllint"); err == nil {
		return
	}
	msg := "xmllint not found: install libxml2-utils (apt-get install -y libxml2-utils)"
	if os.Getenv("THONGBAO_REQUIRE_TOOLS") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}
