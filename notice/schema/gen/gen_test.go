package gen

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryFieldHasHelp: a field whose doc comment lacks its Vietnamese
// paragraph fails the generation, naming it.
func TestEveryFieldHasHelp(t *testing.T) {
	dir := t.TempDir()
	paths, _ := filepath.Glob("../../*.go")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(p) == "notice.go" {
			s := strings.Replace(string(src), "\t// vi: Địa danh (ô 4): \"Quảng Ngãi\".\n", "", 1)
			if s == string(src) {
				t.Fatal("notice.go has changed: update the test")
			}
			src = []byte(s)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := Generate(dir)
	if err == nil || !strings.Contains(err.Error(), "Notice.Place has no doc comment") {
		t.Fatalf("err = %v", err)
	}
	if _, err := Generate("../.."); err != nil {
		t.Fatal(err)
	}
}

// TestDescriptions: a description is the Vietnamese help, then the
// English, without the Go name it starts with.
func TestDescriptions(t *testing.T) {
	data, err := Generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties map[string]struct{ Description string }
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	want := "Địa danh (ô 4): \"Quảng Ngãi\".\n\nThe địa danh of the issuing date (ô 4): \"Quảng Ngãi\"."
	if got := s.Properties["place"].Description; got != want {
		t.Errorf("place:\n got %q\nwant %q", got, want)
	}
}
