package check_test

import (
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
)

func BenchmarkCheck(b *testing.B) {
	n, err := notice.LoadFile("../../testdata/seeds/004.toml")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		check.Notice(n, nil, check.Options{})
	}
}
