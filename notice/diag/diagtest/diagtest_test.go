package diagtest

import (
	"strings"
	"testing"
)

const goodSARIF = `{"version": "2.1.0", "runs": [{
  "tool": {"driver": {"name": "t", "version": "1.0.0", "rules": [{"id": "a-b", "name": "AB"}]}},
  "originalUriBaseIds": {"SRCROOT": {"uri": "file:///w/"}},
  "results": [{"ruleId": "a-b", "ruleIndex": 0, "message": {"text": "m"},
    "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.toml", "uriBaseId": "SRCROOT"}, "region": {"startLine": 1}}}]}]}]}`

// TestValidateSARIF shows that the validator catches each mistake it is
// there for, and passes a good log.
func TestValidateSARIF(t *testing.T) {
	if err := ValidateSARIF([]byte(goodSARIF)); err != nil {
		t.Fatalf("a good log fails: %v", err)
	}
	for _, c := range []struct{ name, old, new string }{
		{"absolute path under a base", `"uri": "a.toml"`, `"uri": "/w/a.toml"`},
		{"relative without a base", `, "uriBaseId": "SRCROOT"`, ``},
		{"undeclared base", `"uriBaseId": "SRCROOT"`, `"uriBaseId": "SRC"`},
		{"base without a slash", `"file:///w/"`, `"file:///w"`},
		{"space in a uri", `"uri": "a.toml"`, `"uri": "a b.toml"`},
		{"version not a number", `"version": "1.0.0"`, `"version": "dev"`},
		{"name that is the id", `"name": "AB"`, `"name": "A-b"`},
		{"line 0", `"startLine": 1`, `"startLine": 0`},
		{"wrong rule index", `"ruleIndex": 0`, `"ruleIndex": 1`},
		{"unknown property", `"ruleIndex": 0`, `"ruleIndex": 0, "rule": "a-b"`},
	} {
		doc := strings.Replace(goodSARIF, c.old, c.new, 1)
		if doc == goodSARIF {
			t.Fatalf("%s: %q not in the log", c.name, c.old)
		}
		if err := ValidateSARIF([]byte(doc)); err == nil {
			t.Errorf("%s: passes", c.name)
		}
	}
}

const goodJUnit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="t" tests="2" failures="1">
  <testsuite name="s" tests="2" failures="1" errors="0" time="0.5">
    <testcase classname="c" name="a"><failure type="r" message="m">text</failure></testcase>
    <testcase classname="c" name="b" time="0.25"></testcase>
  </testsuite>
</testsuites>
`

// TestCheckJUnit shows that the checker catches each mistake it is there
// for, and passes a good report; the good one validates against the XSD.
func TestCheckJUnit(t *testing.T) {
	if err := CheckJUnit([]byte(goodJUnit)); err != nil {
		t.Fatalf("a good report fails: %v", err)
	}
	for _, c := range []struct{ name, old, new string }{
		{"suite count", `tests="2" failures="1" errors`, `tests="3" failures="1" errors`},
		{"failure count", `failures="1" errors`, `failures="2" errors`},
		{"total count", `<testsuites name="t" tests="2"`, `<testsuites name="t" tests="1"`},
		{"time not a number", `time="0.25"`, `time="1s"`},
		{"failure without message", ` message="m"`, ``},
		{"failure without type", `type="r" `, ``},
		{"case twice", `name="b"`, `name="a"`},
		{"no classname", `classname="c" name="b"`, `name="b"`},
		{"forbidden character", `>text<`, ">te\x01xt<"},
		{"not UTF-8", `>text<`, ">te\xffxt<"},
		{"not testsuites", `<testsuites name="t" tests="2" failures="1">`, `<testsuitez>`},
	} {
		doc := strings.Replace(goodJUnit, c.old, c.new, 1)
		if doc == goodJUnit {
			t.Fatalf("%s: %q not in the report", c.name, c.old)
		}
		if err := CheckJUnit([]byte(doc)); err == nil {
			t.Errorf("%s: passes", c.name)
		}
	}
}

func TestJUnitXSD(t *testing.T) {
	ValidateJUnitXSD(t, []byte(goodJUnit))
	bad := strings.Replace(goodJUnit, `<testcase classname="c" name="b"`, `<testcase classname="c"`, 1) // name is required
	ft := &fakeT{TB: t}
	ValidateJUnitXSD(ft, []byte(bad))
	if !ft.failed {
		t.Error("a test case without a name validates")
	}
}

// fakeT records a failure instead of failing the test.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Errorf(string, ...any) { f.failed = true }
