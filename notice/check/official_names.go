package check

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "official-name", Severity: diag.Warning, Ref: diag.RefCapitals, Run: officialName,
		Title: diag.Msg("tên nước, tên cơ quan nhà nước viết hoa đúng quy định", "the country's name and the names of state bodies take their right capitals"),
		Help:  diag.Msg("viết hoa chữ cái đầu của các từ chỉ loại cơ quan, chức năng, lĩnh vực; các từ khác viết thường", "capitalise the words of the body's kind, function and field; write the others in lower case")})
}

//go:embed data/official-names.txt
var officialNameData string

// officialNames are the names of data/official-names.txt as tokens, by
// the folded first word, longest first: readOfficialNames' table, written
// into official_names_gen.go at go generate and held to it by
// TestOfficialNamesGenerated, so that no process tokenises the list.
var officialNames = sync.OnceValue(generatedOfficialNames)

// officialHeads are the folded first words of the official names.
var officialHeads = newWordSet(func(x *lexeme) bool { return len(officialNames()[x.folded()]) > 0 })

// readOfficialNames reads the names of data as tokens (tokenize), by the
// folded first word, longest first.
func readOfficialNames(data string) map[string][][]token {
	m := map[string][][]token{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		toks := tokenize(line)
		for i := range toks {
			toks[i].off, toks[i].end = 0, 0 // kept: the word as written, for its capitals
		}
		words := strings.Fields(strings.NewReplacer(",", " , ", "-", " ").Replace(line))
		for i := range toks {
			toks[i].upper = startsUpper(words[i])
		}
		m[toks[0].text] = append(m[toks[0].text], toks)
	}
	for k := range m {
		l := m[k]
		for i := 1; i < len(l); i++ {
			for j := i; j > 0 && len(l[j]) > len(l[j-1]); j-- {
				l[j], l[j-1] = l[j-1], l[j]
			}
		}
	}
	return m
}

// officialMatch is an official name found in a text: the tokens of the
// text it spans, and the name as it should be written.
type officialMatch struct {
	seg      *Seg
	from, to int // byte offsets in seg.Text
	name     []token
	written  string
	wrongAt  int // byte offset of the first word with the wrong capital; -1 when right
	fixed    string
}

// officialMatches finds the official names written in the prose, each
// with whether its capitals are right. A name written in capitals (a
// heading) or with its first word in small letters (a kind, not a name:
// "các sở tài chính") is no match.
func officialMatches(v *View) []officialMatch {
	if !v.officialRead {
		v.official, v.officialRead = findOfficial(v), true
	}
	return v.official
}

func findOfficial(v *View) []officialMatch {
	names := officialNames()
	var out []officialMatch
	segs := v.textSegs()
	if v.Addressee != nil {
		segs = append([]*Seg{v.Addressee}, segs...) // "Kính gửi: ..." names bodies too
	}
	for _, seg := range segs {
		if seg.Role == RoleArchive || !strings.ContainsFunc(seg.Text, unicode.IsUpper) {
			continue
		}
		toks := v.index(seg.Text).phraseTokens(v, phrases()) // tokenize(seg.Text), once per view
		for i := 0; i < len(toks); i++ {
			if l := toks[i].lex; l == nil || !l.in(officialHeads) {
				continue // the quick way out: no name starts with the word, nor with a token that is no word of the index (a mark, a figure, "GD&ĐT": TestOfficialHeadsAreWords)
			}
			for _, name := range names[toks[i].text] {
				n := len(name)
				if n > 1 && name[1].text != "," && (i+1 == len(toks) || toks[i+1].text != name[1].text && !ampersandFor(toks[i+1], name[1])) {
					continue // its second word is not the text's: neither sameTokens nor withoutCommas takes it
				}
				if i+n > len(toks) || !sameTokens(toks[i:i+n], name) {
					if n = withoutCommas(toks[i:], name); n < 0 {
						continue
					}
				}
				m, ok := matchOfficial(seg, toks[i:i+n], name)
				if ok && !phongLeft(m) && !ownSoUnit(v, m) { // official_own_so.go
					out = append(out, m)
				}
				i += n - 1
				break
			}
		}
	}
	return out
}

