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
	e := slot()
	mu.Unlock()
	e.src = expr
	return e.get
}

// Build is New for an expression put together from parts, such as a list
// of words joined by "|": build makes it when the returned function is
// first called, and again on each call of CompileAll or Exprs, so it must
// give the same expression every time.
func Build(build func() string) func() *regexp.Regexp {
	mu.Lock()
	builds = append(builds, build)
	e := slot()
	mu.Unlock()
	e.build = build
	return e.get
}

// A lazy is one expression of New or Build, compiled on first use. The
// lazies are taken from slabs (slot), so that each New costs the process
// one allocation (the function it returns) where sync.OnceValue's took
// three: some 230 expressions are made at every process's start.
type lazy struct {
	once  sync.Once
	src   string        // New's expression
	build func() string // or Build's
	re    *regexp.Regexp
}

// slab holds the lazies handed out last; mu guards it.
var slab []lazy

// slabSize is how many lazies a slab holds.
const slabSize = 64

// slot returns a lazy of the current slab, starting a new one when it is
// full. The caller holds mu.
func slot() *lazy {
	if len(slab) == cap(slab) {
		slab = make([]lazy, 0, slabSize)
	}
	slab = slab[:len(slab)+1]
	return &slab[len(slab)-1]
}

// get returns the compiled expression, compiling it on the first call.
func (e *lazy) get() *regexp.Regexp {
	e.once.Do(e.compile)
	if e.re == nil {
		panic("lazyre: expression did not compile: " + e.expr())
	}
	return e.re
}

// compile compiles the expression; regexp.MustCompile's panic leaves re
// nil, and each later get panics again, as sync.OnceValue's function did.
func (e *lazy) compile() { e.re = regexp.MustCompile(e.expr()) }

// expr is the expression of e.
func (e *lazy) expr() string {
	if e.build != nil {
		return e.build()
	}
	return e.src
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
