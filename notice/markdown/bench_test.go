package markdown_test

import (
	"io"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/markdown"
)

func BenchmarkMarkdown(b *testing.B) {
	n, err := notice.LoadFile("../../testdata/seeds/004.toml")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := markdown.Render(io.Discard, compose.Compose(n)); err != nil {
			b.Fatal(err)
		}
	}
}