// phongFolded is "Phòng" as tokenize folds it.
var phongFolded = cite.Fold("Phòng")

// phongLeft reports whether m is a district's Phòng (r63) that other
// readings speak for: written with its right capitals and "&" for its
// "và" ("Phòng Giáo dục & Đào tạo"), the ampersand rule's, and
// name-spelling's beside the name written with "và"; or with "phòng" in a
// small letter, the kind before the capitalised words of a name that
// kindCase says, or the post "Trưởng phòng" before its Phòng ("Trưởng
// phòng Giáo dục và Đào tạo"). A Phòng that opens with its capital and
// writes a field's word small ("Phòng Giáo dục và đào tạo") is this
// rule's.
func phongLeft(m officialMatch) bool {
	if m.wrongAt < 0 || len(m.name) == 0 || m.name[0].text != phongFolded {
		return false
	}
	if !startsUpper(m.written) {
		return true
	}
	return strings.Contains(m.written, "&") && strings.ReplaceAll(m.written, "&", "và") == m.fixed
}

func sameTokens(a, b []token) bool {
	for k := range b {
		if a[k].text != b[k].text && !ampersandFor(a[k], b[k]) {
			return false
		}
	}
	return true
}

// ampersandFor reports whether a word of a text is "&" typed for the
// "và" of an official name ("Sở Giáo dục & Đào tạo"): the name as the
// decree writes it has "và".
func ampersandFor(written, name token) bool {
	return written.text == "&" && name.text == andFolded
}

// andFolded is "và" as tokenize folds it.
var andFolded = cite.Fold("và")

// withoutCommas is how many tokens of toks are the name written without
// one or more of its commas ("Sở Văn hóa Thể thao và Du lịch" for "Sở
// Văn hóa, Thể thao và Du lịch"); -1 when they are not.
func withoutCommas(toks, name []token) int {
	k := 0
	for _, t := range name {
		if k < len(toks) && (toks[k].text == t.text || ampersandFor(toks[k], t)) {
			k++
			continue
		}
		if t.text != "," {
			return -1
		}
	}
	if k == len(name) {
		return -1 // written whole: sameTokens' case
	}
	return k
}

// matchOfficial checks the capitals of a name found at toks, and the
// commas of a name written without them.
func matchOfficial(seg *Seg, toks, name []token) (officialMatch, bool) {
	if len(toks) < len(name) {
		return matchCommaless(seg, toks, name)
	}
	from, to := toks[0].off, toks[len(toks)-1].end
	written := seg.Text[from:to]
	if to < len(seg.Text) {
		if r, _ := utf8.DecodeRuneInString(seg.Text[to:]); isLetter(r) {
			return officialMatch{}, false
		}
	}
	if !startsUpper(seg.Text[toks[0].off:toks[0].end]) && !namedPlaceAfter(seg.Text, from, to) && !postBefore(seg.Text[:from]) || allCaps(written) {
		return officialMatch{}, false
	}
	m := officialMatch{seg: seg, from: from, to: to, name: name, written: written}
	m.fixed, m.wrongAt = officialFixed(seg.Text, toks, name)
	return m, true
}

// officialFixed returns the name toks of text spell written as name
// writes it ("và" for its "&", each word's first letter in name's case),
// and where the first word to change stands; a name written right is
// returned as it stands, with -1, and no string is built for it.
func officialFixed(text string, toks, name []token) (string, int) {
	from, to := toks[0].off, toks[len(toks)-1].end
	first, w := 0, ""
	for ; first < len(toks) && w == ""; first++ {
		w = officialWord(text, toks[first], name[first])
	}
	if w == "" {
		return text[from:to], -1
	}
	first--
	var b strings.Builder
	b.Grow(to - from + 4)
	b.WriteString(text[from:toks[first].off])
	b.WriteString(w)
	for k := first + 1; k < len(toks); k++ {
		t := toks[k]
		b.WriteString(text[toks[k-1].end:t.off])
		if w = officialWord(text, t, name[k]); w == "" {
			w = text[t.off:t.end]
		}
		b.WriteString(w)
	}
	return b.String(), toks[first].off
}

