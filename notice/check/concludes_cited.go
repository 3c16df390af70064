package check

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// citedConclusionRe finds a Kết luận cited by its number, with the rest of
// its sentence: "Thực hiện Kết luận số 867-KL/HU ngày ... của Huyện ủy
// ...". A notice that carries out another body's conclusions is not a
// notice of conclusions; one is when it states the conclusions of a
// meeting it reports.
var citedConclusionRe = lazyre.New(`(?i)kết\s+luận\s+(?:số\s*)?\d+[^.;]*`)

// citedNoticeConclusionRe finds a Thông báo cited by its number and date
// whose trích yếu opens with "kết luận", with the rest of its sentence:
// "tại Thông báo số 1723/TB-UBND ngày 07/12/2020 kết luận của Phó Chủ
// tịch UBND thành phố ...". The conclusions are the cited notice's; the
// notice citing it carries them out.
var citedNoticeConclusionRe = lazyre.New(`(?i)thông\s+báo\s+số\s*\d+/[^\s,;]+(?:\s+ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?\s+(?:về\s+việc\s+)?kết\s+luận[^.;]*`)

// withoutCitedConclusions returns s with each cited Kết luận, and each
// cited Thông báo of conclusions, and the rest of its sentence taken out.
func withoutCitedConclusions(s string) string {
	if !containsFold(s, "luận") {
		return s // every match holds "luận": none to take out
	}
	return citedNoticeConclusionRe().ReplaceAllString(citedConclusionRe().ReplaceAllString(s, " "), " ")
}
