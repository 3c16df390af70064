package render

import (
	"bytes"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/templates"
)

// TestLeastSeverity renders every TOML source of testdata (and the
// built-in example) as render does, with the rules below warning
// skipped, and as before, with every rule: what render shows and does
// (the findings at warning and above, the refusal, the outputs, the
// notes, the error) must be the same.
func TestLeastSeverity(t *testing.T) {
	type source struct {
		path string
		data []byte
	}
	srcs := []source{{"example.toml", templates.Example}}
	err := filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".toml") && d.Name() != ".thongbao.toml" {
			srcs = append(srcs, source{path: path})
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	rendered, skipped := 0, 0
	for _, src := range srcs {
		var n *notice.Notice
		if src.data != nil {
			n, err = notice.Load(src.path, src.data)
		} else {
			n, err = notice.LoadFile(src.path)
		}
		if err != nil {
			continue // not a notice render gets as far as checking
		}
		cfg, err := config.For(src.path)
		if err != nil {
			t.Fatal(err)
		}
		for _, force := range []bool{false, true} {
			o := Options{Formats: []string{"md", "pdf"}, Force: force, Check: check.Options{Today: cite.Date{Year: 2026, Month: 12, Day: 1}}}
			all, allErr := Notice(n, cfg, o)
			o.Check.Least = diag.Warning
			least, leastErr := Notice(n, cfg, o)
			if !reflect.DeepEqual(allErr, leastErr) {
				t.Errorf("%s: error %v, with the rules below warning skipped %v", src.path, allErr, leastErr)
				continue
			}
			if all == nil || least == nil {
				if all != least {
					t.Errorf("%s: a result only one way", src.path)
				}
				continue
			}
			if got, want := least.Findings, atLeast(all.Findings, diag.Warning); !reflect.DeepEqual(got, want) {
				t.Errorf("%s (force %v): findings differ\nskipped: %v\nall:     %v", src.path, force, got, want)
			}
			if len(least.Findings) < len(all.Findings) {
				skipped++
			}
			if least.Refused != all.Refused || !reflect.DeepEqual(least.Notes, all.Notes) || !sameFiles(least.Files, all.Files) {
				t.Errorf("%s (force %v): refused %v/%v, notes or outputs differ", src.path, force, least.Refused, all.Refused)
			}
			rendered += len(all.Files)
		}
	}
	t.Logf("%d outputs compared, %d results with information left out", rendered, skipped)
	if rendered < 20 || skipped < 10 {
		t.Fatalf("%d outputs compared, %d results with information left out: testdata no longer holds what this test needs", rendered, skipped)
	}
}

// atLeast returns the findings of l at sev or above.
func atLeast(l diag.List, sev diag.Severity) diag.List {
	var out diag.List
	for _, f := range l {
		if f.Severity >= sev {
			out = append(out, f)
		}
	}
	return out
}

func sameFiles(a, b []File) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Format != b[i].Format || !bytes.Equal(a[i].Data, b[i].Data) {
			return false
		}
	}
	return true
}
