package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// bareDegrees are the học hàm and học vị a name line writes as a short
// form with its period ("TS.", "ThS.", "BSCKII."); the honours are left
// out: "NSND", "NGƯT" before a name are written with a period or none.
var bareDegrees = map[string]bool{"GS": true, "PGS": true, "TS": true, "TSKH": true, "ThS": true, "Ths": true, "THS": true, "BS": true, "BSCKI": true, "BSCKII": true, "DS": true, "KS": true, "KTS": true}

// signerDegreeMark finds a học hàm or học vị before the signer's name
// with no period after it ("TS Nguyễn Thị Kim Oanh", "PGS TS Trần Văn
// Hòa"): a short form takes its period ("TS. Nguyễn Thị Kim Oanh", as the
// name lines of testdata write them, over a hundred times). Read only in
// the name line of a sector that may write degrees (signer-degree's
// degreeSector); elsewhere the degree is not written at all, and a
// period is no fix. The name after it is two words or more, each with a
// capital and small letters.
func signerDegreeMark(p *Pass) {
	n := p.View.Name
	if n == nil || p.View.FromTOML {
		return
	}
	words := strings.Fields(n.Text)
	k := 0
	for k < len(words) && bareDegrees[words[k]] {
		k++
	}
	if k == 0 || len(words)-k < 2 || !nameSyllables(words[k:]) || !degreeSector(p.View) {
		return
	}
	fix := strings.Join(words[:k], ". ") + ". " + strings.Join(words[k:], " ")
	p.Report(n, strings.Index(n.Text, words[0])+len(words[0]), diag.Msg("học hàm, học vị %q trước họ tên người ký thiếu dấu chấm sau chữ viết tắt", "the degree %q before the signer's name lacks the period after its short form", strings.Join(words[:k], " ")),
		diag.Msg("viết %q", "write %q", fix))
}

// nameSyllables reports whether each word starts with a capital and holds a
// small letter after it ("Nguyễn", "Oanh"), as a name's syllables do.
func nameSyllables(words []string) bool {
	for _, w := range words {
		r := firstRune(w)
		if !isUpperRune(r) || w == strings.ToUpper(w) {
			return false
		}
	}
	return true
}
