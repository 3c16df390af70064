package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "subject-caps", Severity: diag.Warning, Ref: diag.RefSubject, Run: subjectCaps,
		Title: diag.Msg("trích yếu viết chữ in thường", "the trích yếu is in lower case"),
		Help:  diag.Msg("viết trích yếu bằng chữ in thường, chữ cái đầu viết hoa, như \"Về việc nghỉ Tết Nguyên đán năm 2024\"", "write the trích yếu in lower case with a capital first letter, as in \"Về việc nghỉ Tết Nguyên đán năm 2024\"")})
}

// subjectCaps reports a trích yếu written all in capitals ("VỀ VIỆC TRẢ
// THẺ BHYT", "V/V ĐIỀU CHỈNH MỨC THU HỌC PHÍ"): the decree sets the tên
// loại in capitals and the trích yếu under it in lower case (Phụ lục I,
// Mục II, khoản 5; Mẫu 1.4 "Về công tác phòng, chống lụt bão"). A
// trích yếu of fewer than three words may be a code or a name, and is
// left alone, and so is a line under the tên loại that names the issuer
// ("CỦA CÁC TRƯỜNG ...").
func subjectCaps(p *Pass) {
	s := p.View.Subject
	if s == nil || p.View.FromTOML {
		return
	}
	if strings.HasPrefix(strings.TrimSpace(s.Text), "CỦA ") {
		return // "THÔNG BÁO / CỦA CÁC TRƯỜNG ...": the tên loại names its issuer, no trích yếu
	}
	if partyTitleLine(p.View, s) {
		return
	}
	subjectFirstLetter(p, s) // subject_first_letter.go
	subjectTitleCase(p, s)   // subject_title_case.go: "Kết Luận của ..."
	words := 0
	for w := range strings.FieldsSeq(s.Text) {
		if strings.ContainsFunc(w, unicode.IsLower) {
			subjectHalfCaps(p, s) // subject_half_caps.go
			return
		}
		if strings.ContainsFunc(w, unicode.IsLetter) {
			words++
		}
	}
	if words < 3 {
		return
	}
	p.Report(s, 0, diag.Msg("trích yếu viết toàn chữ in hoa", "the trích yếu is written all in capitals"))
}

// partyTitleLine reports a Party notice's line in capitals under the tên
// loại that says whose conclusions it gives, the trích yếu "về ..." in
// small letters on the line under it: "THÔNG BÁO / KẾT LUẬN CỦA BAN
// THƯỜNG VỤ HUYỆN ỦY / về công tác ...", as Hướng dẫn 36-HD/VPTW's
// notices and conclusions set their titles ("KẾT LUẬN / HỘI NGHỊ LẦN THỨ
// BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH / về ...").
func partyTitleLine(v *View, s *Seg) bool {
	if !v.Party || len(v.Body) == 0 {
		return false
	}
	next := &v.Body[0]
	return next.LineAt(0) == s.LineAt(0)+1 && strings.HasPrefix(strings.TrimSpace(next.Text), "về ")
}
