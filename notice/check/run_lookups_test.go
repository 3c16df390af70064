package check_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
)

// TestNoticeAsNoticeLookups holds Notice, which reads no lookups, to the
// findings of NoticeLookups on every notice of testdata, with every rule
// and with the citation rules alone disabled.
func TestNoticeAsNoticeLookups(t *testing.T) {
	var paths []string
	filepath.WalkDir("../../testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".toml") {
			paths = append(paths, p)
		}
		return nil
	})
	var citing []string
	for _, r := range check.Rules() {
		if strings.HasPrefix(r.ID, "citation") || strings.HasPrefix(r.ID, "archive") {
			citing = append(citing, r.ID)
		}
	}
	cfgs := []*config.Config{{}, {Check: config.Check{Disable: citing}}}
	loaded := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, cfg := range cfgs {
			n, err := notice.Load(p, src)
			if err != nil {
				break
			}
			loaded++
			got := check.Notice(n, cfg, check.Options{})
			n, _ = notice.Load(p, src)
			want, _ := check.NoticeLookups(n, cfg, check.Options{})
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: Notice gives %d findings, NoticeLookups %d", p, len(got), len(want))
			}
		}
	}
	if loaded < 50 {
		t.Fatalf("only %d notices loaded", loaded)
	}
}
