package main

import (
	"bytes"
	"io"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestCheckSummary: a text check at a terminal ends with its count on
// standard error; in another format, or when standard error is not a
// terminal (a script's log), nothing is added.
func TestCheckSummary(t *testing.T) {
	defer func(f func(io.Writer) bool) { stderrIsTerminal = f }(stderrIsTerminal)
	rep := diag.Report{Files: []string{"a.toml", "b.docx"}, Findings: diag.List{
		{Severity: diag.Error}, {Severity: diag.Warning}, {Severity: diag.Warning}, {Severity: diag.Info},
	}}
	for _, c := range []struct {
		term   bool
		format string
		lang   diag.Lang
		rep    diag.Report
		want   string
	}{
		{true, "text", diag.VI, rep, "thongbao: 2 tệp, 4 phát hiện: 1 lỗi, 2 cảnh báo, 1 gợi ý\n"},
		{true, "text", diag.EN, rep, "thongbao: 2 files, 4 findings: 1 error, 2 warnings, 1 info\n"},
		{true, "text", diag.VI, diag.Report{Files: []string{"a.toml"}}, "thongbao: 1 tệp, không có phát hiện nào\n"},
		{true, "text", diag.EN, diag.Report{Files: []string{"a.toml"}}, "thongbao: 1 file, no findings\n"},
		{true, "json", diag.VI, rep, ""},
		{true, "sarif", diag.VI, rep, ""},
		{false, "text", diag.VI, rep, ""},
		{true, "text", diag.VI, diag.Report{}, ""},
	} {
		stderrIsTerminal = func(io.Writer) bool { return c.term }
		var stderr bytes.Buffer
		writeCheckSummary(&env{stderr: &stderr, lang: c.lang}, c.format, c.rep)
		if got := stderr.String(); got != c.want {
			t.Errorf("terminal %v, %s, %v: got %q, want %q", c.term, c.format, c.lang, got, c.want)
		}
	}
}
