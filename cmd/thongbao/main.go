// Command thongbao drafts, checks and renders Vietnamese administrative
// notices (THÔNG BÁO kết luận) laid out as Nghị định 30/2020/NĐ-CP requires.
//
// It is a thin shell over the notice packages: it reads flags, calls the
// library and maps the outcome to an exit code: 0 when all went well, 1
// when check found problems at or above --fail-on, 2 when the tool could not
// do its job (bad input, an unwritable output, a usage error).
package main

import (
	"fmt"
	"io"
	"os"

	_ "github.com/thongbao/thongbao/cmd/thongbao/internal/allocsample" // first: no allocation sampled
	_ "github.com/thongbao/thongbao/cmd/thongbao/internal/gcoff"       // the collector off once the heap is readied
	_ "github.com/thongbao/thongbao/cmd/thongbao/internal/heapstart"   // the heap's first pages in a huge page
	_ "github.com/thongbao/thongbao/cmd/thongbao/internal/hugeheap"    // the heap in huge pages, early
)

func main() {
	stop := startProfile()
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	exitProcess(code)
}

// run executes one command line and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	env := newEnv(args, stdin, stdout, stderr)
	if env.langErr != nil {
		fmt.Fprintf(stderr, "thongbao: %v\n", env.langErr)
		return exitFailed
	}
	defer func() {
		if p := recover(); p != nil {
			code = env.fault(p)
		}
	}()
	root := newRoot(env)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if cmd != nil {
		env.command = cmd.CommandPath()
	}
	return env.exit(err)
}
