package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// splitHalves are the first halves of the common abbreviations ending in
// "ND" (nhân dân) that a clerk may type with a space in them: "VKS ND"
// for VKSND, "UB ND" for UBND.
var splitHalves = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"UB": true, "HĐ": true, "VKS": true, "TA": true}
})

// recipientShortForms reports, in the Nơi nhận, a short form no office
// writes for a body: an abbreviation parted by a space ("- Cổng thông
// tin điện tử VKS ND tỉnh;", for VKSND), and "UB" for the Ủy ban nhân
// dân before a level or "các" ("- UB các xã, phường;", for UBND).
// "UB MTTQ" (the Mặt trận's Ủy ban, its name's own letters after it) and
// a code's "QĐ-UB" are left: "UB" is read only as a word standing after
// a space or the line's dash, before small letters. Run by abbreviation,
// whose Nơi nhận lines it does not read otherwise.
func recipientShortForms(p *Pass) {
	for i := range p.View.Recips {
		s := &p.View.Recips[i]
		if s.Role == RoleArchive || !strings.Contains(s.Text, "UB") && !strings.Contains(s.Text, " ND") {
			continue
		}
		ws := wordsWithOffsets(s.Text)
		for k := 0; k+1 < len(ws); k++ {
			w, next := ws[k], ws[k+1]
			if !spacedBefore(s.Text, w.off) || strings.Trim(s.Text[w.end:next.off], " ") != "" {
				continue // "QĐ-UB", "UB, ..."
			}
			switch {
			case splitHalves()[w.text] && next.text == "ND":
				p.Report(s, w.off, diag.Msg("chữ viết tắt %q bị tách bởi dấu cách", "the abbreviation %q is parted by a space", w.text+" ND"),
					diag.Msg("viết liền %q", "write %q as one word", w.text+"ND"))
			case w.text == "UB" && ubPlaceWords()[next.text]:
				p.Report(s, w.off, diag.Msg("\"UB\" không phải cách viết tắt của Ủy ban nhân dân", "\"UB\" is not how Ủy ban nhân dân is shortened"),
					diag.Msg("viết \"UBND %s\"", "write \"UBND %s\"", strings.TrimRight(s.Text[next.off:], ";. ")))
			}
		}
	}
}

// ubPlaceWords are the words in small letters that follow "UB" where it
// stands for the Ủy ban nhân dân: a level or "các" ("UB các xã", "UB
// tỉnh"). Before other words "UB" is another Ủy ban ("UB kiểm tra Tỉnh
// ủy", "UB bầu cử"), whose name "UBND" would not mend.
var ubPlaceWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"các": true, "tỉnh": true, "thành": true, "huyện": true, "quận": true, "thị": true, "xã": true, "phường": true}
})

// spacedBefore reports whether the word at s[off:] stands after a space,
// or first on its line after a dash and a space.
func spacedBefore(s string, off int) bool {
	return off == 0 || s[off-1] == ' ' || s[off-1] == '\t'
}

// recipientSwappedCodes reports, in the Nơi nhận, a common abbreviation
// with two letters next to each other swapped ("- UBDN các xã,
// phường;", for UBND): no body is called so, and the abbreviation is
// not read as one to write out. The line's words are read; a code in a
// citation ("QĐ-UBDN") is citation-code-typo's. Run by abbreviation.
func recipientSwappedCodes(p *Pass) {
	for i := range p.View.Recips {
		s := &p.View.Recips[i]
		if s.Role == RoleArchive {
			continue
		}
		for _, w := range wordsWithOffsets(s.Text) {
			if !spacedBefore(s.Text, w.off) {
				continue // "QĐ-UBDN"
			}
			if k, ok := swappedKnownCode(w.text); ok {
				p.Report(s, w.off, diag.Msg("chữ viết tắt %q đảo chỗ hai chữ của %q", "the abbreviation %q swaps two letters of %q", w.text, k),
					diag.Msg("viết %q", "write %q", k))
			}
		}
	}
}
