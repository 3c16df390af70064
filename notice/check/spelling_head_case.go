package check

import (
	"maps"
	"slices"
	"strings"
	"sync"
)

// nameHeads are the kinds that head the name of a body, an event or a
// contest ("Khoa Khám và Điều trị", "Giải Bóng đá Thiếu niên", "Kỳ họp
// thứ Hai"), which Phụ lục II writes with a capital as the name's first
// word. One syllable: the next word must be the name's own, capitalised
// ("Ban Quản lý", not "ban hành"); two: up to two words in small letters
// may come before the name's first capital ("Hội đồng thẩm định Quy
// hoạch", "Kỳ thi ĐGTD"). A kind that official-name says in small letters
// before its body's name ("phòng Đào tạo", kindCase) is its, and schools
// ("trường THCS ...") are schoolCase's.
var (
	nameHeads1 = sync.OnceValue(func() map[string]bool {
		return map[string]bool{"ban": true, "báo": true, "cục": true, "đài": true, "giải": true, "khoa": true, "phòng": true, "quỹ": true, "sở": true, "trạm": true, "viện": true}
	})
	nameHeads2 = sync.OnceValue(func() map[string]bool {
		return map[string]bool{"bộ phận": true, "chi cục": true, "chi nhánh": true, "cuộc thi": true, "đại hội": true, "hội đồng": true, "hội nghị": true, "hội thi": true,
			"kỳ họp": true, "kỳ thi": true, "tạp chí": true, "tổng cục": true, "trung tâm": true, "ủy ban": true, "văn phòng": true}
	})
)

// headDets are the words before a kind that make it a kind, not a name's
// head ("các phòng Chuyên môn", "mỗi trường THCS"), and "việc", after
// which a trích yếu's first word takes a capital ("về việc Tổ chức").
var headDets = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"các": true, "những": true, "mọi": true, "mỗi": true, "từng": true, "quý": true, "việc": true, "v/v": true}
})

// headCaseGroups finds a name whose head is written with a capital in one
// place and in small letters in another, both inside a sentence, the words
// after it the same ("tạm ngưng hoạt động của khoa Khám và Điều trị" beside
// "nhân sự Khoa Khám và Điều trị"; "tổ chức giải Bóng đá Thiếu niên" beside
// "tổ chức Giải Bóng đá Thiếu niên"). A head after a line's start, a mark,
// a figure or a word with a capital is not looked at: a sentence or an item
// may begin with it. Each group holds the capital spots, then the small
// ones, marked at the head; the small one is the slip however often each
// is written, the capital the name's form (NĐ 30/2020/NĐ-CP, Phụ lục II,
// Mục II, khoản 2).
//
// A small spot joins a group only where a capital one has its key, whose
// first word is the head in small letters: the capital spots are read
// first, and a small one only at a head whose small-letter lexeme opens
// one of them (capHeads), so that a notice that writes no head with its
// capital reads none in small letters.
func headCaseGroups(walk *spellWalk) [][]spot {
	capital := map[string][]spot{}
	l := walk.v.lexicon()
	var capHeads map[*lexeme]bool
	for _, c := range walk.marked {
		s, x, i := walk.at(c)
		if !x.lex[i].title() { // titleCase, told by the lexeme
			continue
		}
		if k, sp, ok := headCaseSpot(s, x, i); ok && sp.variant == "capital" {
			capital[k] = append(capital[k], sp)
			if capHeads == nil {
				capHeads = map[*lexeme]bool{}
			}
			capHeads[l.lowerLexeme(x.lex[i])] = true
		}
	}
	if len(capital) == 0 {
		return nil
	}
	small := map[string][]spot{}
	for _, c := range walk.marked {
		s, x, i := walk.at(c)
		if x.lex[i].title() || !capHeads[l.lowerLexeme(x.lex[i])] {
			continue
		}
		if k, sp, ok := headCaseSpot(s, x, i); ok {
			small[k] = append(small[k], sp)
		}
	}
	var out [][]spot
	for _, k := range slices.Sorted(maps.Keys(capital)) {
		if len(small[k]) > 0 {
			out = append(out, append(append([]spot(nil), capital[k]...), small[k]...))
		}
	}
	return out
}

