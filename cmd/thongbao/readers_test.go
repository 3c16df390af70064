package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/diag/diagtest"
)

// TestReportsForReaders runs check as a user would, from a folder whose
// name is Vietnamese with spaces, on notices given by relative and by
// absolute paths, seeds with findings on lines and files with findings
// without one (a file that is missing, TOML that does not parse), and
// validates its SARIF against the SARIF 2.1.0 schema and its JUnit against
// what CI systems read, in both languages.
func TestReportsForReaders(t *testing.T) {
	root := filepath.Join(t.TempDir(), "Hồ sơ 2024")
	dir := filepath.Join(root, "Thông báo #1")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"001.toml", "002.txt", "003.md"} {
		data, err := os.ReadFile(filepath.Join("../../testdata/seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "hỏng 100%.toml"), []byte("so = [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	inputs := map[string][]string{
		"relative": {"Thông báo #1", "thiếu.toml"},
		"absolute": {dir, filepath.Join(root, "thiếu.toml")},
	}
	for name, args := range inputs {
		for _, lang := range []string{"vi", "en"} {
			sarif := checkOutput(t, "sarif", lang, args)
			if err := diagtest.ValidateSARIF(sarif); err != nil {
				t.Errorf("%s, %s: sarif: %v", name, lang, err)
			}
			junit := checkOutput(t, "junit", lang, args)
			if err := diagtest.CheckJUnit(junit); err != nil {
				t.Errorf("%s, %s: junit: %v", name, lang, err)
			}
			t.Run(name+"/"+lang+"/xsd", func(t *testing.T) { diagtest.ValidateJUnitXSD(t, junit) })
		}
	}
}

// checkOutput runs check in format and language on args; it must find
// something (exit code 2: a file could not be checked).
func checkOutput(t *testing.T, format, lang string, args []string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"check", "--today", "2024-10-14", "--lang", lang, "--format", format}, args...), nil, &stdout, &stderr)
	if code != exitFailed || stderr.Len() > 0 {
		t.Fatalf("check %v: exit %d, stderr %s", args, code, stderr.String())
	}
	for _, want := range []string{"001.toml", "002.txt", "003.md", "thi%E1%BA%BFu.toml", "h%E1%BB%8Fng%20100%25.toml"} {
		if format == "sarif" && !bytes.Contains(stdout.Bytes(), []byte(want)) {
			t.Errorf("check %v: %s names no %s:\n%s", args, format, want, stdout.String())
		}
	}
	return stdout.Bytes()
}
