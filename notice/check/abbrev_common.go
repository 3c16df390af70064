package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "abbrev-common", Severity: diag.Info, Ref: diag.Practice, Run: abbrevCommon,
		Title: diag.Msg("\"UBND\", \"HĐND\" được viết đầy đủ ở lần dùng đầu tiên trong nội dung", "\"UBND\", \"HĐND\" are written in full where the text first uses them"),
		Help:  diag.Msg("ở lần dùng đầu tiên trong nội dung viết đầy đủ \"Ủy ban nhân dân\", \"Hội đồng nhân dân\" với tên địa phương, như \"Ủy ban nhân dân huyện Phú Vang (UBND huyện)\"; các lần sau dùng chữ viết tắt", "where the text first uses it write \"Ủy ban nhân dân\" or \"Hội đồng nhân dân\" in full with the place's name, as in \"Ủy ban nhân dân huyện Phú Vang (UBND huyện)\"; use the abbreviation after that")})
}

// commonFull are the full forms of the two common abbreviations the
// decree names for a parent body's name in the header ("UBND", "HĐND").
var commonFull = sync.OnceValue(func() map[string]string {
	return map[string]string{"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
})

// commonFirst is where a text first uses UBND or HĐND.
type commonFirst struct {
	seg   *Seg
	word  abbrevWord
	short string // "UBND", "HĐND", or both in one word ("HĐND-UBND")
	full  string // its full form, "Ủy ban nhân dân"
	count int
	ok    bool // written out there: "Ủy ban nhân dân tỉnh (UBND tỉnh)"
	// above: the full form is written before it, but the short form is
	// never put in brackets after it ("Ủy ban nhân dân phường Cự Khối
	// thông báo ... UBND phường phát động").
	above bool
}

// abbrevCommon reports "UBND" and "HĐND" used in the prose (the trích
// yếu, the Kính gửi, the body) without being written out where first
// used. The decree lets a parent body's name in the header shorten them
// ("UBND TỈNH LÀO CAI"), and abbreviation lets them stand as common; but
// a văn thư writes "Ủy ban nhân dân huyện Phú Vang" in the text before
// writing "UBND huyện", as central offices do (nd30.md §11.3), and
// reviewers mark the short form written where the text first names the
// body, whether the text writes it out later or never. Said once each,
// where first used. Left alone: the header, the signature and the Nơi
// nhận (not read here), a line in capitals, codes ("26/QĐ-UBND"), a
// quoted paragraph, and a use whose brackets define it ("Ủy ban nhân
// dân tỉnh (UBND tỉnh)", "(sau đây gọi tắt là UBND xã)"), a web page's
// title line (postTitle). A TOML source is left alone too: it is the
// drafting form of this tool, whose issuer declares in issuer.short the
// short name its text uses ("Văn phòng UBND tỉnh") and whose templates
// write it so; a received text declares nothing of the kind.
func abbrevCommon(p *Pass) {
	v := p.View
	if v.FromTOML {
		return
	}
	var segs []*Seg
	if v.Subject != nil {
		segs = append(segs, v.Subject)
	}
	if v.Addressee != nil {
		segs = append(segs, v.Addressee)
	}
	body := v.bodySegs()
	if postTitle(v) {
		body = body[1:]
	}
	segs = append(segs, body...)
	inQuote := v.quotationsIn(segs).inside
	var firsts []*commonFirst
	seen := map[string]*commonFirst{}
	for _, seg := range segs {
		if !hasLower(seg.Text) {
			continue
		}
		ws := v.abbrevWordsOf(seg.Text)
		if len(ws) > 0 && len(inQuote) > 0 && inQuote[seg.PosAt(0)] {
			continue
		}
		for _, w := range ws {
			var fresh []string // the parts first used here
			for _, short := range commonParts(w.text) {
				if f := seen[short]; f != nil {
					f.count++
				} else {
					fresh = append(fresh, short)
				}
			}
			if len(fresh) == 0 {
				continue
			}
			short, full := fresh[0], commonFull()[fresh[0]]
			if len(fresh) > 1 { // "HĐND-UBND": one word, said once
				short, full = w.text, abbrevTable()[w.text].only()
			}
			f := &commonFirst{seg: seg, word: w, short: short, full: full, count: 1, ok: commonDefined(seg.Text, w)}
			f.above = fullAbove(segs, seg, w.off, full, unitKind(unitAfter(seg.Text, w.end)))
			for _, part := range fresh {
				seen[part] = f
			}
			firsts = append(firsts, f)
		}
	}
	for _, f := range firsts {
		if !f.ok {
			reportCommon(p, f)
		}
	}
}

// postTitle reports whether the first paragraph of v's body is the title
// a web page gave the notice it posts ("Thông báo: Hoãn tiếp công dân
// định kỳ của lãnh đạo UBND tỉnh"): a text with neither tên loại nor trích
// yếu opening with a line that ends with no mark of a sentence, more
// paragraphs after it. The page's words, not the notice's: its first
// use is in the paragraphs after. Where the reader told the title apart
// as the page's (pageTitleSaysNotice, the lead's ruling of round 66), the
// body's first paragraph is the notice's.
func postTitle(v *View) bool {
	if v.Title != nil || v.Subject != nil || len(v.Body) < 2 || v.pageTitleSaysNotice() {
		return false
	}
	t := strings.TrimRight(v.Body[0].Text, " ")
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".:;!?,") && !strings.Contains(t, "\n")
}

