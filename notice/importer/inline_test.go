package importer_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/importer"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestInline: the text of a field is the text as written: markup
// characters escaped, footnote references where the text makes them (a
// superscript without a note is the character it is), the emphasis of a
// Markdown notice kept, but not where a whole heading or trích yếu is
// emphasised (the renderer gives it its style).
func TestInline(t *testing.T) {
	for _, tc := range []struct {
		path, src string
		want      []string
		not       []string
	}{{
		path: "x.md",
		src: "THÔNG BÁO\n\n**Kết luận của đồng chí A tại cuộc họp B**\n\n" +
			"Ngày 02/3/2024, đồng chí A chủ trì cuộc họp B.\n\n" +
			"**1. Sở Tài chính**\n\n- Hoàn thành **trước ngày 20/10/2024**, theo *Kế hoạch*[^1]; tính 5 * 3 \\_ a_b.\n\n" +
			"Nay thông báo./.\n\n***Nơi nhận:***\n\n- Lưu: VT.\n\n**CHỦ TỊCH**\n\n**Nguyễn Văn A**\n\n[^1]: Kế hoạch số 5/KH-UBND.\n",
		want: []string{
			`subject = "Kết luận của đồng chí A tại cuộc họp B"`,
			`Hoàn thành **trước ngày 20/10/2024**, theo *Kế hoạch*[^1]; tính 5 * 3 \\_ a\\_b.`,
			`text = "Kế hoạch số 5/KH-UBND."`,
		},
	}, {
		path: "x.txt",
		src: "THÔNG BÁO\n\nKết luận của đồng chí A\n\nNgày 02/3/2024, đồng chí A chủ trì cuộc họp B.\n\n" +
			"1. Sở Tài chính: diện tích 20 m² theo Kế hoạch¹ [tạm] *x*.\n\nNay thông báo./.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n\n¹ Kế hoạch số 5/KH-UBND.\n",
		want: []string{`20 m² theo Kế hoạch[^1] \\[tạm] *x*.`},
		not:  []string{"[^2]"},
	}} {
		r, err := reading.Read(tc.path, []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		res, err := importer.Import(r)
		if err != nil {
			t.Fatal(err)
		}
		src := string(res.Source)
		for _, w := range tc.want {
			if !strings.Contains(src, w) {
				t.Errorf("%s: the source lacks %s:\n%s", tc.path, w, src)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(src, w) {
				t.Errorf("%s: the source has %s:\n%s", tc.path, w, src)
			}
		}
	}
}
