package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// groupedHead reads the head of a ground that lists several documents of
// one kind under their tên loại in the plural ("Căn cứ các Nghị định của
// Chính phủ:", "Căn cứ các Quyết định:"): it returns the tên loại, where
// it stands in t and where the head ends (after its colon); at < 0 when t
// opens with no such head.
func groupedHead(t string) (kind string, at, end int) {
	rest, ok := strings.CutPrefix(t, "Căn cứ ")
	if !ok {
		return "", -1, 0
	}
	rest = strings.TrimPrefix(rest, "vào ")
	if rest, ok = strings.CutPrefix(rest, "các "); !ok {
		return "", -1, 0
	}
	at = len(t) - len(rest)
	for _, n := range cite.TypeNames() {
		after, ok := strings.CutPrefix(rest, n)
		if !ok {
			continue
		}
		head, _, ok := strings.Cut(after, ":")
		if !ok || head != "" && !(strings.HasPrefix(head, " của ") && len(head) <= 90 && !strings.ContainsAny(head, ";.")) {
			return "", -1, 0
		}
		return n, at, at + len(n) + len(head) + 1
	}
	return "", -1, 0
}

// groupedGround reports, for grounds, a ground in a block of grounds that
// lists two documents or more under one head ("Căn cứ các Nghị định của
// Chính phủ: Số 43/2014/NĐ-CP ...; số 01/2017/NĐ-CP ..."): each ground
// cites one document with its own tên loại, on a line of its own (Phụ lục
// I, Mục II, khoản 6, điểm a). It reports whether it said so.
func groupedGround(p *Pass, seg *Seg, t string, inBlock bool) bool {
	kind, at, end := groupedHead(t)
	if at < 0 || !inBlock {
		return false
	}
	listed := 0
	for _, c := range cite.FindCitations(t) {
		if c.TypeOff == at && c.Off >= end {
			listed++ // a number that takes the head's tên loại
		}
	}
	if listed < 2 {
		return false
	}
	p.Report(seg, strings.Index(seg.Text, t), diag.Msg("%d văn bản gộp vào một căn cứ dưới %q, từng văn bản không ghi tên loại", "%d documents grouped into one ground under %q, none with its own type", listed, t[:end]),
		diag.Msg("mỗi căn cứ một dòng, ghi đủ tên loại, như \"Căn cứ %s số ...;\"", "one ground a line, each with its type, as \"Căn cứ %s số ...;\"", kind))
	return true
}
