package hugeheap

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// early are the packages hugeheap and cacheenv may import: those Go
// initialises before the module's own, so that the readying comes before
// their initialisation allocates (see the package's comment). A package
// imported beyond them (runtime/debug, strings, slices, bytes) delays it.
var early = map[string]bool{
	"os": true, "runtime": true, "syscall": true, "unsafe": true,
	"unicode": true, "unicode/utf8": true,
	"github.com/thongbao/thongbao/cmd/thongbao/internal/cacheenv": true,
}

func TestImportsEarly(t *testing.T) {
	for _, dir := range []string{".", "../cacheenv"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			file, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range file.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if !early[path] {
					t.Errorf("%s imports %s, which Go initialises late: the heap would be readied after other packages allocated", f, path)
				}
			}
		}
	}
}
