package cite

import (
	"fmt"
	"strings"
	"testing"
)

func show(c Citation) string {
	date := ""
	if !c.Date.IsZero() {
		date = c.Date.ISO()
	}
	s := fmt.Sprintf("%s|so=%v|%s|%s|%s", c.Type, c.HasSo, c.Number.Raw, date, c.Issuer)
	if c.Subject != "" {
		s += "|về " + c.Subject
	}
	return s
}

func TestFindCitations(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"tại Quyết định số 26/QĐ-UBND ngày 09/01/2023 của Chủ tịch UBND huyện);", []string{
			"Quyết định|so=true|26/QĐ-UBND|2023-01-09|Chủ tịch UBND huyện"}},
		{"chỉ đạo tại Thông báo 01/TB-UBND ngày 03/01/2023 của UBND huyện về kết luận của đồng chí", []string{
			"Thông báo|so=false|01/TB-UBND|2023-01-03|UBND huyện|về kết luận của đồng chí"}},
		{"tại các Nghị quyết: số 01/NQ-CP và số 02/NQ-CP ngày 05/01/2024 của Chính phủ; nhất là", []string{
			"Nghị quyết|so=true|01/NQ-CP|2024-01-05|Chính phủ",
			"Nghị quyết|so=true|02/NQ-CP|2024-01-05|Chính phủ"}},
		{"Nghị quyết của Chính phủ: Số 01/NQ-CP ngày 05/01/2024 về nhiệm vụ A; số 01/NQ-CP ngày 05/01/2024 về những nhiệm vụ B", []string{
			"Nghị quyết|so=true|01/NQ-CP|2024-01-05||về nhiệm vụ A",
			"Nghị quyết|so=true|01/NQ-CP|2024-01-05||về những nhiệm vụ B"}},
		{"theo Kế hoạch hành động số 93-KH/HU ngày 03/3/2022 của Ban Thường vụ Huyện ủy Thọ Xuân; Quyết định số 814/QĐ-UBND ngày 14/4/2022 của UBND huyện về việc giao", []string{
			"Kế hoạch hành động|so=true|93-KH/HU|2022-03-03|Ban Thường vụ Huyện ủy Thọ Xuân",
			"Quyết định|so=true|814/QĐ-UBND|2022-04-14|UBND huyện|về việc giao"}},
		{"quy định của Nghị định 42/2022/NĐ-CP ngày 26 tháng 4 năm 2022 đạt 8/10 điểm", []string{
			"Nghị định|so=false|42/2022/NĐ-CP|2022-04-26|"}},
		{"Nhiệm vụ giao tại Công văn số 5103/UBND-JGVX ngày 25/9/2024; hoàn thành", []string{
			"Công văn|so=true|5103/UBND-JGVX|2024-09-25|"}},
		// "Văn bản số" after a ";" names a document of its own: it takes
		// no type from the Quyết định before it.
		{"Căn cứ Quyết định số 7/QĐ-BQL ngày 15/01/2026 của Trưởng Ban về việc thành lập Hội đồng; Văn bản số 4926/SCT-CN ngày 14/8/2026 của Sở Công Thương;", []string{
			"Quyết định|so=true|7/QĐ-BQL|2026-01-15|Trưởng Ban|về việc thành lập Hội đồng",
			"|so=true|4926/SCT-CN|2026-08-14|Sở Công Thương"}},
		// "số:" with its colon, as offices type it before the number.
		{"Thực hiện Công văn số: 297/TB-UBND ngày 25/3/2020 của Ủy ban nhân dân huyện", []string{
			"Công văn|so=true|297/TB-UBND|2020-03-25|Ủy ban nhân dân huyện"}},
		{"Chỉ thị số 34/CT-TTg và Quyết định số 1012/QĐ-TTg, phù hợp", []string{
			"Chỉ thị|so=true|34/CT-TTg||", "Quyết định|so=true|1012/QĐ-TTg||"}},
		// A Party document's number takes the Party's hyphen date.
		{"thực hiện Kết luận số 12-KL/TW ngày 5-4-2021 của Bộ Chính trị về công tác", []string{
			"Kết luận|so=true|12-KL/TW|2021-04-05|Bộ Chính trị|về công tác"}},
		{"Nghị quyết số 18-NQ/TW, ngày 25-10-2017 của Ban Chấp hành Trung ương", []string{
			"Nghị quyết|so=true|18-NQ/TW|2017-10-25|Ban Chấp hành Trung ương"}},
		// A Công điện's hour of issue between its number and its date is
		// part of its date; an hour with no date after it is not read.
		{"Thực hiện Công điện số 07/CĐ-PCTT hồi 14h00 ngày 15/6/2022 của Ban Chỉ đạo Quốc gia về phòng, chống thiên tai", []string{
			"Công điện|so=true|07/CĐ-PCTT|2022-06-15|Ban Chỉ đạo Quốc gia|về phòng, chống thiên tai"}},
		{"Công điện số 32/CĐ-TW hồi 18 giờ 30 phút, ngày 08 tháng 8 năm 2018 của Ban chỉ đạo Trung ương", []string{
			"Công điện|so=true|32/CĐ-TW|2018-08-08|Ban chỉ đạo Trung ương"}},
		{"Công điện số 32/CĐ-TW hồi 18h00 của Ban chỉ đạo Trung ương", []string{
			"Công điện|so=true|32/CĐ-TW||Ban chỉ đạo Trung ương"}},
		// "lúc" also opens an hour to come: not read as the hour of issue.
		{"Công điện số 32/CĐ-TW lúc 18h00 ngày 08/8/2018", []string{
			"Công điện|so=true|32/CĐ-TW||"}},
		// Dates, scores and ratios are not numbers of documents.
		{"ngày 09/01/2023 đạt 24/30 điểm, 07/07 xã, 2,72/10", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range FindCitations(tt.text) {
			got = append(got, show(c))
		}
		if strings.Join(got, "\n") != strings.TrimSpace(strings.Join(tt.want, "\n")) {
			t.Errorf("FindCitations(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
