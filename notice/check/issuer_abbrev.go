package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "issuer-abbrev", Severity: diag.Warning, Ref: diag.RefIssuer, Run: issuerAbbrev,
		Title: diag.Msg("tên cơ quan ban hành là tên chính thức, đầy đủ", "the issuer's name is its official name, in full"),
		Help:  diag.Msg("ghi tên chính thức, đầy đủ của cơ quan ban hành, như \"TRƯỜNG TRUNG HỌC PHỔ THÔNG ...\"; chỉ tên cơ quan chủ quản được viết tắt những cụm từ thông dụng, như \"UBND TỈNH ...\"", "write the issuer's official name in full, as \"TRƯỜNG TRUNG HỌC PHỔ THÔNG ...\"; only the parent body's name may use common abbreviations, as \"UBND TỈNH ...\"")})
}

// issuerAbbrev reports the issuer's name abbreviated in the header:
// "TRƯỜNG THPT VÕ GIỮ", "BẢO HIỂM XÃ HỘI TP. HỒ CHÍ MINH". The decree wants
// the official, full name of the issuer (NĐ 30, Phụ lục I, Mục II, khoản
// 2); the parent body's line above it may use common abbreviations
// ("UBND TỈNH LÀO CAI") and is left alone. Only what data/abbreviations.txt
// knows, and words in capitals without a vowel ("KHTC"), are taken for
// abbreviations: a header holds names of places no syllable is spelt like
// ("ĐẮK LẮK"), and a school's level ("TH") only after "TRƯỜNG".
func issuerAbbrev(p *Pass) {
	issuerUnit(p) // issuer_unit.go
	lines := issuerNameLines(p.View)
	if len(lines) > 0 && companyHead(lines[0].Text) {
		return // a company's name is as registered; the lines above are its owner's
	}
	if parentOnly(p.View, lines) {
		return // the chủ quản's line; the issuer's is not in the copy (issuer_parent_only.go)
	}
	var found []abbrevWord
	var at []*Seg
	youth := youthUnionIssuer(p.View, lines)
	for _, s := range lines {
		for _, w := range abbrevWords(s.Text) {
			if youth && w.text == youthUnionForm {
				continue // the Đoàn's own form (issuer_youth_union.go)
			}
			if strictAbbrev(w.text) && !(abbrevTable()[w.text].common && nestedBody(s.Text[w.end:])) &&
				(!schoolLevels()[w.text] || containsLit(cite.Fold(s.Text[:w.off]), "trường")) {
				found = append(found, w)
				at = append(at, s)
			}
		}
	}
	if len(found) == 0 {
		issuerAmpersand(p, lines) // issuer_ampersand.go
		return
	}
	var names []string
	for _, w := range found {
		names = append(names, "\""+w.text+"\"")
	}
	msg := diag.Msg("tên cơ quan ban hành viết tắt %s; tên cơ quan ban hành ghi tên chính thức, đầy đủ", "the issuer's name is abbreviated, %s; the issuer is named by its official name, in full", strings.Join(names, ", "))
	if full, ok := expandCaps(lines); ok {
		p.Report(at[0], found[0].off, msg, diag.Msg("viết %q", "write %q", full))
		return
	}
	p.Report(at[0], found[0].off, msg)
}

// issuerNameLines are the header's lines that name the issuer: of the
// lines above the number that name bodies (the Quốc hiệu, the Tiêu ngữ
// and the place and date aside), those from the last that starts with
// the name of a body ("TRƯỜNG", "SỞ", "BẢO HIỂM" ...) on; the lines above
// it name the parent body. None when no line starts so.
func issuerNameLines(v *View) []*Seg {
	head := v.headAbove()
	var lines []*Seg
	for i := range head {
		s := &head[i]
		t := strings.TrimSpace(s.Text)
		if numberLineRe().MatchString(t) {
			break
		}
		if v.DateSeg != nil && s.PosAt(0) == v.DateSeg.PosAt(0) || onlyWordsOf(t, nationName) || onlyWordsOf(t, mottoText) || orgMark(t) ||
			strings.IndexFunc(t, unicode.IsLetter) < 0 || containsLit(cite.Fold(t), "ngày") {
			continue
		}
		lines = append(lines, s)
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if bodyHead(lines[i].Text) || issuerHead(lines[i].Text) || companyHead(lines[i].Text) || bareSoHead(v, lines[i]) {
			return lines[i:]
		}
	}
	return nil
}

