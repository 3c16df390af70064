package notice

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestFootnoteMarkEscaped: a footnote mark whose "^" the source writes as
// an escape is read as typed: footnoteRefs, which skips a source with no
// "^", must still walk it.
func TestFootnoteMarkEscaped(t *testing.T) {
	for _, mark := range []string{`[^kh]`, `[\u005Ekh]`, `[\U0000005Ekh]`, `\u005B\u005Ekh]`} {
		src := strings.Replace(minimal, `name = "cuộc họp"`, `name = "cuộc họp`+mark+`"`, 1)
		_, err := Load("n.toml", []byte(src))
		var list diag.List
		if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != "unknown-footnote" {
			t.Errorf("%s: %v, want one unknown-footnote", mark, err)
		}
	}
	if _, err := Load("n.toml", []byte(strings.Replace(minimal, `name = "cuộc họp"`, `name = "cuộc họp [kh]"`, 1))); err != nil {
		t.Errorf("no mark: %v", err)
	}
	for src, want := range map[string]bool{"a [^x]": true, `a \u005E`: true, `a \U0000005E`: true, "a [x]": false, `a \n \t`: false} {
		if got := mayHoldCaret(src); got != want {
			t.Errorf("mayHoldCaret(%q) = %v", src, got)
		}
	}
}

// TestDropIndexes: a path loses its indexes as the expression \[\d+\]
// replaced by nothing took them out.
func TestDropIndexes(t *testing.T) {
	re := regexp.MustCompile(`\[\d+\]`)
	for _, p := range []string{"", "place", "appendices[0].title", "appendices[12].table.groups[3].rows[0].ref",
		"a[", "a[]", "a[x]b[2]", "a[1x]", "a[[1]]", "a]1[", "[7]", "issuer.name[01]"} {
		if got, want := dropIndexes(p), re.ReplaceAllString(p, ""); got != want {
			t.Errorf("dropIndexes(%q) = %q, want %q", p, got, want)
		}
	}
}
