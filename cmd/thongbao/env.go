package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitFailed   = 2
)

// env is what every command shares: the streams, the language of
// messages, and the worst outcome so far.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	lang           diag.Lang
	langErr        error // a language that is neither vi nor en
	code           int
	command        string // the command that ran, "thongbao render"; "" before one is known
}

// helpHint points to the help of the command whose line was mistaken:
// "Xem: thongbao render --help", where the options it speaks of are.
func (e *env) helpHint() string {
	c := e.command
	if c == "" || c == "thongbao help" {
		// help of a command that does not exist: the list of commands is
		// in thongbao --help, not in help's own.
		c = "thongbao"
	}
	return e.tr("Xem: "+c+" --help", "See: "+c+" --help")
}

func newEnv(args []string, stdin io.Reader, stdout, stderr io.Writer) *env {
	e := &env{stdin: stdin, stdout: outWriter{stdout}, stderr: stderr}
	name, v := langArg(args)
	var err error
	if e.lang, err = diag.ParseLang(primaryLang(v)); err != nil {
		e.langErr = fmt.Errorf("%s phải là vi hoặc en, không phải %q\nthongbao: %s must be vi or en, not %q", name, v, name, v)
	}
	e.stdin = e.fromKeyboard(stdin)
	return e
}

// langArg finds the language before the command tree is built, so that help
// texts are in it too: --lang on the command line, else THONGBAO_LANG. It
// returns where the value came from and the value.
func langArg(args []string) (name, value string) {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return "--lang", v
		}
		if a == "--lang" && i+1 < len(args) {
			return "--lang", args[i+1]
		}
	}
	return "THONGBAO_LANG", os.Getenv("THONGBAO_LANG")
}

// primaryLang is the language of a locale name: "vi" of "vi_VN.UTF-8",
// "en" of "en-AU".
func primaryLang(s string) string {
	if i := strings.IndexAny(s, "-_.@"); i > 0 {
		return s[:i]
	}
	return s
}

// tr picks the message in the language of the run.
func (e *env) tr(vi, en string) string {
	if e.lang == diag.EN {
		return en
	}
	return vi
}

// worse records an outcome; the run exits with the worst.
func (e *env) worse(code int) {
	e.code = max(e.code, code)
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

// reported is an error whose message has already been printed.
var errReported = errors.New("reported")

// exit prints what err says, when it has not been printed yet, and returns
// the exit code of the run.
func (e *env) exit(err error) int {
	if err == nil || errors.Is(err, errReported) {
		if err != nil {
			e.worse(exitFailed)
		}
		return e.code
	}
	var list diag.List
	var out *outError
	switch {
	case errors.As(err, &out):
		e.printOutError(out)
	case errors.As(err, &list):
		diag.WriteText(e.stderr, list, e.lang)
	case errors.As(err, new(usageError)):
		fmt.Fprintf(e.stderr, "thongbao: %v\n%s\n", err, e.helpHint())
	default:
		if _, _, ok := commandLineError(err.Error()); ok {
			fmt.Fprintf(e.stderr, "thongbao: %s\n%s\n", e.commandLine(err.Error()), e.helpHint())
			break
		}
		fmt.Fprintf(e.stderr, "thongbao: %v\n", err)
	}
	e.worse(exitFailed)
	return e.code
}

// report prints findings about one input and records the outcome: a load
// failure means the tool could not do its job for that input.
func (e *env) report(err error) {
	var list diag.List
	var out *outError
	switch {
	case errors.As(err, &list):
		diag.WriteText(e.stderr, list, e.lang)
	case errors.As(err, &out):
		e.printOutError(out)
	default:
		fmt.Fprintf(e.stderr, "thongbao: %v\n", err)
	}
	e.worse(exitFailed)
}

// printOutError says why standard output could not be written.
func (e *env) printOutError(out *outError) {
	fmt.Fprintf(e.stderr, "thongbao: %s\n", diag.Msg("không ghi được ra đầu ra chuẩn: %s", "cannot write to standard output: %s", diag.OSReason(out.err)).In(e.lang))
}

// outWriter is standard output. A write that fails returns an outError,
// which exit explains in the user's words, whatever wrapped it on the way.
type outWriter struct{ w io.Writer }

func (o outWriter) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	if err != nil {
		err = &outError{err}
	}
	return n, err
}

// outError is a failed write to standard output (a full disk, a closed
// pipe).
type outError struct{ err error }

func (o *outError) Error() string { return "write standard output: " + o.err.Error() }
func (o *outError) Unwrap() error { return o.err }
