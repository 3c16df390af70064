package importer

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

var (
	// appendixHeadRe is the heading of an appendix, with its number and
	// maybe its title on the same line: "PHỤ LỤC II: DANH MỤC ...".
	appendixHeadRe = lazyre.New(`(?i)^phụ lục(?:\s+(?:[IVXLC]+|\d+)\b)?\s*[.:–-]?\s*`)
	referenceRe    = lazyre.New(`(?i)^\(\s*kèm theo\b`)
)

// appendices maps what follows the signature: each appendix from its
// heading, its title (the lines in capitals under it), its "(Kèm theo
// ...)" line and its paragraphs and table cells, kept as paragraphs.
func (im *importer) appendices(ps []plain.Para) {
	var cur *appendix
	titling, sig := false, 0
	for _, p := range ps {
		t := strings.TrimSpace(p.Text)
		switch {
		case p.Kind != plain.Cell && appendixHeadRe().MatchString(t) && len(strings.Fields(t)) <= 30 && (isUpperText(t) || len(strings.Fields(t)) <= 3):
			im.d.Appendices = append(im.d.Appendices, appendix{})
			cur = &im.d.Appendices[len(im.d.Appendices)-1]
			if rest := t[len(appendixHeadRe().FindString(t)):]; rest != "" {
				cur.Title = escapeText(rest)
			}
			titling = true
			continue
		case cur == nil:
			im.d.Appendices = append(im.d.Appendices, appendix{})
			cur = &im.d.Appendices[len(im.d.Appendices)-1]
			if p.Kind != plain.Cosigner && p.Kind != plain.Coname {
				im.note(p.Line, diag.Msg("đoạn sau phần ký không thuộc phụ lục nào: giữ nguyên trong một [[appendices]] không tên", "text after the signature that is in no appendix: kept in an untitled [[appendices]]"))
			}
		}
		if p.Kind == plain.Cosigner && p.Sig != sig {
			sig = p.Sig
			im.cosignNote(p, ps)
		}
		switch {
		case titling && p.Kind != plain.Cell && isUpperText(t) && cur.Reference == "":
			cur.Title = strings.TrimSpace(cur.Title + " " + escapeText(t))
			continue
		case titling && referenceRe().MatchString(t) && cur.Reference == "":
			cur.Reference = im.in.text(p, 0)
			continue
		}
		titling = false
		cur.Paragraphs = append(cur.Paragraphs, im.in.text(p, 0))
		if p.Kind == plain.Cell {
			im.tableNote(p.Line)
		}
	}
}

// tableNote says once per appendix table that its cells are paragraphs.
func (im *importer) tableNote(line int) {
	if n := len(im.unmapped); n > 0 && im.unmapped[n-1].table {
		return
	}
	im.unmapped = append(im.unmapped, Unmapped{Line: line, table: true,
		What: diag.Msg("bảng của phụ lục: giữ nguyên các ô, mỗi ô một đoạn văn trong paragraphs", "an appendix table: its cells are kept, each as a paragraph of paragraphs")})
}
