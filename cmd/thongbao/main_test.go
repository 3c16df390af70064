package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/thongbao/thongbao/notice/batch"
	"github.com/thongbao/thongbao/notice/output"
)

var long = flag.Bool("long", false, "run the command-line scripts at full size (2,000 notices)")

func TestMain(m *testing.M) {
	// The user's cache of check results is never touched by the tests:
	// it is off in this process (the in-process tests), and each script
	// has one of its own in $WORK, off too unless the script turns it on
	// (testdata/script/cache.txtar).
	if filepath.Base(os.Args[0]) != "thongbao" {
		os.Setenv("THONGBAO_CACHE", "off")
	}
	testscript.Main(m, map[string]func(){
		"thongbao": func() { exitProcess(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command line end to end: testdata/script/*.txtar.
// $SEEDS is testdata/seeds; "code N cmd args..." runs a command and
// requires exit code N.
func TestScripts(t *testing.T) {
	seeds, err := filepath.Abs("../../testdata/seeds")
	if err != nil {
		t.Fatal(err)
	}
	// $ARCHIVE is the size of the large archive of batch_large: 2,000
	// notices with -long (make test-long), else 200 so that the test
	// loop stays quick.
	archive := "200"
	if *long {
		archive = "2000"
	}
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SEEDS", seeds)
			env.Setenv("REAL", filepath.Join(filepath.Dir(seeds), "real"))
			env.Setenv("THONGBAO_CACHE", "off")
			env.Setenv("THONGBAO_CACHE_DIR", filepath.Join(env.WorkDir, ".cache"))
			env.Setenv("ARCHIVE", archive)
			env.Setenv("THONGBAO_LANG", "")
			return nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"code": exitCode, "genarchive": genArchive, "sametree": sameTree, "notemp": noTemp, "waitfiles": waitFiles,
			"mkfifo": mkfifo, // unix only: see fifo_unix_test.go
			"damage": damage,
		},
		RequireExplicitExec: true,
		// -update rewrites the cmp/cmpenv files of the scripts from what
		// the commands print, like the other goldens.
		UpdateScripts: *update,
	})
}

// genArchive writes a synthetic archive: genarchive N DIR.
func genArchive(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: genarchive N DIR")
	}
	n, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("genarchive: %v", err)
	}
	seeds, _ := filepath.Abs("../../testdata/seeds")
	if err := batch.Synthesize(n, ts.MkAbs(args[1]), seeds); err != nil {
		ts.Fatalf("genarchive: %v", err)
	}
}

// sameTree requires two directories to hold the same files, byte for byte.
func sameTree(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: sametree DIR DIR")
	}
	a, b := files(ts, args[0]), files(ts, args[1])
	if len(a) != len(b) {
		ts.Fatalf("%s has %d files, %s has %d", args[0], len(a), args[1], len(b))
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || !bytes.Equal(v, w) {
			ts.Fatalf("%s differs between %s and %s", k, args[0], args[1])
		}
	}
}

// waitFiles waits until a directory holds at least N files with an
// extension: waitfiles N DIR .pdf. It gives up after a minute.
func waitFiles(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: waitfiles N DIR EXT")
	}
	n, _ := strconv.Atoi(args[0])
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		count := 0
		for k := range files(ts, args[1]) {
			if filepath.Ext(k) == args[2] {
				count++
			}
		}
		if count >= n {
			return
		}
	}
	ts.Fatalf("%s never held %d %s files", args[1], n, args[2])
}

// noTemp requires that no temporary file is left under a directory.
func noTemp(ts *testscript.TestScript, neg bool, args []string) {
	for k := range files(ts, args[0]) {
		if output.IsTemp(filepath.Base(k)) {
			ts.Fatalf("temporary file left: %s", k)
		}
	}
}

func files(ts *testscript.TestScript, dir string) map[string][]byte {
	out := map[string][]byte{}
	root := ts.MkAbs(dir)
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			out[rel] = b
		}
		return nil
	})
	return out
}

// damage overwrites every file under a directory with bytes that are no
// entry: damage DIR.
func damage(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: damage DIR")
	}
	n := 0
	filepath.WalkDir(ts.MkAbs(args[0]), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.WriteFile(p, []byte("{not json"), 0o644)
			n++
		}
		return nil
	})
	if n == 0 {
		ts.Fatalf("damage: no file under %s", args[0])
	}
}

// exitCode runs a command and checks its exit code: code 2 thongbao ...
func exitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: code N command [args...]")
	}
	if args[0] == "INT" {
		killedByInterrupt(ts, args[1:])
		return
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("code: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("code: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit code %d, want %d", got, want)
	}
}

// killedByInterrupt runs a command that Ctrl-C stops ("code INT cmd
// args..."): it must end by SIGINT, as the shell wants of a program it
// stops, or exit 2 where SIGINT is ignored (a job started in the
// background by a shell without job control), which the process then
// cannot end by.
func killedByInterrupt(ts *testscript.TestScript, args []string) {
	err := ts.Exec(args[0], args[1:]...)
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		ts.Fatalf("code INT: %v", err)
	}
	if signal.Ignored(os.Interrupt) {
		if ee.ExitCode() != 2 {
			ts.Fatalf("exit code %d, want 2 (SIGINT is ignored here)", ee.ExitCode())
		}
		return
	}
	if got := ee.ProcessState.String(); got != "signal: interrupt" {
		ts.Fatalf("ended by %q, want by SIGINT", got)
	}
}