// commonDefined reports whether w stands in brackets as the short form
// of the name before it, maybe with its unit: "(UBND)", "(UBND tỉnh)",
// "(sau đây gọi tắt là UBND xã)".
func commonDefined(s string, w abbrevWord) bool {
	if w.defined {
		return true
	}
	unit := unitAfter(s, w.end)
	if unit == "" {
		return false
	}
	i := strings.Index(s[w.end:], unit)
	if i < 0 || strings.Trim(s[w.end:w.end+i], " ") != "" {
		return false
	}
	w.end += i + len(unit)
	return definedAt(s, w)
}

// fullAbove reports whether full stands in segs before byte off of seg,
// naming the same kind of unit as the abbreviation there (kind, "huyện";
// any when ""): "Ủy ban nhân dân huyện Phú Thiện" above "UBND xã Ia
// Yeng" writes out another body.
func fullAbove(segs []*Seg, seg *Seg, off int, full, kind string) bool {
	full = strings.ToLower(full)
	alt := strings.Replace(full, "ủy", "uỷ", 1)
	for _, s := range segs {
		t := s.Text
		if s == seg {
			t = t[:off]
		}
		t = strings.ToLower(t)
		for _, f := range [2]string{full, alt} {
			for at := 0; ; {
				i := strings.Index(t[at:], f)
				if i < 0 {
					break
				}
				at += i + len(f)
				if kind == "" || unitKind(unitAfter(t, at)) == kind {
					return true
				}
			}
		}
		if s == seg {
			break
		}
	}
	return false
}

// commonParts returns the common abbreviations w is or joins: "UBND",
// "HĐND", both for "HĐND&UBND" or "HĐND-UBND", "HĐND" for "TT.HĐND";
// none for any other word.
func commonParts(w string) []string {
	if e, ok := abbrevTable()[w]; !ok || !e.common {
		return nil
	}
	var out []string
	for _, s := range [2]string{"HĐND", "UBND"} {
		if strings.Contains(w, s) {
			out = append(out, s)
		}
	}
	return out
}

