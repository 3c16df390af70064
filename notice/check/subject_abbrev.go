package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "subject-abbrev", Severity: diag.Warning, Ref: diag.Practice, Run: subjectAbbrev,
		Title: diag.Msg("trích yếu viết đầy đủ, không dùng chữ viết tắt", "the trích yếu is written in full, without abbreviations"),
		Help:  diag.Msg("viết đầy đủ các chữ viết tắt trong trích yếu, như \"bảo hiểm y tế\" thay cho \"BHYT\"", "write the trích yếu's abbreviations in full, as \"bảo hiểm y tế\" for \"BHYT\"")})
}

// subjectAbbrev reports the abbreviations of the trích yếu, the line that
// names what the document is about: "V/v ... NĐ của CP", "thuế TNDN".
// Left alone: "V/v" and codes ("Quyết định số 12/QĐ-UBND"), an
// abbreviation defined in brackets there ("bảo hiểm y tế (BHYT)"), the
// decree's common abbreviations (UBND, HĐND), what data/abbreviations.txt
// lets stand, a school's level in its name ("Trường THCS Lục Hồn"), a
// channel's call sign after "kênh" ("kênh phát thanh NTV-FM", p96: the
// channel's name, as the prose reads "kênh PTV"), and a word in capitals that has a vowel when the trích yếu
// is written in capitals and the table does not know it (a place's name,
// "KRÔNG BÚK").
func subjectAbbrev(p *Pass) {
	s := p.View.Subject
	if s == nil {
		return
	}
	caps := !hasLower(s.Text)
	var found []abbrevWord
	seen := map[string]bool{}
	for _, w := range abbrevWords(s.Text) {
		e, known := abbrevTable()[w.text]
		switch {
		case w.defined, e.keep, e.common, seen[w.text], keptGroups(w.text),
			caps && !known && hasVowel(w.text),
			!known && ordinalNumeral(s.Text[:w.off], w.text),
			!caps && capsNeighbour(s.Text, w),
			namedAfter(s.Text[:w.off], "công ty", "tập đoàn", "ngân hàng", "cty", "kênh", "kênh phát thanh", "kênh truyền hình"),
			schoolLevels()[w.text] && containsLit(cite.Fold(s.Text[:w.off]), "trường"):
			continue
		}
		seen[w.text] = true
		found = append(found, w)
	}
	if len(found) == 0 {
		return
	}
	var names, fulls []string
	for _, w := range found {
		names = append(names, "\""+w.text+"\"")
		if f := abbrevTable()[w.text].only(); f != "" {
			if caps {
				f = strings.ToUpper(f)
			}
			fulls = append(fulls, "\""+f+"\"")
		}
	}
	msg := diag.Msg("trích yếu dùng chữ viết tắt %s", "the trích yếu uses the abbreviation %s", strings.Join(names, ", "))
	if len(fulls) == len(found) {
		p.Report(s, found[0].off, msg, diag.Msg("viết đầy đủ: %s", "write in full: %s", strings.Join(fulls, ", ")))
		return
	}
	p.Report(s, found[0].off, msg)
}

// ordinalNumeral reports whether a word of Roman numerals' letters, after
// "thứ" or "khóa", stands for a numeral however it is written ("lần thứ
// XVIIII", a numeral of five letters that is no valid one): it is no
// abbreviation, and saying it as one tells the clerk a wrong slip (x100's 54).
func ordinalNumeral(before, w string) bool {
	if strings.Trim(w, "IVXLC") != "" {
		return false
	}
	f := strings.Fields(cite.Fold(before))
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return last == "thứ" || last == "khóa" || last == "khoá"
}
