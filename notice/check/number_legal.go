package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// legalNumberLine is the number of a văn bản quy phạm pháp luật, which
// carries its year between the number and the code (NĐ 30, Phụ lục I,
// Mục II, khoản 3): "Số: 18/2009/QĐ-UBND".
var legalNumberLine = lazyre.New(`^Số: (?:(\d+)|\s*)/(?:19|20)\d\d/([\d&\p{L}]+(?:-[\d&\p{L}]+)+)$`)

// numberParts reads a number line as numberLine does, and a legal normative
// number with its year too: the number and the code, nil if neither.
func numberParts(text string) []string {
	if m := numberLine().FindStringSubmatch(text); m != nil {
		return m
	}
	return legalNumberLine().FindStringSubmatch(text)
}

// typeGluedRe is a number line whose code of one group opens with a
// Thông báo's "TB" and goes on with an issuer's capitals: "Số: 2874/TBSYT".
var typeGluedRe = lazyre.New(`^Số:? ?(\d+|\s*)/TB(\p{Lu}{2,})$`)

// typeGlued is the fix of a Thông báo's code whose "TB" is glued to the
// issuer's abbreviation ("Số: 2874/TBSYT" -> "Số: 2874/TB-SYT"): oneGroup's
// fix cannot tell where the groups part, but a Thông báo's own type code
// opens its ký hiệu.
func typeGlued(line string, t DocType) (diag.Text, bool) {
	if t != ThongBao {
		return diag.Text{}, false
	}
	m := typeGluedRe().FindStringSubmatch(strings.TrimSpace(codeOnly(line)))
	if m == nil {
		return diag.Text{}, false
	}
	lead := "Số: " + m[1]
	if strings.TrimSpace(m[1]) == "" {
		lead = "Số:      " // a draft's blank, as numberShape keeps it
	}
	return diag.Msg("viết %q", "write %q", lead+"/TB-"+m[2]), true
}

// oneGroup says a ký hiệu of one group ("Số: 24/CCTTHC"): a ký hiệu
// joins at least two groups with "-", the tên loại's abbreviation and the
// issuer's ("TB-UBND"), or for a Công văn the issuer's and the drafting
// unit's or field's ("CCTTHC-TH") (NĐ 30, Phụ lục I, Mục II, khoản 3). The
// missing group cannot be guessed, so the fix says what goes where.
func oneGroup(seq, code string) (diag.Text, diag.Text, bool) {
	code = strings.TrimSpace(code)
	if code == "" || strings.ContainsAny(code, "-–— /") || strings.ToUpper(code) != code {
		return diag.Text{}, diag.Text{}, false
	}
	msg := diag.Msg("ký hiệu %q chỉ có một nhóm chữ; ký hiệu gồm hai nhóm chữ viết tắt nối bằng dấu gạch nối \"-\"", "the code %q has one group; a code joins two groups of abbreviations with a hyphen \"-\"", code)
	if cite.IsTypeCode(code, cite.Admin) {
		return msg, diag.Msg("viết \"Số: %s/%s-\" rồi chữ viết tắt tên cơ quan ban hành", "write \"Số: %s/%s-\" followed by the issuer's abbreviation", seq, code), true
	}
	return msg, diag.Msg("với công văn, viết \"Số: %s/%s-\" rồi chữ viết tắt tên đơn vị soạn thảo hoặc lĩnh vực; với văn bản có tên loại, viết chữ viết tắt tên loại trước: \"Số: %s/<tên loại>-%s\"", "for a Công văn write \"Số: %s/%s-\" followed by the drafting unit's or field's abbreviation; for a document with a type name, put the type's abbreviation first: \"Số: %s/<type>-%s\"", seq, code, seq, code), true
}
