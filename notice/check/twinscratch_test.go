package check_test

import (
	"os"
	"testing"

	"github.com/thongbao/thongbao/notice/plain"
)

func TestTwinScratch(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("SCRATCH"))
	f, err := plain.ReadWith("x.txt", src, plain.Options{Layout: plain.OnePerLine})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Paras {
		t.Logf("%d %s@%s[%s] %q", p.PosAt(0).Line, p.Kind, p.Col, p.Marker, p.Text)
	}
}
