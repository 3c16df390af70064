package check

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/diag"
)

// halfCapsRun is how many words in capitals in a row make a trích yếu
// half in capitals: more than a name's abbreviations ("UBND TP HCM").
const halfCapsRun = 4

// subjectHalfCaps reports a trích yếu written in ordinary case that goes
// on in capitals ("Tạm dừng đón khách tham quan ...: BẮT ĐẦU TỪ 15 GIỜ
// (THỨ BA) NGÀY 04 THÁNG 02 NĂM 2020", r71): a run of four words or more
// in capitals, one of them with a vowel's mark (vowelMarked: an
// abbreviation carries none, though "HĐND", "BCĐ" carry "Đ"), outside
// quotation marks. The trích yếu is written in
// ordinary case throughout (Phụ lục I, Mục II, khoản 5); a name
// in quotation marks ("“VÌ AN TOÀN GIAO THÔNG”") keeps its capitals.
func subjectHalfCaps(p *Pass, s *Seg) {
	text := s.Text
	if strings.ContainsAny(text, "\"“”«»") {
		return
	}
	run, start, marked := 0, -1, false
	for _, w := range p.View.words(text) {
		if !isUpper(w.text) || !strings.ContainsFunc(w.text, unicode.IsLetter) {
			if run >= halfCapsRun && marked {
				break
			}
			run, start, marked = 0, -1, false
			continue
		}
		if run == 0 {
			start = w.off
		}
		run++
		marked = marked || vowelMarked(w.text)
	}
	if run < halfCapsRun || !marked {
		return
	}
	caps := strings.TrimSpace(text[start:])
	if len([]rune(caps)) > 40 {
		caps = string([]rune(caps)[:40]) + "..."
	}
	p.Report(s, start, diag.Msg("trích yếu viết nửa chữ thường, nửa chữ in hoa (%q)", "the trích yếu is written half in ordinary case, half in capitals (%q)", caps),
		diag.Msg("viết cả trích yếu bằng chữ thường, chỉ viết hoa chữ đầu và tên riêng", "write the whole trích yếu in ordinary case, with capitals only at its start and on names"))
}

// vowelMarked reports whether s holds a letter of Vietnamese beyond ASCII
// other than "Đ" and "đ": a vowel with its mark ("Ắ", "Ơ"), which a
// syllable written out carries and the initials of an abbreviation
// ("HĐND", "ĐTN") do not.
func vowelMarked(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII && r != 'Đ' && r != 'đ' && isLetter(r) {
			return true
		}
	}
	return false
}
