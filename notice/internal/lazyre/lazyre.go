package lazyre

import (
	"regexp"
	"sync"
)

// exprs are the expressions made by New, builds those made by Build, for
// CompileAll.
var (
	mu     sync.Mutex
	exprs  []string
	builds []func() string
)

// New returns a function that compiles expr on its first call and returns
// the same *regexp.Regexp on every call. It panics, as regexp.MustCompile
// does, if expr does not compile: CompileAll lets a test find that first.
func New(expr string) func() *regexp.Regexp {
	mu.Lock()
	exprs = append(exprs, expr)
	mu.Unlock()
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// Build is New for an expression put together from parts, such as a list
// of words joined by "|": build makes it when the returned function is
// first called, and again on each call of CompileAll or Exprs, so it must
// give the same expression every time.
func Build(build func() string) func() *regexp.Regexp {
	mu.Lock()
	builds = append(builds, build)
	mu.Unlock()
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(build()) })
}

// CompileAll compiles every expression made by New and Build so far and
// returns the first error.
func CompileAll() error {
	for _, e := range Exprs() {
		if _, err := regexp.Compile(e); err != nil {
			return err
		}
	}
	return nil
}

// Exprs returns every expression made by New so far, in the order made,
// then those made by Build, built.
func Exprs() []string {
	mu.Lock()
	out := append([]string(nil), exprs...)
	bs := append([]func() string(nil), builds...)
	mu.Unlock()
	for _, b := range bs {
		out = append(out, b())
	}
	return out
}
