package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// joinedGrounds reports, for grounds, a paragraph that opens with a
// ground and runs the next ground into it after ";" ("Căn cứ Quyết định
// số 1718/QĐ-UBND ...; Căn cứ Công văn số 713/SGDĐT-...", Phụ lục I,
// Mục II, khoản 6, điểm a: each ground on a line of its own). A page laid
// out in columns (pdftotext) is left alone: its reading joins lines.
func joinedGrounds(p *Pass) {
	v := p.View
	if v.FromTOML || v.Columns {
		return
	}
	segs := v.bodySegs()
	for k, seg := range segs {
		t, ok := groundText(seg)
		if !ok {
			halfGround(p, seg)
			implementingGround(p, seg)
			continue
		}
		if groupedGround(p, seg, t, inGroundBlock(segs, k)) {
			continue
		}
		i := joinedGround(seg, t)
		if i < 0 {
			if i = joinedDocument(t); i < 0 || !inGroundBlock(segs, k) {
				continue
			}
			at := strings.Index(seg.Text, t) + i + len("; ")
			second := short(groundClause(t[i+len("; "):]))
			p.Report(seg, at, diag.Msg("hai căn cứ viết liền trong một đoạn, văn bản sau không có chữ \"Căn cứ\" (%q)", "two grounds run into one paragraph, the second without \"Căn cứ\" (%q)", second),
				diag.Msg("xuống dòng và viết \"Căn cứ %s\": mỗi căn cứ một dòng", "start a new line and write \"Căn cứ %s\": one line a ground", second))
			continue
		}
		at := strings.Index(seg.Text, t) + i + len("; ")
		p.Report(seg, at, diag.Msg("hai căn cứ viết liền trong một đoạn (%q)", "two grounds run into one paragraph (%q)", short(t[i+len("; "):])),
			diag.Msg("xuống dòng trước \"Căn cứ\": mỗi căn cứ một dòng", "start a new line before \"Căn cứ\": one line a ground"))
	}
}

// joinedGround is where, in t, the text of seg from its "Căn cứ", "; "
// runs a second "Căn cứ" into the ground; -1 when none. A "Căn cứ" that
// opens a line of the source after a line ending in ";" stands on a line
// of its own, whatever the reading joined: a copy wrapped to a width, with
// no blank line between paragraphs, is read with its lines run together.
func joinedGround(seg *Seg, t string) int {
	base := strings.Index(seg.Text, t)
	for from := 0; ; {
		i := indexLit(t[from:], "; Căn cứ ")
		if i < 0 {
			return -1
		}
		i += from
		if base < 0 || seg.LineAt(base+i) == seg.LineAt(base+i+len("; ")) {
			return i
		}
		from = i + len("; ")
	}
}

// joinedDocument is where, in a ground that cites a document, "; " runs
// a second numbered document into it without "Căn cứ" ("Căn cứ Nghị định
// số 07/2021/NĐ-CP ...; Quyết định số 24/2021/QĐ-TTg ..."); -1 when
// none. A law or ordinance that amends another ("; Luật sửa đổi, bổ
// sung ..."), and a document that amends the one before, are left alone:
// the Government's own decrees cite a text and the one amending it in one
// ground ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật
// sửa đổi, bổ sung một số điều ...", "...; Nghị định số 154/2020/NĐ-CP
// ... sửa đổi, bổ sung ..."). So is a
// ground that is not a document ("Căn cứ kết quả thẩm tra tại Báo cáo số
// 16/...; Báo cáo số 03/..."): its documents are where it was found.
func joinedDocument(t string) int {
	if !startsWithTypeName(strings.TrimPrefix(strings.TrimPrefix(t, "Căn cứ "), "vào ")) {
		return -1
	}
	for from := 0; ; {
		i := indexLit(t[from:], "; ")
		if i < 0 {
			return -1
		}
		i += from
		from = i + len("; ")
		rest := t[from:]
		if otherLaw(rest) {
			return i
		}
		for _, n := range cite.TypeNames() {
			if n == "Luật" || n == "Bộ luật" || n == "Pháp lệnh" || !strings.HasPrefix(rest, n+" số ") {
				continue
			}
			clause, _, _ := strings.Cut(rest, ";")
			if r, _ := utf8.DecodeRuneInString(rest[len(n+" số "):]); unicode.IsDigit(r) && !containsLit(clause, "sửa đổi") {
				return i
			}
		}
	}
}

// inGroundBlock reports whether paragraph k of segs stands in a block of
// grounds, one line "Căn cứ ..." beside another: a single paragraph that
// names its grounds before what it says is a sentence, and may list them.
func inGroundBlock(segs []*Seg, k int) bool {
	for _, j := range []int{k - 1, k + 1} {
		if j >= 0 && j < len(segs) {
			if _, ok := groundText(segs[j]); ok {
				return true
			}
		}
	}
	return false
}

// otherLaw reports whether rest, what follows "; " in a ground, is
// another law or ordinance by its name ("Luật Quy hoạch ngày
// 24/11/2017", "Pháp lệnh Dân số"), not one that amends ("Luật sửa đổi,
// bổ sung ...", in small letters).
func otherLaw(rest string) bool {
	for _, n := range []string{"Luật ", "Bộ luật ", "Pháp lệnh "} {
		if name, ok := strings.CutPrefix(rest, n); ok {
			r, _ := utf8.DecodeRuneInString(name)
			return isUpperRune(r) && foldPrefixLen(name, "sửa đổi") < 0 // "Luật Sửa đổi, bổ sung ..." amends
		}
	}
	return false
}

// groundClause is the first document of rest, the text after "; " in a
// ground: up to the next ";", or to a ", " before another tên loại
// ("Luật Quy hoạch ngày 24/11/2017, Luật sửa đổi, ...").
func groundClause(rest string) string {
	rest, _, _ = strings.Cut(rest, ";")
	for i := 0; ; {
		j := indexLit(rest[i:], ", ")
		if j < 0 {
			return rest
		}
		if startsWithTypeName(rest[i+j+2:]) {
			return rest[:i+j]
		}
		i += j + 2
	}
}

// implementingGround reports a paragraph that opens with the document it
// carries out ("Thực hiện Văn bản của Bộ ...; Căn cứ Quyết định số
// 20/2015/QĐ-UBND ...") and runs a "Căn cứ" into it after ";" on the same
// line: two grounds in one paragraph, as certainly as after a "Căn cứ".
func implementingGround(p *Pass, seg *Seg) {
	t := strings.TrimSpace(seg.Text)
	if !strings.HasPrefix(t, "Thực hiện ") {
		return
	}
	i := joinedGround(seg, t)
	if i < 0 {
		return
	}
	at := strings.Index(seg.Text, t) + i + len("; ")
	p.Report(seg, at, diag.Msg("hai căn cứ viết liền trong một đoạn (%q)", "two grounds run into one paragraph (%q)", short(t[i+len("; "):])),
		diag.Msg("xuống dòng trước \"Căn cứ\": mỗi căn cứ một dòng", "start a new line before \"Căn cứ\": one line a ground"))
}
