package lazyre_test

import (
	"testing"

	"github.com/thongbao/thongbao/notice/internal/lazyre"

	// The packages whose expressions are compiled on first use.
	_ "github.com/thongbao/thongbao/notice/batch"
	_ "github.com/thongbao/thongbao/notice/check"
	_ "github.com/thongbao/thongbao/notice/cite"
	_ "github.com/thongbao/thongbao/notice/diag"
	_ "github.com/thongbao/thongbao/notice/importer"
	_ "github.com/thongbao/thongbao/notice/markdown"
	_ "github.com/thongbao/thongbao/notice/plain"
	_ "github.com/thongbao/thongbao/notice/tasks"
)

// TestCompileAll compiles every expression of the packages above, so
// that a bad one fails here rather than on the first run that reaches it.
func TestCompileAll(t *testing.T) {
	if err := lazyre.CompileAll(); err != nil {
		t.Fatal(err)
	}
}

// TestNew checks that an expression is compiled once and kept.
func TestNew(t *testing.T) {
	re := lazyre.New(`^a+$`)
	first := re()
	if re() != first || !first.MatchString("aa") {
		t.Fatal("New does not give one compiled expression")
	}
}
