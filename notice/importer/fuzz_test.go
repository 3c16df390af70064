package importer_test

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/importer"
	"github.com/thongbao/thongbao/notice/markdown"
	"github.com/thongbao/thongbao/notice/reading"
)

// FuzzImport: any text read as a notice imports to a source that loads and
// renders, or is refused with a clear error; never a panic, never a
// source that does not load.
func FuzzImport(f *testing.F) {
	for _, p := range []string{"../../testdata/seeds/001.txt", "../../testdata/corpus/word/003.txt", "../../testdata/seeds/004.md"} {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src[:min(len(src), 6000)], p[len(p)-3:] == ".md")
	}
	for _, s := range []string{
		"THÔNG BÁO\n\nKết luận\n\n1. Một\n\n- hai\n\nNơi nhận:\n- Lưu: VT.\n",
		"Số: /TB-UBND\n\nHà Nội, ngày tháng năm 2024\n\nTHÔNG BÁO\n\nV/v *x* _y_ [^1] \\\n\nSau khi nghe A báo cáo, B kết luận:\n\na) x¹\n\n¹ chú thích\n",
		"PHỤ LỤC\n\n(Kèm theo)\n",
		"Kính gửi: A\n\n1. \"\"\" \\ ''' \n",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, md bool) {
		path := "x.txt"
		if md {
			path = "x.md"
		}
		r, err := reading.Read(path, src)
		if err != nil {
			return
		}
		res, err := importer.Import(r)
		if err != nil {
			if !errors.Is(err, importer.ErrNotANotice) {
				t.Fatalf("import: %v", err)
			}
			return
		}
		n, err := notice.Load("x.toml", res.Source)
		if err != nil {
			t.Fatalf("the import does not load: %v\n%s", err, res.Source)
		}
		if err := markdown.Render(&bytes.Buffer{}, compose.Compose(n)); err != nil {
			t.Fatal(err)
		}
	})
}
