package pdf

import (
	"io"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
)

func benchDoc(b *testing.B) *compose.Document {
	n, err := notice.LoadFile("../../testdata/seeds/004.toml")
	if err != nil {
		b.Fatal(err)
	}
	return compose.Compose(n)
}

func BenchmarkLayout(b *testing.B) {
	d, set := benchDoc(b), defaultSet(b)
	for b.Loop() {
		if _, err := Lay(d, set, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	d, set := benchDoc(b), defaultSet(b)
	for b.Loop() {
		if err := Render(io.Discard, d, set, Options{}, time.Unix(0, 0)); err != nil {
			b.Fatal(err)
		}
	}
}
