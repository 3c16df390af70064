package bench

import (
	"bytes"
	"io"
	"os"
	"testing"
	"time"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/markdown"
	"github.com/thongbao/thongbao/notice/pdf"
)

var src, _ = os.ReadFile("../testdata/seeds/004.toml")

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		notice.Load("004.toml", src)
	}
}
func BenchmarkCheck(b *testing.B) {
	n, _ := notice.Load("004.toml", src)
	for b.Loop() {
		check.Notice(n, nil, check.Options{})
	}
}
func BenchmarkCompose(b *testing.B) {
	n, _ := notice.Load("004.toml", src)
	for b.Loop() {
		compose.Compose(n)
	}
}
func BenchmarkMarkdown(b *testing.B) {
	n, _ := notice.Load("004.toml", src)
	d := compose.Compose(n)
	for b.Loop() {
		markdown.Render(io.Discard, d)
	}
}
func BenchmarkLayout(b *testing.B) {
	n, _ := notice.Load("004.toml", src)
	d := compose.Compose(n)
	set, _ := fonts.Default()
	for b.Loop() {
		pdf.Lay(d, set, pdf.Options{})
	}
}
func BenchmarkDraw(b *testing.B) {
	n, _ := notice.Load("004.toml", src)
	d := compose.Compose(n)
	set, _ := fonts.Default()
	l, _ := pdf.Lay(d, set, pdf.Options{})
	for b.Loop() {
		var buf bytes.Buffer
		pdf.Draw(&buf, l, set, pdf.Meta{Date: time.Unix(0, 0)})
	}
}
