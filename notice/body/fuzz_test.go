package body

import (
	"strings"
	"testing"
)

// FuzzParse checks that any field parses without panicking into runs whose
// offsets lie inside the field and whose text comes from it.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a **b** *c* [^1]", `\*x\* \[^2]`, "***x***", "[^", "*a **b* c**", "a\n\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range Parse(s) {
			if r.Off < 0 || r.Off > len(s) {
				t.Fatalf("offset %d outside %q", r.Off, s)
			}
			if r.Note != "" && !strings.Contains(s, "[^"+r.Note+"]") {
				t.Fatalf("note %q not in %q", r.Note, s)
			}
		}
	})
}
