package render

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/pdf"
)

func TestFormat(t *testing.T) {
	n, err := notice.LoadFile("../../testdata/seeds/001.toml")
	if err != nil {
		t.Fatal(err)
	}
	set, err := fonts.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := compose.Compose(n)
	md, err := Format("md", d, Settings{})
	if err != nil || !strings.Contains(string(md), "THÔNG BÁO") {
		t.Fatalf("md: %v\n%.200s", err, md)
	}
	a, err := Format("pdf", d, Settings{Fonts: set})
	if err != nil || !bytes.HasPrefix(a, []byte("%PDF-")) {
		t.Fatalf("pdf: %v", err)
	}
	// Without a date, the notice's own: the same bytes as when it is given.
	b, err := Format("pdf", d, Settings{Fonts: set, Date: pdf.DocumentDate(d)})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Format("pdf", d, Settings{Fonts: set, Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) || bytes.Equal(a, c) {
		t.Error("a PDF without a date is not dated by the notice")
	}
	if _, err := Format("docx", d, Settings{}); err == nil {
		t.Error("an unknown format renders")
	}
}
