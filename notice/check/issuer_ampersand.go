package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// wordsAmpersandRe is "&" between two words written in full in capitals
// ("GIÁO DỤC & ĐÀO TẠO"): the "VÀ" of the name shortened. Between
// abbreviations ("GD&ĐT") it is part of the abbreviation, which
// issuerAbbrev reads as such.
var wordsAmpersandRe = lazyre.New(`(\p{Lu}+)\s*&\s*(\p{Lu}+)`)

// issuerAmpersand reports "&" for "VÀ" in the issuer's name, its words
// otherwise in full: the decree wants the official name in full (NĐ 30,
// Phụ lục I, Mục II, khoản 2), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO".
func issuerAmpersand(p *Pass, lines []*Seg) {
	for _, s := range lines {
		for _, m := range wordsAmpersandRe().FindAllStringSubmatchIndex(s.Text, -1) {
			a, b := s.Text[m[2]:m[3]], s.Text[m[4]:m[5]]
			if !hasVowel(strings.ToLower(a)) || !hasVowel(strings.ToLower(b)) || !syllableShape(strings.ToLower(a)) || !syllableShape(strings.ToLower(b)) {
				continue
			}
			amp := strings.IndexByte(s.Text[m[0]:], '&') + m[0]
			full := s.Text[:m[3]] + " VÀ " + s.Text[m[4]:]
			p.Report(s, amp, diag.Msg("tên cơ quan ban hành viết \"&\" thay cho \"VÀ\"; tên cơ quan ban hành ghi tên chính thức, đầy đủ", "the issuer's name writes \"&\" for \"VÀ\"; the issuer is named by its official name, in full"),
				diag.Msg("viết %q", "write %q", strings.TrimSpace(full)))
			return
		}
	}
}
