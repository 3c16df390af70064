package main

import (
	"fmt"

	"github.com/thongbao/thongbao/notice/diag"
)

// fault says a panic of the program's own that reached the command (text
// and import read one notice on the command's goroutine; check, batch,
// render and tasks say theirs as the notice's finding and go on) as the
// internal-fault finding does, on standard error, instead of Go's trace,
// and gives exit code 2.
func (e *env) fault(p any) int {
	f := diag.Fault("", p)[0]
	fmt.Fprintf(e.stderr, "thongbao: %s\n    %s\n", f.Message.In(e.lang), f.Fix.In(e.lang))
	return exitFailed
}