// officialWord returns the word token t of text becomes as name's word n
// writes it, or "" when it stands right.
func officialWord(text string, t, n token) string {
	w := text[t.off:t.end]
	switch {
	case ampersandFor(t, n):
		return "và"
	case t.text != "," && startsUpper(w) != n.upper:
		return recase(w, n.upper)
	}
	return ""
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isUpperRune(r)
}

// recase writes the first letter of w in capitals or in small letters.
func recase(w string, upper bool) string {
	r, n := utf8.DecodeRuneInString(w)
	if upper {
		return string(unicode.ToUpper(r)) + w[n:]
	}
	return string(unicode.ToLower(r)) + w[n:]
}

// officialName reports each official name written with wrong capitals,
// once for each way it is written, at its first place.
func officialName(p *Pass) {
	seen := map[string]*officialMatch{}
	count := map[string]int{}
	var order []string
	ms := officialMatches(p.View)
	for i := range ms {
		m := &ms[i]
		if m.wrongAt < 0 {
			continue
		}
		if seen[m.written] == nil {
			seen[m.written] = m
			order = append(order, m.written)
		}
		count[m.written]++
	}
	for _, w := range order {
		m := seen[w]
		msg := diag.Text{VI: fmt.Sprintf("%q viết là %q", m.written, m.fixed), EN: fmt.Sprintf("%q is written %q", m.written, m.fixed)}
		msg = withCount(msg, count[w])
		p.Report(m.seg, m.wrongAt, msg, diag.Msg("viết %q", "write %q", m.fixed))
	}
	unitNounCase(p)
	schoolCase(p)
	gdSpaceDt(p) // official_gddt.go
	kindCase(p)
	kindSyllableCase(p)
	placeCase(p)
	unitPlaceCase(p) // official_unit_place.go
	unitKindCase(p)  // official_unit_kind.go
	regionCase(p)
	postCase(p) // official_post_case.go
}

// inOfficial reports whether byte off of seg falls in an official name
// the notice writes, which officialName speaks for.
func inOfficial(v *View, seg *Seg, off int) bool {
	for _, m := range officialMatches(v) {
		if m.seg == seg && m.from <= off && off < m.to {
			return true
		}
	}
	return false
}

// inWrongOfficial reports whether byte off of seg falls in an official
// name written with wrong capitals, which official-name says with the
// whole name as its fix ("Mặt trận Tổ Quốc Việt Nam"): a special noun
// inside it ("Tổ Quốc") is not said again.
func inWrongOfficial(v *View, seg *Seg, off int) bool {
	for _, m := range officialMatches(v) {
		if m.seg == seg && m.wrongAt >= 0 && m.from <= off && off < m.to {
			return true
		}
	}
	return false
}

// matchCommaless is matchOfficial for a name written without one or more
// of its commas: the match is wrong at the first comma left out, and the
// fix is the name as the decree writes it, with the capitals the text
// gives its words where they are right.
func matchCommaless(seg *Seg, toks, name []token) (officialMatch, bool) {
	from, to := toks[0].off, toks[len(toks)-1].end
	written := seg.Text[from:to]
	if to < len(seg.Text) {
		if r, _ := utf8.DecodeRuneInString(seg.Text[to:]); isLetter(r) {
			return officialMatch{}, false
		}
	}
	if !startsUpper(seg.Text[toks[0].off:toks[0].end]) || allCaps(written) {
		return officialMatch{}, false
	}
	m := officialMatch{seg: seg, from: from, to: to, name: name, written: written, wrongAt: -1}
	var b strings.Builder
	k := 0
	for _, t := range name {
		if t.text == "," && (k >= len(toks) || toks[k].text != ",") {
			if m.wrongAt < 0 {
				m.wrongAt = toks[k-1].end
			}
			b.WriteString(",")
			continue
		}
		w := seg.Text[toks[k].off:toks[k].end]
		switch {
		case ampersandFor(toks[k], t):
			w = "và"
		case t.text != ",":
			w = recase(w, t.upper)
		}
		if b.Len() > 0 && t.text != "," {
			b.WriteString(" ")
		}
		b.WriteString(w)
		k++
	}
	m.fixed = b.String()
	return m, true
}
