package plain

import (
	"strings"
	"testing"
)

// readCase is a small text and how it must read (paraLines).
type readCase struct{ src, want string }

// paraLines gives each paragraph of f as "file:line:col kind: text".
func paraLines(f *File) string {
	var out []string
	for _, p := range f.Paras {
		out = append(out, p.PosAt(0).String()+" "+p.Kind.String()+": "+p.Text)
	}
	return strings.Join(out, "\n")
}

// readCases reads each case's text as n.txt and holds it to its reading.
func readCases(t *testing.T, cases []readCase) {
	t.Helper()
	for _, c := range cases {
		f, err := Read("n.txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := paraLines(f); got != c.want {
			t.Errorf("%q: got\n%s\nwant\n%s", c.src, got, c.want)
		}
	}
}
