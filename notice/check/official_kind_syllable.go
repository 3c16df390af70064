package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// kindCompounds are the words of two syllables that name a body's kind,
// folded, whose second syllable Phụ lục II writes in small letters:
// "Hội đồng nhân dân", "Tiểu ban Tuyên truyền", "Văn phòng", "Chi cục",
// the military's "Quân khu 7", "Sư đoàn 312", "Bộ Tư lệnh", and the Party's committees
// ("Tỉnh ủy", "Huyện ủy": levelCommittees).
// Left out: "trung tâm" ("phường Trung Tâm" is a ward), "công ty" (a
// company writes its registered name its own way), "ủy ban" and "chi
// bộ" (the official names and special-noun say them).
var kindCompounds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"hội đồng": true, "tiểu ban": true, "văn phòng": true, "bệnh viện": true, "chi cục": true, "tổng cục": true, "chi nhánh": true, "học viện": true, "xí nghiệp": true, "nhà máy": true, "tài vụ": true, "đảng ủy": true, "đảng uỷ": true, "đảng bộ": true,
		"quân khu": true, "quân đoàn": true, "sư đoàn": true, "lữ đoàn": true, "trung đoàn": true, "tiểu đoàn": true, "tư lệnh": true,
		"tỉnh ủy": true, "tỉnh uỷ": true, "huyện ủy": true, "huyện uỷ": true, "thành ủy": true, "thành uỷ": true, "quận ủy": true, "quận uỷ": true, "thị ủy": true, "thị uỷ": true}
})

// levelCommittees are the Party's committees of kindCompounds named by
// their level, which a place's name, in capitals, follows ("Tỉnh ủy
// Nghệ An"): no title case of a whole name; their first syllable may be a
// person's ("Nguyễn Thị Ủy").
var levelCommittees = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tỉnh ủy": true, "tỉnh uỷ": true, "huyện ủy": true, "huyện uỷ": true, "thành ủy": true, "thành uỷ": true, "quận ủy": true, "quận uỷ": true, "thị ủy": true, "thị uỷ": true}
})

// ủyWords, after "Ủy", make it the first syllable of another word: a
// post or a body after a person's or a place's name ("Lê Văn Thành Ủy
// viên Ban Thường vụ", "xã Tân Thành Ủy ban ..."), not a committee.
var ủyWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"viên": true, "ban": true}
})

// compoundFirsts holds the words whose folded form is the first syllable of
// one of kindCompounds: the pair's key is built and looked up only after
// such a word, which a lexeme tells once for the lexicon's life.
var compoundFirsts = func() *wordSet {
	firsts := map[string]bool{}
	for k := range kindCompounds() {
		first, _, _ := strings.Cut(k, " ")
		firsts[first] = true
	}
	return newWordSet(func(x *lexeme) bool { return firsts[x.folded()] })
}()

// militaryKinds are the military's kinds of kindCompounds, whose
// syllables are also given names ("Trung", "Đoàn", "Lữ").
var militaryKinds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"quân khu": true, "quân đoàn": true, "sư đoàn": true, "lữ đoàn": true, "trung đoàn": true, "tiểu đoàn": true, "tư lệnh": true}
})

// kindSyllableCase says a kind word of kindCompounds written with both its
// syllables capitalised ("Hội Đồng trường", "Tiểu Ban tuyên truyền"),
// once for each way a notice writes it, where it first stands, with
// how many times. Lines in capitals are left out, and so are the words
// inside a name every word of which is capitalised ("Hội Đồng Nhân Dân"
// in a post's title case: the name is written so throughout, and
// capitals of a title are not this slip alone).
func kindSyllableCase(p *Pass) {
	type first struct {
		seg   *Seg
		off   int
		fixed string
	}
	seen := map[string]first{}
	count := map[string]int{}
	var order []string
	for _, h := range kindSyllableHits(p.View) {
		w := h.seg.Text[h.off:h.end]
		if _, ok := seen[w]; !ok {
			seen[w] = first{h.seg, h.off, h.fixed}
			order = append(order, w)
		}
		count[w]++
	}
	for _, w := range order {
		f, fixed := seen[w], seen[w].fixed
		msg := withCount(diag.Msg("%q viết là %q: từ chỉ loại cơ quan chỉ viết hoa chữ cái đầu", "%q is written %q: a body's kind capitalises its first letter only", w, fixed), count[w])
		p.Report(f.seg, f.off, msg, diag.Msg("viết %q", "write %q", fixed))
	}
}

// kindSyllableHit is a kind word kindSyllableCase says: bytes off to end of
// seg, and the word as it should read.
type kindSyllableHit struct {
	seg      *Seg
	off, end int
	fixed    string
}

// kindSyllableHits are the kind words of the view written with both their
// syllables capitalised, in the order of the text, found once a view:
// name-spelling asks for them of every pair of spellings (inKindSyllable).
func kindSyllableHits(v *View) []kindSyllableHit {
	if !v.kindHitsRead {
		v.kindHits, v.kindHitsRead = findKindSyllables(v), true
	}
	return v.kindHits
}

// findKindSyllables reads the view for kindSyllableHits.
func findKindSyllables(v *View) []kindSyllableHit {
	var hits []kindSyllableHit
	for _, seg := range v.textSegs() {
		if !hasLower(seg.Text) {
			continue
		}
		x := v.index(seg.Text)
		for i := 0; i+1 < len(x.words); i++ {
			if !x.spaced[i+1] || !x.lex[i].title() || !x.lex[i+1].title() || !x.lex[i].in(compoundFirsts) {
				continue
			}
			pair := x.lex[i].folded() + " " + x.lex[i+1].folded()
			if !kindCompounds()[pair] {
				continue
			}
			if levelCommittees()[pair] {
				if afterName(x, i) || i+2 < len(x.words) && x.spaced[i+2] && ủyWords()[x.lex[i+2].folded()] {
					continue // a person's name: "Nguyễn Thị Ủy", "Lê Văn Thành Ủy viên Ban Thường vụ"
				}
			} else if i+2 < len(x.words) && x.spaced[i+2] && !lowerLex(x.lex[i+2]) && i+3 < len(x.words) && x.spaced[i+3] && !lowerLex(x.lex[i+3]) {
				continue // "Hội Đồng Nhân Dân": a name in title case throughout
			}
			if militaryKinds()[pair] && (afterName(x, i) || personTitleAt(seg.Text, x.words[i].off)) {
				continue // a person's name: "Nguyễn Trung Đoàn", "ông Lữ Đoàn"
			}
			hits = append(hits, kindSyllableHit{seg, x.words[i].off, x.words[i+1].end, x.words[i].text + " " + recase(x.words[i+1].text, false)})
		}
	}
	return hits
}

// inKindSyllable reports whether bytes off to end of seg hold a kind word
// kindSyllableCase says ("Bộ Tư Lệnh Quân khu 4").
func inKindSyllable(v *View, seg *Seg, off, end int) bool {
	for _, h := range kindSyllableHits(v) {
		if h.seg == seg && h.off < end && off < h.end {
			return true
		}
	}
	return false
}
