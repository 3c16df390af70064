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

func TestSARIFValidates(t *testing.T) {
	for name, r := range reportsForReaders() {
		for _, lang := range []Lang{VI, EN} {
			var buf bytes.Buffer
			if err := Write(&buf, "sarif", r, lang); err != nil {
				t.Fatal(err)
			}
			if err := diagtest.ValidateSARIF(buf.Bytes()); err != nil {
				t.Errorf("%s, %s: %v\n%s", name, lang, err, buf.String())
			}
		}
	}
}

func TestJUnitValidates(t *testing.T) {
	for name, r := range reportsForReaders() {
		for _, lang := range []Lang{VI, EN} {
			var buf bytes.Buffer
			if err := Write(&buf, "junit", r, lang); err != nil {
				t.Fatal(err)
			}
			if err := diagtest.CheckJUnit(buf.Bytes()); err != nil {
				t.Errorf("%s, %s: %v\n%s", name, lang, err, buf.String())
			}
			t.Run(name+"/"+lang.String()+"/xsd", func(t *testing.T) { diagtest.ValidateJUnitXSD(t, buf.Bytes()) })
		}
	}
}