// headCaseSpot reads a name's head at word i of x, the text of s: the
// group's key (the head in small letters and the name's words after it)
// and the spot, its variant "capital" or "small".
func headCaseSpot(s *Seg, x *textIndex, i int) (string, spot, bool) {
	if i == 0 || !x.lex[i].in(nameHeadStarts) || !x.spaced[i] || !allLower(x.words[i-1].text) || headDets()[x.lex[i-1].lowered()] {
		return "", spot{}, false
	}
	n, ok := nameHeadAt(x, i)
	if !ok || kindAt(s.Text, x.words, i) > 0 {
		return "", spot{}, false // official-name says a body's kind in small letters (kindCase)
	}
	end, ok := nameHeadRest(x, i+n, n)
	if !ok {
		return "", spot{}, false
	}
	w := x.words[i]
	k := headCaseKey(x, i, end)
	sp := spot{seg: s, off: w.off, end: x.words[end-1].end, form: s.Text[w.off:x.words[end-1].end], diffOff: w.off, once: w.off + 1, variant: "small"}
	if x.lex[i].title() { // titleCase(w.text)
		sp.variant = "capital"
	}
	return k, sp, true
}

// headCaseKey is the head at word i of x in small letters and the words
// after it up to end, parted by one space, built in one piece.
func headCaseKey(x *textIndex, i, end int) string {
	head := x.lex[i].lowered()
	n := len(head)
	for j := i + 1; j < end; j++ {
		n += 1 + len(x.words[j].text)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(head)
	for j := i + 1; j < end; j++ {
		b.WriteByte(' ')
		b.WriteString(x.words[j].text)
	}
	return b.String()
}

// nameHeadStarts are the words a kind of nameHeads starts with, in small
// letters: a word not among them heads no name, which a lexeme tells once
// a notice (in) before any other test of each word of each text.
var nameHeadStarts = func() *wordSet {
	starts := maps.Clone(nameHeads1())
	for k := range nameHeads2() {
		first, _, _ := strings.Cut(k, " ")
		starts[first] = true
	}
	return newWordSet(func(x *lexeme) bool { return starts[x.lowered()] })
}()

// nameHeadAt is how many words of a kind (nameHeads) start at word i, written
// with its first letter alone in a capital or all in small letters.
func nameHeadAt(x *textIndex, i int) (int, bool) {
	if !x.lex[i].in(nameHeadStarts) {
		return 0, false
	}
	first := x.words[i].text
	if !titleCase(first) && !allLower(first) {
		return 0, false
	}
	if i+1 < len(x.words) && x.spaced[i+1] && allLower(x.words[i+1].text) &&
		nameHeads2()[x.lex[i].lowered()+" "+x.words[i+1].text] {
		return 2, true
	}
	return 1, nameHeads1()[x.lex[i].lowered()]
}

// nameHeadRest is the end (a word index) of the words after a head that
// the two spellings must share: the name as far as it goes, through its
// last capitalised word or abbreviation, at most two words in small
// letters between two of them ("Khoa Khám và Điều trị theo yêu cầu" runs
// to "Điều"), spaces alone between its words, and two words at least. A
// name that goes on with more capitals in one place is another name there
// ("Điều lệ Trường Tiểu học" beside "trường Tiểu học Kim Đồng"). After a
// head of one word the next is the capital one; after two, at most two
// words in small letters come first.
func nameHeadRest(x *textIndex, from, n int) (end int, ok bool) {
	if n == 1 && (from >= len(x.words) || !titleCase(x.words[from].text) && !isAbbrev(x.words[from].text)) {
		return 0, false
	}
	last, gap := -1, 0
	for j := from; j < len(x.words) && x.spaced[j] && gap <= 2; j++ {
		t := x.words[j].text
		if titleCase(t) || isAbbrev(t) {
			last, gap = j, 0
		} else if allLower(t) {
			gap++
		} else {
			break
		}
	}
	if last < 0 {
		return 0, false
	}
	end = last + 1
	if end-from < 2 {
		if end >= len(x.words) || !x.spaced[end] || !allLower(x.words[end].text) {
			return 0, false
		}
		end++
	}
	return end, true
}

// headCaseMinority reports each small head of a group against the first
// capital one.
func headCaseMinority(g []spot, report func(s, usual spot, n int)) {
	variantAgainstFirst(g, "capital", "small", report)
}