// issuerHead: the line starts with the name of a body bodyHead does not
// list ("QUỸ ĐẦU TƯ PHÁT TRIỂN" under "UBND TỈNH ...", a tỉnh's "BÁO VÀ
// PHÁT THANH, TRUYỀN HÌNH ..." since the 2025 mergers, "LIÊN MINH HỢP TÁC
// XÃ" and "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT" under "UBND TỈNH ...",
// p94; a trade union's "CÔNG ĐOÀN CÔNG TY ..." under "LĐLĐ TỈNH ...",
// the union's own form, p96, its name after "CÔNG ĐOÀN"), is "THƯỜNG TRỰC"
// alone under the body whose standing organ it is, or starts with the
// initials of a body's name ("BCĐ CHƯƠNG TRÌNH ...",
// whose one full form is "Ban Chỉ đạo", or a union's "CĐ" before the
// name of its body, "CĐ TRƯỜNG ĐH ..."): the issuer's line cut short,
// not its parent's.
func issuerHead(s string) bool {
	if ws := abbrevWords(strings.TrimSpace(s)); len(ws) > 0 && ws[0].off == 0 && strictAbbrev(ws[0].text) {
		if unionInitials(strings.TrimSpace(s), ws[0]) {
			return true // "CĐ TRƯỜNG ĐH ...": the union of the body named after it (issuer_union_initials.go)
		}
		if full := abbrevTable()[ws[0].text].only(); full != "" && (bodyHead(full) || issuerHead(full)) {
			return true
		}
	}
	f := cite.Fold(strings.TrimSpace(s))
	if strings.EqualFold(f, cite.Fold("thường trực")) {
		return true // "HĐND TỈNH LÀO CAI / THƯỜNG TRỰC": the standing organ of the body named above it
	}
	if rest, ok := strings.CutPrefix(f, cite.Fold("công đoàn")+" "); ok {
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsLetter(r) // "CÔNG ĐOÀN CÔNG TY ...", not a joint "CÔNG ĐOÀN – ĐOÀN THANH NIÊN"
	}
	for _, h := range []string{"bệnh viện", "đại học", "học viện", "chi nhánh", "ngân hàng", "tòa án", "viện kiểm sát", "đài ", "báo ", "liên đoàn", "hội ", "đoàn ", "tổng cục", "cảng vụ", "chi cục", "trạm ", "đồn ", "quỹ ", "liên minh ", "liên hiệp "} {
		if strings.HasPrefix(f, cite.Fold(h)) {
			return true
		}
	}
	return false
}

// companyHead: the line starts with the name of an enterprise ("CÔNG TY
// TNHH MTV ...", "TỔNG CÔNG TY ...", "HỢP TÁC XÃ ..."). Its name is the one
// registered, which the Luật Doanh nghiệp 2020 (Điều 37, 38) lets carry
// short forms ("CÔNG TY CP", "TNHH") and any letters the owner chose, so
// it is no issuer-abbrev's to judge; a line above it names the owner, its
// parent body ("UBND TX. ĐỒNG XOÀI"), which may use common abbreviations.
func companyHead(s string) bool {
	f := cite.Fold(strings.ToLower(strings.TrimSpace(s)))
	for _, h := range []string{"công ty ", "tổng công ty ", "doanh nghiệp ", "hợp tác xã ", "liên hiệp hợp tác xã ", "xí nghiệp ", "nhà máy "} {
		if strings.HasPrefix(f, cite.Fold(h)) {
			return true
		}
	}
	return false
}

// nestedBody reports whether the rest of a line after "UBND" names
// another body ("UBND HUYỆN X PHÒNG GD&ĐT"): the line holds the parent
// and the issuer both, and "UBND" is the parent's.
func nestedBody(rest string) bool {
	f := " " + cite.Fold(rest) + " "
	for _, h := range []string{" văn phòng ", " phòng ", " sở ", " trường ", " ban ", " trung tâm ", " chi cục ", " đội ", " trạm "} {
		if strings.Contains(f, h) {
			return true
		}
	}
	return false
}

// strictAbbrev reports whether w, a word in capitals, is an abbreviation
// where names of places and people are written in capitals too: one
// data/abbreviations.txt knows and does not let stand, or a word without
// a vowel, or one of initials around a single unmarked vowel
// (initialsRun).
func strictAbbrev(w string) bool {
	e, known := abbrevTable()[w]
	if known {
		return !e.keep
	}
	return (!hasVowel(w) || initialsRun(w)) && !keptGroups(w)
}

// expandCaps writes lines in capitals with each abbreviation replaced by
// its one full form: "TRƯỜNG THPT VÕ GIỮ" gives "TRƯỜNG TRUNG HỌC PHỔ
// THÔNG VÕ GIỮ". False when an abbreviation has no one full form.
func expandCaps(lines []*Seg) (string, bool) {
	var out []string
	for _, s := range lines {
		t := strings.TrimSpace(s.Text)
		ws := abbrevWords(t)
		for i := len(ws) - 1; i >= 0; i-- {
			w := ws[i]
			if !strictAbbrev(w.text) {
				continue
			}
			full := headerFull(t, w)
			if full == "" {
				return "", false
			}
			end := w.end
			if end < len(t) && t[end] == '.' {
				end++ // "TP." with its period
			}
			rest := t[end:]
			if rest != "" && !strings.HasPrefix(rest, " ") {
				rest = " " + rest
			}
			t = t[:w.off] + strings.ToUpper(full) + rest
		}
		out = append(out, t)
	}
	return strings.Join(out, " "), true
}
