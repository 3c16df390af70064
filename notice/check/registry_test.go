package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
)

// TestLargeRegistry: a registry holds every document of an office over the
// years; the limits of a notice (a thousand entries in a list) are not its
// limits.
func TestLargeRegistry(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 1201; i++ {
		fmt.Fprintf(&b, "[[documents]]\nnumber = \"%02d/TB-UBND\"\ndate = \"2024-01-02\"\nissuer = \"UBND huyện Lý Sơn\"\n\n", i)
	}
	p := filepath.Join(t.TempDir(), "so.toml")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := check.LoadRegistry(p); err != nil {
		t.Fatalf("a registry of 1,201 documents: %v", err)
	}
}
