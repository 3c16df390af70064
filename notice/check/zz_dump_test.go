package check_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestZZDump prints findings for files in ZZDUMP (space-separated), throwaway.
func TestZZDump(t *testing.T) {
	for _, p := range strings.Fields(os.Getenv("ZZDUMP")) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := plain.Read(p, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range check.Text(f, nil, check.Options{}) {
			fmt.Printf("%s\t%d\t%s\t%s\n", p, d.Pos.Line, d.Rule, d.Message.In(diag.VI))
		}
	}
}