// reportCommon says f's abbreviation used before it is written out, with
// the full name to write: the full form and the unit the text names after
// it ("Ủy ban nhân dân huyện Phú Vang").
func reportCommon(p *Pass, f *commonFirst) {
	full, short := f.full, f.short
	if unit := unitAfter(f.seg.Text, f.word.end); unit != "" {
		full += " " + unit
		if kind, _, _ := strings.Cut(unit, " "); kind != "các" {
			short += " " + unitKind(unit) // "(UBND huyện)"
		}
	}
	if f.above {
		msg := withCount(diag.Msg("chữ viết tắt %q chưa được giới thiệu: ở trên viết đầy đủ %q nhưng không ghi %q trong ngoặc đơn ngay sau", "the abbreviation %q is never introduced: %q is written in full above, but %q is not put in brackets after it", f.short, f.full, f.short), f.count)
		p.Report(f.seg, f.word.off, msg, diag.Msg("ở chỗ viết đầy đủ lần đầu, ghi \"(%s)\" ngay sau, như \"%s (%s)\"; hoặc viết đầy đủ ở đây", "where it is first written in full put \"(%s)\" right after it, as in \"%s (%s)\"; or write it in full here", short, full, short))
		return
	}
	msg := withCount(diag.Msg("chữ viết tắt %q chưa được viết đầy đủ ở lần dùng đầu tiên (%q)", "the abbreviation %q is not written in full where it is first used (%q)", f.short, full), f.count)
	p.Report(f.seg, f.word.off, msg, diag.Msg("ở lần dùng đầu tiên viết đầy đủ \"%s\"; nếu các lần sau vẫn dùng chữ viết tắt, ghi \"(%s)\" ngay sau", "where it is first used write \"%s\" in full; if the abbreviation is used after that, put \"(%s)\" right after it", full, short))
}

// commonUnitWords are the words naming a local unit after "UBND" or
// "HĐND": "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã",
// "phường", "thị trấn", "các", "cấp".
var commonUnitWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tỉnh": true, "thành": true, "phố": true, "huyện": true, "quận": true, "thị": true, "xã": true, "phường": true, "trấn": true, "các": true, "cấp": true}
})

// docTypeStarts are the first words of the tên loại that follow a body's
// name in a citation ("của UBND tỉnh Lào Cai Quyết định ..."): no part of
// the place's name.
var docTypeStarts = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Quyết": true, "Thông": true, "Công": true, "Kế": true, "Nghị": true, "Chỉ": true, "Tờ": true, "Báo": true, "Hướng": true, "Giấy": true, "Kết": true}
})

// unitKind is the words of unit before its place's name ("huyện" of
// "huyện Phú Vang", "thành phố" of "thành phố Huế").
func unitKind(unit string) string {
	var out []string
	for w := range strings.FieldsSeq(unit) {
		if !commonUnitWords()[w] {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// middleNames are the middle names that mark a run of three capitalised
// words as a person's whatever the family name ("Lò Văn Thắng", "Sùng
// Thị Mai"): a place of three words is not named so ("Vàng Ma Chải").
var middleNames = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Văn": true, "Thị": true}
})

// unitAfter returns the unit s names after byte from: its words of
// commonUnitWords, then the capitalised words of its place's name
// ("huyện Phú Vang", "tỉnh"), up to a mark; no name after "các" or "cấp"
// ("các xã", "cấp tỉnh"), nor a person's ("Chủ tịch UBND huyện Phạm Thị
// Hương"); "" when no unit follows.
func unitAfter(s string, from int) string {
	var unit, name []string
	plural := false
	at := from
	for _, w := range firstWords(s[from:], 8) {
		if strings.Trim(s[at:from+w.off], " ") != "" {
			break // a mark parts it from the words before
		}
		t := w.text
		if len(name) == 0 && commonUnitWords()[t] {
			if (t == "các" || t == "cấp") && len(unit) > 0 && unit[len(unit)-1] != "các" {
				break // "UBND tỉnh cấp phép": the verb after the unit
			}
			if len(unit) > 0 && unit[len(unit)-1] == t {
				at = from + w.end
				continue // "huyện huyện": a word typed twice
			}
			unit = append(unit, t)
			plural = plural || t == "các" || t == "cấp"
		} else if len(unit) > 0 && !plural && len(name) < 4 && titleCase(t) && !docTypeStarts()[t] {
			name = append(name, t)
		} else {
			break
		}
		at = from + w.end
	}
	if len(name) >= 3 && (surnames()[name[0]] || middleNames()[name[1]]) {
		name = nil // a person's name after the unit: "Phạm Thị Hương", "Lò Văn Thắng"
	}
	return strings.Join(append(unit, name...), " ")
}
