package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// toneAt is the first word of a placement and where it is.
type toneAt struct {
	seg  *Seg
	off  int
	word string
}

// toneHeader reports an issuer's lines in the header whose tone placement
// is not the one of the text below them: "UỶ BAN NHÂN DÂN" over a body
// that writes "Ủy ban" throughout, an old template's header kept over new
// text. A body that mixes both ways is toneStyle's, and the Quốc hiệu's
// "CỘNG HOÀ" is left alone: offices of every level write it so over a
// body in the old way, and the motto rule reads the Quốc hiệu. It
// reports whether it found one.
func toneHeader(p *Pass) bool {
	var seen [3]bool
	for _, seg := range p.View.textSegs() {
		for _, x := range p.View.index(seg.Text).lex {
			seen[x.toneKind()] = true // toneOf, once per lexeme
		}
	}
	body := toneNone
	switch {
	case seen[toneOld] && !seen[toneNew]:
		body = toneOld
	case seen[toneNew] && !seen[toneOld]:
		body = toneNew
	default:
		return false
	}
	var first [3]*toneAt
	for _, seg := range withSegs(p.View.Header) {
		x := p.View.index(seg.Text)
		words := x.words
		for i, w := range words {
			if i > 0 && strings.EqualFold(words[i-1].text, "cộng") {
				continue // the Quốc hiệu's "CỘNG HÒA"
			}
			if t := x.lex[i].toneKind(); t != toneNone && first[t] == nil {
				first[t] = &toneAt{seg, w.off, w.text}
			}
		}
	}
	oldWay := diag.Msg("kiểu cũ", "the old way")
	newWay := diag.Msg("kiểu mới", "the new way")
	switch {
	case body == toneOld && first[toneNew] != nil:
		reportHeaderTone(p, first[toneNew], newWay, diag.Msg("thân văn bản đặt kiểu cũ", "the text below places it the old way"))
	case body == toneNew && first[toneOld] != nil:
		reportHeaderTone(p, first[toneOld], oldWay, diag.Msg("thân văn bản đặt kiểu mới", "the text below places it the new way"))
	default:
		return false
	}
	return true
}

func reportHeaderTone(p *Pass, at *toneAt, way, other diag.Text) {
	p.Report(at.seg, at.off, diag.Msg("phần đầu văn bản viết \"%s\", đặt dấu %s, nhưng %s", "the header writes %q, placing the mark %s, but %s",
		at.word, way, other))
}

// toneNationName reports a text that places its marks the new way
// throughout ("hàng hoá", "Uỷ ban", first at word at of seg) under a
// Quốc hiệu written the old way, as the decree writes it ("CỘNG HÒA
// XÃ HỘI CHỦ NGHĨA VIỆT NAM", Phụ lục I, Mục II, khoản 1): one text, two
// placements. The reverse, a Quốc hiệu "CỘNG HOÀ" over a text in the old
// way, stays silent (toneHeader), and so does a text whose issuer's
// lines toneHeader already holds against it.
func toneNationName(p *Pass, seg *Seg, off int, word string) {
	for _, h := range withSegs(p.View.Header) {
		x := p.View.index(h.Text)
		for i, w := range x.words {
			if i > 0 && strings.EqualFold(x.words[i-1].text, "cộng") && x.lex[i].toneKind() == toneOld {
				p.Report(seg, off, diag.Msg("\"%s\" đặt dấu kiểu mới, nhưng Quốc hiệu \"%s\" (%s) đặt kiểu cũ như Nghị định 30/2020/NĐ-CP", "%q places its mark the new way, but the Quốc hiệu %q (%s) places it the old way, as Nghị định 30/2020/NĐ-CP does",
					word, x.words[i-1].text+" "+w.text, posOf(h, w.off)))
				return
			}
		}
	}
}
