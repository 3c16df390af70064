package diag

import (
	"bytes"
	"testing"
)

// TestGitHubEscapes holds the annotations to GitHub's workflow commands:
// in the message, %, \r and \n are escaped; in a property (file, title),
// also , and : which would end it.
func TestGitHubEscapes(t *testing.T) {
	r := Report{Findings: List{{Pos: Pos{Path: "C:/a,b:c 100%.toml", Line: 2, Col: 3}, Rule: "x,y:z", Severity: Warning,
		Message: Msg("", "50% done\r\nnext::line, a:b"), Fix: Msg("", "fix")}}}
	var buf bytes.Buffer
	if err := Write(&buf, "github", r, EN); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=C%3A/a%2Cb%3Ac 100%25.toml,line=2,col=3,title=x%2Cy%3Az::50%25 done%0D%0Anext::line, a:b%0Afix\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}
