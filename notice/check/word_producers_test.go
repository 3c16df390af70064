package check_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const producersDir = "../docx/testdata/producers"

// TestWordProducersLawful: notices laid out as the decree asks in
// LibreOffice (its own page model, lists, frames, a landscape phụ lục)
// and in HTML, exported to .docx by LibreOffice, get no finding.
func TestWordProducersLawful(t *testing.T) {
	for _, name := range []string{"lo-thongbao", "lo-congvan", "lo-frames", "lo-html"} {
		t.Run(name, func(t *testing.T) {
			if got := wordFindings(t, filepath.Join(producersDir, name+".docx")); got != "" {
				t.Errorf("a lawful notice written by LibreOffice got findings:\n%s", got)
			}
		})
	}
}

// TestWordRoundTrip: a real file saved again by LibreOffice gets the
// findings of the original, but where LibreOffice changed the file.
// LibreOffice 7.4 lets the table style's 10 pt win over the 11 pt set on
// the runs of the Nơi nhận lines of cv-2245 and writes 10 pt on them: the
// copy prints them at 10 pt, and the finding is true of it.
func TestWordRoundTrip(t *testing.T) {
	changed := map[string]string{
		"sct-cv-2245-2026-04": "15:1 warning element-format: a line of Nơi nhận (3 lines): 10 pt; it must be 11 pt\n",
	}
	files, _ := filepath.Glob(filepath.Join(producersDir, "lo-roundtrip-*.docx"))
	if len(files) != 4 {
		t.Fatalf("%d round-tripped files, want 4", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "lo-roundtrip-"), ".docx")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile("../../testdata/real/laocai-" + name + ".findings")
			if err != nil {
				t.Fatal(err)
			}
			got := wordFindings(t, f)
			if extra := changed[name]; extra != "" {
				if !strings.Contains(got, extra) {
					t.Errorf("the copy lacks the finding %q", extra)
				}
				got = strings.Replace(got, extra, "", 1)
			}
			if got != string(want) {
				t.Errorf("the LibreOffice copy gets other findings than the original:\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}
