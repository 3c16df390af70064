package batch

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/render"
)

// TestFaultIsolated: a panic while one notice is rendered fails that
// notice with the program's fault named, and the batch renders the rest.
func TestFaultIsolated(t *testing.T) {
	src := archive(t, 4)
	old := renderNotice
	defer func() { renderNotice = old }()
	renderNotice = func(n *notice.Notice, cfg *config.Config, o render.Options) (*render.Result, error) {
		if n.Number.Seq == "02" {
			var s []int
			_ = s[2] // a fault of the program's own
		}
		return old(n, cfg, o)
	}
	sum := runBatch(t, context.Background(), src, options(t, filepath.Join(t.TempDir(), "out")))
	if sum.Rendered != 3 || sum.Failed != 1 {
		t.Fatalf("summary %+v", sum.Progress)
	}
	for _, r := range sum.Results {
		if r.Entry.Status == Failed && (len(r.Findings) != 1 || r.Findings[0].Rule != diag.RuleFault || !strings.Contains(r.Findings[0].Fix.EN, "index out of range")) {
			t.Errorf("%s: findings %v, want the program's fault", r.Source.Rel, r.Findings)
		}
	}
}
