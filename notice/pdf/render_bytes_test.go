package pdf

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
)

// TestRenderBytesAsRender: every seed handed over as the document's own
// buffer (RenderBytes) is the PDF Render writes, byte for byte.
func TestRenderBytesAsRender(t *testing.T) {
	seeds, err := filepath.Glob("../../testdata/seeds/*.toml")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	set := defaultSet(t)
	for _, path := range seeds {
		n, err := notice.LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d := compose.Compose(n)
		var buf bytes.Buffer
		if err := Render(&buf, d, set, Options{}, time.Unix(0, 0)); err != nil {
			t.Fatal(err)
		}
		got, err := RenderBytes(d, set, Options{}, time.Unix(0, 0))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, buf.Bytes()) {
			t.Errorf("%s: RenderBytes gave %d bytes, Render %d, not the same", path, len(got), buf.Len())
		}
	}
}
