package plain

import (
	"os"
	"strings"
	"testing"
)

// TestFeedEndedShort: pdftotext's text of a one-page notice of few lines
// (testdata/lint/deadlines.toml and recipients.toml rendered to PDF) is
// read as a page's text: its trích yếu stops where the body starts, the
// number stays with "Số:", Nơi nhận is read as such; the same lines with
// no form feed at their end are no page's text.
func TestFeedEndedShort(t *testing.T) {
	f := readPageText(t, "lint-deadlines.txt")
	wantParas(t, f, map[string]Kind{
		"Số: /TB-UBND": Header,
		"Kết luận của đồng chí Phạm Thị Hương, Chủ tịch UBND huyện tại cuộc họp về chuyển đổi số":         Subject,
		"Ngày 10/5/2024, đồng chí Phạm Thị Hương, Chủ tịch UBND huyện chủ trì cuộc họp về chuyển đổi số.": Body,
		"4. Tổng hợp trước ngày 25/5/2024. Thời hạn hoàn thành: trước ngày 20/5/2024.":                    Body,
		"- Phòng Văn hóa và Thông tin;": Recipient,
	})
	g := readPageText(t, "lint-recipients.txt")
	wantParas(t, g, map[string]Kind{
		"Văn phòng thông báo để Thường trực Huyện ủy và các phòng, ban biết, thực hiện./.": Body,
		"- Huyện đoàn Lý Sơn;": Recipient,
	})
	for _, name := range []string{"lint-deadlines.txt", "lint-recipients.txt"} {
		b, err := os.ReadFile("testdata/pagetext/" + name)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		if !feedEnded(rawLines(src)) {
			t.Errorf("%s: its form feed at the end not seen", name)
		}
		bare := strings.TrimRight(src, "\f\n")
		if pageWraps(rawLines(bare)) != nil {
			t.Errorf("%s with no form feed at its end read as a page's text", name)
		}
	}
}
