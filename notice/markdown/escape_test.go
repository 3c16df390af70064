package markdown_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/markdown"
)

// hostile are texts a clerk might paste that Markdown would read as markup.
var hostile = []string{
	"# không phải tiêu đề",
	"- không phải danh sách",
	"+ cũng không",
	"1. không phải danh sách đánh số",
	"12) cũng không",
	"> không phải trích dẫn",
	"=== không phải gạch dưới",
	"*không nghiêng* và **không đậm** và _gạch_",
	"`mã` và ``hai``",
	"<b>thẻ HTML</b> <http://x.vn> <!-- chú thích -->",
	"[liên kết](http://x.vn) ![ảnh](a.png) [^1] [tham chiếu]",
	"&amp; &#x41; &copy; Sở KH&ĐT",
	"| ô | bảng |",
	"~~gạch ngang~~",
	`dấu gạch chéo ngược \ ở giữa và cuối \`,
	"***",
	"---",
	"Cổng thông tin điện tử https://laocai.gov.vn, www.laocai.gov.vn và http://x.vn/a?b=c",
	"thư điện tử vanthu@laocai.gov.vn; WWW.QUANGNGAI.GOV.VN; ftp://x.vn",
}

// TestEscapeHostile renders each hostile text as a paragraph, a list item,
// a heading and a table cell, and checks each reads back unchanged.
func TestEscapeHostile(t *testing.T) {
	for _, s := range hostile {
		if msg := roundTrip(s); msg != "" {
			t.Error(msg)
		}
	}
}

// roundTrip renders s in every place a field can appear and reads the
// Markdown back; it describes the first difference, or returns "".
func roundTrip(s string) string {
	runs := []body.Run{{Text: s}}
	ref := []body.Run{{Text: s}, {Note: "1"}}
	d := &compose.Document{
		Header:  compose.Header{Issuer: []string{s}, Number: "/TB-UBND", Draft: true, Place: s, Country: compose.Country, Motto: compose.Motto},
		Kind:    "THÔNG BÁO",
		Subject: runs,
		Body: []compose.Block{
			{Kind: compose.Para, Runs: ref},
			{Kind: compose.Bullet, Marker: "-", Runs: runs},
			{Kind: compose.Bullet, Marker: "+", Depth: 1, Runs: runs},
			{Kind: compose.Heading, Marker: "1.", Head: runs, Runs: runs},
			{Kind: compose.Para, Marker: "a)", Runs: []body.Run{{Text: s, Style: body.Bold}, {Text: " " + s, Style: body.Italic}}},
		},
		Recipients: [][]body.Run{runs},
		Archive:    runs,
		Signature:  compose.Signature{Lines: []string{s}, Name: s},
		Appendices: []compose.Appendix{{Heading: "Phụ lục", Title: s, Reference: runs,
			Table: &compose.Table{Columns: []string{s, "b"}, Rows: []compose.Row{{Cells: [][]body.Run{runs, runs}}}}}},
		Notes: []compose.Note{{Number: "1", Runs: runs}},
	}
	var buf bytes.Buffer
	if err := markdown.Render(&buf, d); err != nil {
		return err.Error()
	}
	got, want := parsedBlocks(buf.Bytes()), expectedBlocks(d)
	if len(got) != len(want) {
		return fmt.Sprintf("%q: %d blocks read back, want %d\n%s", s, len(got), len(want), buf.Bytes())
	}
	for i := range got {
		if got[i] != want[i] {
			return fmt.Sprintf("%q: block %d reads back as %q, want %q\n%s", s, i, got[i], want[i], buf.Bytes())
		}
	}
	return ""
}
