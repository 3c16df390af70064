package check_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// lintFindings are the findings of the default rules over the lint
// fixture rel (a path under testdata/lint), read as it stands.
func lintFindings(t *testing.T, rel string) diag.List {
	t.Helper()
	path := filepath.Join(lintDir, rel)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := plain.Read(path, src)
	if err != nil {
		t.Fatal(err)
	}
	return check.Text(f, nil, check.Options{})
}
