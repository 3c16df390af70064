package diag

import (
	"bytes"
	"testing"

	"github.com/thongbao/thongbao/notice/diag/diagtest"
)

// reportsForReaders are reports that the readers of SARIF and JUnit must
// take: the sample (relative and absolute paths, findings with and
// without a line), one with no working directory known, one whose text
// holds what XML and JSON must escape or cannot carry, and an empty one.
func reportsForReaders() map[string]Report {
	noDir := sampleReport()
	noDir.Dir = ""
	nasty := sampleReport()
	nasty.Files = append(nasty.Files, "a&b <c>.md")
	nasty.Findings = append(nasty.Findings,
		Finding{Pos: Pos{Path: "a&b <c>.md", Line: 1, Col: 1}, Rule: "unbalanced", Severity: Error,
			Message: Msg("ký tự \x00\x1b\ufffe ]]> &<>\"' %s", "characters \x00\x1b\ufffe ]]> &<>\"' %s", "\r\n"),
			Fix:     Msg("xóa \x7f", "remove \x7f")})
	return map[string]Report{"sample": sampleReport(), "no dir": noDir, "nasty": nasty, "empty": {Version: "0.0.0-dev"}}
}

// TestReportsValidate writes each report as SARIF and JUnit in both
// languages and validates them as their readers do.
func TestReportsValidate(t *testing.T) {
	for name, r := range reportsForReaders() {
		for _, lang := range []Lang{VI, EN} {
			sarif, junit := written(t, "sarif", r, lang), written(t, "junit", r, lang)
			if err := diagtest.ValidateSARIF(sarif); err != nil {
				t.Errorf("%s, %s: %v\n%s", name, lang, err, sarif)
			}
			if err := diagtest.CheckJUnit(junit); err != nil {
				t.Errorf("%s, %s: %v\n%s", name, lang, err, junit)
			}
			t.Run(name+"/"+lang.String()+"/xsd", func(t *testing.T) { diagtest.ValidateJUnitXSD(t, junit) })
		}
	}
}

func written(t *testing.T, format string, r Report, lang Lang) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, format, r, lang); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
