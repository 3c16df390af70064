package lazyre

import (
	"regexp"
	"sync"
)

// exprs are the expressions made by New, for CompileAll.
var (
	mu    sync.Mutex
	exprs []string
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

// CompileAll compiles every expression made by New so far and returns the
// first error.
func CompileAll() error {
	mu.Lock()
	defer mu.Unlock()
	for _, e := range exprs {
		if _, err := regexp.Compile(e); err != nil {
			return err
		}
	}
	return nil
}

// Exprs returns every expression made by New so far, in the order made.
func Exprs() []string {
	mu.Lock()
	defer mu.Unlock()
	return append([]string(nil), exprs...)
}
