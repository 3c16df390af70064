package diag

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestWriteSameEveryRun holds every format to one output for one report
// whose findings name files the report does not list (the problems of
// several configuration files, each found beside the notices it governs):
// junit once added those files as a test case each in a Go map's order,
// so the same check wrote its cases in another order from run to run.
func TestWriteSameEveryRun(t *testing.T) {
	r := Report{Files: []string{"a.md"}, FailOn: Error, Version: "1.2.3-test"}
	for _, dir := range []string{"e", "b", "h", "a", "g", "c", "f", "d"} {
		r.Findings = append(r.Findings, Finding{Pos: Pos{Path: dir + "/.thongbao.toml", Line: 2, Col: 1}, Rule: "config", Severity: Error,
			Message: Msg("sai", "wrong"), Fix: Msg("sửa", "fix it")})
	}
	for _, format := range Formats {
		var first bytes.Buffer
		if err := Write(&first, format, r, EN); err != nil {
			t.Fatal(err)
		}
		for range 40 {
			var buf bytes.Buffer
			if err := Write(&buf, format, r, EN); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), first.Bytes()) {
				t.Fatalf("%s output differs between runs:\n%s\n%s", format, first.String(), buf.String())
			}
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, "junit", r, EN); err != nil {
		t.Fatal(err)
	}
	last := strings.Index(buf.String(), `name="a.md"`)
	for _, dir := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		at := strings.Index(buf.String(), fmt.Sprintf(`name="%s/.thongbao.toml"`, dir))
		if at < last {
			t.Fatalf("junit: %s/.thongbao.toml's case is not after the listed file and the files before it in name order:\n%s", dir, buf.String())
		}
		last = at
	}
}
