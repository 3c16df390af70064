package main

import (
	"fmt"
	"io"

	"github.com/thongbao/thongbao/notice/diag"
)

// stderrIsTerminal reports whether standard error is a terminal: the
// summary of a check is for a clerk reading it there, not for a log a
// script keeps (a test sets it).
var stderrIsTerminal = func(w io.Writer) bool { return isTerminal(w) }

// writeCheckSummary ends a check's text at a terminal with its count, as
// linters do: "thongbao: 4 tệp, 12 phát hiện: 2 lỗi, 7 cảnh báo, 3 gợi
// ý". Scripts read the findings on standard output; nothing changes there.
func writeCheckSummary(e *env, format string, rep diag.Report) {
	if format != "text" || len(rep.Files) == 0 || !stderrIsTerminal(e.stderr) {
		return
	}
	var n [3]int // info, warning, error
	for _, f := range rep.Findings {
		if f.Severity >= diag.Info && f.Severity <= diag.Error {
			n[f.Severity]++
		}
	}
	files := len(rep.Files)
	total := n[0] + n[1] + n[2]
	if total == 0 {
		fmt.Fprintln(e.stderr, e.tr(fmt.Sprintf("thongbao: %s tệp, không có phát hiện nào", diag.Count(files).VI),
			fmt.Sprintf("thongbao: %s %s, no findings", diag.Count(files).EN, plural(files, "file"))))
		return
	}
	fmt.Fprintln(e.stderr, e.tr(
		fmt.Sprintf("thongbao: %s tệp, %s phát hiện: %s lỗi, %s cảnh báo, %s gợi ý",
			diag.Count(files).VI, diag.Count(total).VI, diag.Count(n[2]).VI, diag.Count(n[1]).VI, diag.Count(n[0]).VI),
		fmt.Sprintf("thongbao: %s %s, %s %s: %s %s, %s %s, %s info",
			diag.Count(files).EN, plural(files, "file"), diag.Count(total).EN, plural(total, "finding"),
			diag.Count(n[2]).EN, plural(n[2], "error"), diag.Count(n[1]).EN, plural(n[1], "warning"), diag.Count(n[0]).EN)))
}
