package check

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "phrase-typo", Severity: diag.Warning, Ref: diag.Practice, Run: phraseTypo,
		Title: diag.Msg("cụm từ hành chính quen dùng viết đúng", "fixed phrases of administrative Vietnamese are written right"),
		Help:  diag.Msg("sửa cụm từ cho đúng", "correct the phrase")})
}

//go:embed data/phrases.txt
var phraseData string

// slip is a near-miss of a fixed phrase.
type slip struct {
	ids    []int32 // the ids of its tokens in the book (phraseBook.tokens)
	phrase string  // the phrase as listed
	edge   bool    // a word left out: the words around the near-miss must not make it other good words
	listed bool    // a slip listed after "|": no good words, in a name too ("Cộng văn số")
	term   bool    // a term's slip (termSlips): listed, but a capital the term does not write is a name's ("Báo Cao Bằng")
	caps   uint32  // the words the phrase writes with a capital ("Thủ tướng Chính phủ"), by index in ids
}

// phraseBook is the phrase list with the near-misses of every phrase. It
// is built from data/phrases.txt by readPhrases, which makes thousands of
// near-misses; a process reads the same book from phrase_book_gen.go,
// written by readPhrases at go generate and held to it by
// TestPhraseBookGenerated, so that no process builds it: packed with no
// pointer (phrase_book_packed.go), unpacked once. It is read-only.
type phraseBook struct {
	// tokens are the folded tokens of the book, sorted: a token's id is
	// its index (tokenID).
	tokens []string
	// pairKeys are the ids of the first two tokens of the near-misses
	// (pairKey), sorted; slipsOf returns the near-misses of each, in the
	// order of the list (phrase_ids.go). builtSlips holds them in a book
	// readPhrases made only: the process's book unpacks them as they are
	// met (packed), so that builtSlips is nil there.
	pairKeys   []uint64
	builtSlips [][]slip
	// coverIDs are the phrases and exceptions as ids, by the id of their
	// first token.
	coverIDs   [][][]int32
	phrases    [][]string
	exceptions [][]string
	// wordPairs are the pairs of adjacent words of the phrases and
	// exceptions, joined by a space, sorted.
	wordPairs []string
	// packed is the packed book of phrase_book_gen.go, whose near-misses
	// slipsOf unpacks into slipsMade as they are met; nil in a book
	// readPhrases made, which has them in builtSlips.
	packed    *packedBook
	slipsMade []atomic.Pointer[[]slip]
	// lookupsDone is made by lookups, once.
	lookupsOnce sync.Once
	lookupsDone *bookLookups
}

// phrases returns the book of phrase_book_gen.go, unpacked on first use.
var phrases = sync.OnceValue(packedPhraseBook.unpack)

// bookBuilder is what readPhrases keeps while it makes the book.
type bookBuilder struct {
	ids      map[string]int32 // numbered on first sight; sorted at the end
	byPair   map[uint64][]slip
	order    []uint64        // the keys of byPair as first added
	isPhrase map[string]bool // the phrases, their tokens joined by a space
	covers   [][]int32
}

// readPhrases reads the phrase list and makes the near-misses of each.
func readPhrases(data string) *phraseBook {
	b := &phraseBook{}
	bb := &bookBuilder{ids: map[string]int32{}, byPair: map[uint64][]slip{}, isPhrase: map[string]bool{}}
	vocab := map[string]bool{}
	type entry struct {
		toks     []string
		caps     []bool
		listed   string
		explicit []string
		only     bool // "=": the slips listed, none made
	}
	var entries, terms []entry
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "!"):
			b.exceptions = append(b.exceptions, phraseTokens(line[1:]))
			continue
		}
		only := strings.HasPrefix(line, "=")
		head, rest, _ := strings.Cut(strings.TrimPrefix(line, "="), "|")
		if term, ok := strings.CutPrefix(line, "~"); ok {
			terms = append(terms, entry{toks: phraseTokens(term), caps: phraseCaps(term), listed: strings.TrimSpace(term)}) // "~": termSlips
			continue
		}
		e := entry{toks: phraseTokens(head), caps: phraseCaps(head), listed: strings.TrimSpace(head), only: only}
		if rest != "" {
			e.explicit = strings.Split(rest, ",")
		}
		entries = append(entries, e)
		b.phrases = append(b.phrases, e.toks)
		bb.isPhrase[strings.Join(e.toks, " ")] = true
		for _, t := range e.toks {
			vocab[t] = true
		}
	}
	for _, l := range append(append([][]string{}, b.phrases...), b.exceptions...) {
		if len(l) > 0 {
			bb.covers = append(bb.covers, bb.idsOf(l))
		}
	}
	for _, e := range entries {
		for _, x := range e.explicit {
			bb.add(slip{phrase: e.listed, listed: true}, phraseTokens(x))
		}
		if e.only {
			continue
		}
		for _, s := range nearMisses(e.toks, e.caps, vocab) {
			s.s.phrase = e.listed
			bb.add(s.s, s.tokens)
		}
	}
	for _, e := range terms {
		for _, x := range termSlips(e.toks) {
			bb.add(slip{phrase: e.listed, listed: true, term: true, caps: slipCaps(e.toks, e.caps, x)}, x)
		}
	}
	bb.finish(b)
	b.wordPairs = b.pairs()
	return b
}

func (bb *bookBuilder) add(s slip, tokens []string) {
	if len(tokens) < 2 {
		return
	}
	if bb.isPhrase[strings.Join(tokens, " ")] {
		return // a near-miss of one phrase that is another phrase
	}
	s.ids = bb.idsOf(tokens)
	k := pairKey(s.ids[0], s.ids[1])
	if bb.byPair[k] == nil {
		bb.order = append(bb.order, k)
	}
	bb.byPair[k] = append(bb.byPair[k], s)
}

// finish numbers the tokens in their sorted order and puts the
// near-misses and the covers in b by the new numbers.
func (bb *bookBuilder) finish(b *phraseBook) {
	b.tokens = make([]string, 0, len(bb.ids))
	for t := range bb.ids {
		b.tokens = append(b.tokens, t)
	}
	sort.Strings(b.tokens)
	renum := make([]int32, len(bb.ids))
	for i, t := range b.tokens {
		renum[bb.ids[t]] = int32(i)
	}
	re := func(ids []int32) []int32 {
		out := make([]int32, len(ids))
		for i, id := range ids {
			out[i] = renum[id]
		}
		return out
	}
	type group struct {
		key   uint64
		slips []slip
	}
	var groups []group
	for _, k := range bb.order {
		var g group
		for _, s := range bb.byPair[k] {
			s.ids = re(s.ids)
			g.slips = append(g.slips, s)
		}
		g.key = pairKey(g.slips[0].ids[0], g.slips[0].ids[1])
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].key < groups[j].key })
	for _, g := range groups {
		b.pairKeys = append(b.pairKeys, g.key)
		b.builtSlips = append(b.builtSlips, g.slips)
	}
	for _, c := range bb.covers {
		c = re(c)
		for int(c[0]) >= len(b.coverIDs) {
			b.coverIDs = append(b.coverIDs, nil)
		}
		b.coverIDs[c[0]] = append(b.coverIDs[c[0]], c)
	}
}

// nearMiss is a slip with its tokens, before they are numbered.
type nearMiss struct {
	s      slip
	tokens []string
}

// nearMisses makes the slips of a phrase: see the head of data/phrases.txt.
// caps are the words the phrase writes with a capital.
func nearMisses(toks []string, caps []bool, vocab map[string]bool) []nearMiss {
	var out []nearMiss
	defer func() {
		for k := range out {
			out[k].s.caps = slipCaps(toks, caps, out[k].tokens)
		}
	}()
	words := 0
	for _, t := range toks {
		if t != "," {
			words++
		}
	}
	commas := len(toks) - words
	for i, t := range toks {
		switch {
		case t == "," && commas >= 2:
			out = append(out, nearMiss{tokens: without(toks, i)}) // "sở, ban ngành"
		case t != "," && words >= 4 && i > 0 && i < len(toks)-1 && toks[i-1] != "," && toks[i+1] != "," && !functionWords()[t] && !stopWords()[t] && !optionalWords()[t]:
			out = append(out, nearMiss{s: slip{edge: true}, tokens: without(toks, i)}) // "đáp ứng cầu"
		}
		if t == "," {
			continue
		}
		if prev := prevWord(toks, i); words >= 3 && prev != "" && prev != t {
			out = append(out, nearMiss{tokens: replaced(toks, i, prev)}) // "cơ quan, quan vị"
		}
		if (words >= 4 || words == 3 && i > 0 && i < len(toks)-1) && !optionalWords()[t] { // "hàng tháng" for "hằng tháng" is good Vietnamese
			for _, m := range markSlips(t) {
				if !variantSwap(toks, i, m) {
					out = append(out, nearMiss{tokens: replaced(toks, i, m)}) // "Thủ tướng Chỉnh phủ"
				}
			}
			if m := hSlip(t); m != "" && !vocab[m] {
				out = append(out, nearMiss{tokens: replaced(toks, i, m)}) // "được thính theo"
			}
		}
		if words >= 4 && utf8.RuneCountInString(t) >= 4 {
			for _, d := range letterDrops(t) {
				if !vocab[d] {
					out = append(out, nearMiss{tokens: replaced(toks, i, d)}) // "công ghiệp"
				}
			}
		}
	}
	return out
}

// optionalWords may be left out of a phrase and leave good Vietnamese:
// "định kỳ hằng tháng" and "định kỳ tháng 8" are both right.
var optionalWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"hằng": true, "hàng": true, "mỗi": true, "từng": true, "mọi": true, "cả": true, "toàn": true}
})

// countedAfter reports whether a number (a digit or a Roman numeral)
// follows the words ending at token i: a near-miss that ends in a unit of
// time or of measure before a number ("tháng 8/2026", "quý III") is a
// phrase in its own right.
func countedAfter(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i].text
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		return true
	}
	return strings.Trim(t, "ivx") == "" && cite.RomanValue(strings.ToUpper(t)) > 0
}

func prevWord(toks []string, i int) string {
	for k := i - 1; k >= 0; k-- {
		if toks[k] != "," {
			return toks[k]
		}
	}
	return ""
}

func without(toks []string, i int) []string {
	return append(append([]string{}, toks[:i]...), toks[i+1:]...)
}

func replaced(toks []string, i int, w string) []string {
	out := append([]string{}, toks...)
	out[i] = w
	return out
}

// letterDrops returns w with one letter left out, each way.
func letterDrops(w string) []string {
	r := []rune(w)
	var out []string
	for i := range r {
		d := string(r[:i]) + string(r[i+1:])
		if d != "" {
			out = append(out, d)
		}
	}
	return out
}

// phraseTokens splits a phrase into folded words and commas.
func phraseTokens(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		out = append(out, t.text)
	}
	return out
}

// token is a word of a text (folded: lower case, tone placement) or a
// comma, with where it stands.
type token struct {
	text     string
	off, end int
	upper    bool    // a capitalised word, not an abbreviation
	id       int32   // the id of text in the phrase book, -1 when none (phraseTokens)
	lex      *lexeme // the word's lexeme, when phraseTokens read it from the view's index
}

// tokenize splits s into words and commas; other marks part words.
func tokenize(s string) []token {
	return tokenizeWith(s, func(w string, off, end int) token {
		return token{text: cite.Fold(w), off: off, end: end, upper: titleCase(w), id: -1}
	})
}

// tokenizeWith is tokenize with the function that makes the token of
// the word s[off:end]; it gives the commas and other marks id -1.
func tokenizeWith(s string, word func(w string, off, end int) token) []token {
	out := make([]token, 0, len(s)/6+4) // a syllable and a space take five bytes or so; commas and marks add some
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, word(s[start:end], start, end))
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case isLetter(r) || unicode.IsDigit(r) || r == '&': // unicode.IsLetter
			if start < 0 {
				start = i
			}
		case r == ',':
			flush(i)
			out = append(out, token{text: ",", off: i, end: i + 1, id: -1})
		case r == ' ' || r == '\u00a0' || r == '-' || r == '–':
			flush(i)
		default:
			flush(i)
			out = append(out, token{text: ".", off: i, end: i + utf8.RuneLen(r), id: -1})
		}
	}
	flush(len(s))
	return out
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// phraseTypo finds the near-misses of the fixed phrases in the prose.
func phraseTypo(p *Pass) {
	if replayScratch(p) {
		return // phrase_said.go: name-spelling ran it on a scratch pass already
	}
	phraseTypoBy(p, hyphenSlips)
}

// phraseTypoBy is phraseTypo with the compounds written without their
// hyphen read by hyphens (TestHyphenSlipsAsWalked gives it the walk over
// every token the rule made before).
func phraseTypoBy(p *Pass, hyphens func(*Pass, *Seg, []token)) {
	titleSlip(p) // phrase_title.go: "THÔNG BAO"
	book := phrases()
	lk := book.lookups()
	cutSeg, cutOff, cut := cutWord(p.View)
	segs := p.View.textSegs()
	if p.View.Addressee != nil {
		segs = append(segs, p.View.Addressee) // "Kính gửi: - Sở Y tế các tỉnh, thành phố ..."
	}
	var ks []int32 // the near-misses that match at a token, by index in their pair's list
	for _, seg := range segs {
		if seg.Role == RoleArchive {
			continue
		}
		toks := p.View.index(seg.Text).phraseTokens(p.View, book)
		var covered []bool                 // worked out at the first near-miss
		for i := 0; i+1 < len(toks); i++ { // a near-miss has two tokens or more
			if toks[i].id < 0 || toks[i+1].id < 0 {
				continue // words the book does not hold start no near-miss
			}
			if !lk.mayStartPair(toks[i].id, toks[i+1].id) {
				continue // pairIndex's filter, asked without the calls
			}
			var l []slip
			l, ks = book.slipsAt(toks, i, ks[:0]) // those that match here (matchAt)
			for _, k := range ks {
				s := &l[k]
				n := len(s.ids)
				if covered == nil {
					covered = book.coveredByIDs(toks) // coveredBy
				}
				if commaOut := !s.edge && commaLeftOut(s, n); commaOut {
					if book.junctionCovered(toks, commaGap(s, toks, i, n)) || nameIn(toks, i, i+n, s.caps) {
						continue
					}
				} else if anyCovered(covered, i, i+n) && (!s.listed || book.overlapped(toks, i, i+n)) || (!s.listed || s.term) && nameIn(toks, i, i+n, s.caps) || s.term && (nameRunsOn(toks, i) || capsNameRunsOn(seg.Text, toks, i)) {
					continue
				}
				if (s.listed || !s.edge && commaLeftOut(s, n)) && headingDash(seg.Text[toks[i].off:toks[i+n-1].end]) {
					continue // "MỤC ĐÍCH - YÊU CẦU": a heading's dash parts the words where the phrase writes its comma
				}
				if s.edge && (book.continues(toks, i, i+n) || countedAfter(toks, i+n)) {
					continue // "thông báo kết quả" holds no "báo kết quả"; "định kỳ tháng 8/2026" is good Vietnamese
				}
				if cut && seg.PosAt(0) == cutSeg.PosAt(0) && toks[i+n-1].end > cutOff {
					continue // the cut copy's last words: the cut took the rest ("hộ cận nghè")
				}
				written := seg.Text[toks[i].off:toks[i+n-1].end]
				if strings.IndexByte(written, ' ') < 0 && urlWord(seg.Text, toks[i].off) {
					continue // "https://.../an-toan-...": an address's words, not prose
				}
				if s.term && (strings.IndexByte(written, ' ') < 0 && strings.ContainsAny(written, "-_") || unmarkedAround(seg.Text, toks[i].off, toks[i+n-1].end)) {
					continue // "quy-hoach", a slug's; "Thong bao dieu chinh thơi gian nhan ho so": words typed without their marks
				}
				right := keepCapitals(written, s.phrase)
				if s.term && right == s.phrase {
					right = termCase(written, s.phrase) // "các nghị đinh": "nghị định", as the writer's case
				}
				if r, _ := utf8.DecodeRuneInString(written); isUpperRune(r) && (!innerCapital(right) || sentenceOpens(seg.Text, toks[i].off)) {
					right = capitalize(right) // "thứ Bảy" keeps its small "t" inside a sentence (special-noun)
				}
				said := len(p.found.list)
				p.Report(seg, toks[i].off, diag.Msg("%q: có phải viết nhầm %q?", "%q: a slip for %q?", written, right),
					diag.Msg("viết %q", "write %q", right))
				if p.keptSince(said) {
					p.View.sayPhrase(seg.Text, toks[i].off, toks[i+n-1].end, right) // phrase_said.go
				}
				i += n - 1
				break
			}
		}
		hyphens(p, seg, toks)
	}
}

// commaLeftOut reports whether s, a near-miss of n tokens made by
// nearMisses (not listed), is its phrase with one comma left out ("ban,
// ngành đoàn thể" for "ban, ngành, đoàn thể"; a word left out is an edge
// slip, told apart by the caller). Such a near-miss stands down only for
// a phrase or an exception written across the gap where the comma
// belongs (junctionCovered): a phrase written right elsewhere over its
// words, inside it ("ban, ngành") or over its edge ("sở, ban, ngành"), is
// the same list's words and leaves the comma missing.
func commaLeftOut(s *slip, n int) bool {
	if s.listed || strings.Count(s.phrase, ",") < 2 {
		return false
	}
	return len(phraseTokens(s.phrase)) == n+1
}

// commaGap returns the index in toks of the word after the comma that
// the near-miss s at toks[i:i+n] leaves out.
func commaGap(s *slip, toks []token, i, n int) int {
	pt := phraseTokens(s.phrase)
	for k := range n {
		if pt[k] == "," && toks[i+k].text != "," {
			return i + k
		}
	}
	return i + n - 1
}

// junctionCovered reports whether a phrase or an exception, written as
// listed, holds the two words on either side of toks[at-1] and toks[at]:
// they are good words there with no comma between ("cơ quan tổ chức" in
// a phrase that lists it).
func (b *phraseBook) junctionCovered(toks []token, at int) bool {
	for j := range at {
		id := toks[j].id
		if id < 0 || int(id) >= len(b.coverIDs) {
			continue
		}
		for _, l := range b.coverIDs[id] {
			if end := j + len(l); end > at && end <= len(toks) && matchIDs(toks, j, l) {
				return true
			}
		}
	}
	return false
}

// headingDash reports whether written, in capitals, holds a dash
// between its words: a heading's two words parted so ("MỤC ĐÍCH - YÊU
// CẦU") are a style of headings, where in running text the dash stands
// for the comma ("Cán bộ - giáo viên").
func headingDash(written string) bool {
	if strings.IndexFunc(written, unicode.IsLower) >= 0 {
		return false
	}
	return strings.Contains(written, "–") || containsLit(written, " -") || containsLit(written, "- ")
}

func matchAt(toks []token, i int, want []string) bool {
	for k, w := range want {
		if toks[i+k].text != w {
			return false
		}
	}
	return true
}

// coveredBy marks the tokens that a phrase or an exception covers as
// written: a near-miss there is part of good words ("hệ thống thông tin"
// holds no "hệ thống tin"). phrase-typo reads it by ids (coveredByIDs).
func (b *phraseBook) coveredBy(toks []token) []bool {
	out := make([]bool, len(toks))
	for i := range toks {
		for _, l := range append(append([][]string{}, b.phrases...), b.exceptions...) {
			if len(l) > 0 && i+len(l) <= len(toks) && matchAt(toks, i, l) {
				for k := range l {
					out[i+k] = true
				}
			}
		}
	}
	return out
}

// overlapped reports whether a phrase or an exception, written as listed,
// runs over the edge of toks[from:to]: a listed slip is good words there
// ("hoàn tất các" holds no "tất các"). A phrase lying wholly inside the
// slip leaves it a slip: "sửa đổi bổ sung" holds "bổ sung" and is still
// "sửa đổi, bổ sung" without its comma.
func (b *phraseBook) overlapped(toks []token, from, to int) bool {
	for j := range to {
		id := toks[j].id
		if id < 0 || int(id) >= len(b.coverIDs) {
			continue
		}
		for _, l := range b.coverIDs[id] {
			end := j + len(l)
			if end > from && end <= len(toks) && (j < from || end > to) && matchIDs(toks, j, l) {
				return true
			}
		}
	}
	return false
}

func anyCovered(c []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if c[i] {
			return true
		}
	}
	return false
}

// nameIn reports whether a word of toks[from:to] is capitalised inside a
// sentence: part of a name ("Phổ Ninh", "Luật Bảo vệ môi trường"), where
// a phrase's near-miss is no slip. A capital the phrase itself writes
// (caps, by index from from: "Ủy ban nhân dân tỉnh") is no sign of
// another name.
func nameIn(toks []token, from, to int, caps uint32) bool {
	for i := from; i < to; i++ {
		if caps&(1<<(i-from)) != 0 {
			continue
		}
		if toks[i].upper && i > 0 && toks[i-1].text != "." && toks[i-1].text != "," {
			return true
		}
	}
	return false
}

// continues reports whether the words just before or after a near-miss
// make, with its first or last word, a pair of words that a phrase holds:
// then the near-miss is cut out of other good words ("thông báo kết quả",
// "công tác truyền thông").
func (b *phraseBook) continues(toks []token, from, to int) bool {
	return from > 0 && b.isPair(toks[from-1].text, toks[from].text) ||
		to < len(toks) && b.isPair(toks[to-1].text, toks[to].text)
}

// pairs returns the pairs of adjacent words of the phrases and
// exceptions, joined by a space, sorted (wordPairs).
func (b *phraseBook) pairs() []string {
	var out []string
	for _, l := range append(append([][]string{}, b.phrases...), b.exceptions...) {
		for i := 1; i < len(l); i++ {
			out = append(out, l[i-1]+" "+l[i])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isPair reports whether x and y are a pair of wordPairs.
func (b *phraseBook) isPair(x, y string) bool {
	_, ok := slices.BinarySearch(b.wordPairs, x+" "+y)
	return ok
}

// innerCapital reports whether a phrase as listed starts in a small
// letter and holds a capital further on: "thứ Bảy", "tết Nguyên đán",
// written so inside a sentence (Phụ lục II, Mục V, khoản 8).
func innerCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !isLowerRune(r) {
		return false
	}
	for _, w := range strings.Fields(s)[1:] {
		if startsUpper(w) && strings.IndexFunc(w, unicode.IsLower) > 0 {
			return true // "thứ Bảy"; an abbreviation ("chủ tịch UBND") is no name
		}
	}
	return false
}

// sentenceOpens reports whether byte off of s opens a sentence or a
// line: nothing before it but a list marker, or a stop before it. A
// bracket opens none ("(thứ Bảy)").
func sentenceOpens(s string, off int) bool {
	head := strings.TrimRight(s[:off], " ")
	if head == "" || strings.TrimSpace(head) == strings.TrimSpace(markerOf(s)) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return strings.ContainsRune(".:!?", r)
}

// keepCapitals writes the capitals of written onto right where the two
// hold the same words and differ only in their commas: "các Bộ ngành"
// is "các Bộ, ngành", keeping the writer's "Bộ" (the Government's usage,
// which common-noun-caps leaves alone); a slip of a word leaves right as
// listed.
func keepCapitals(written, right string) string {
	if strings.IndexFunc(written, unicode.IsLower) < 0 && strings.IndexFunc(written, unicode.IsUpper) >= 0 {
		return strings.ToUpper(right) // a heading in capitals: "MỤC ĐÍCH, YÊU CẦU"
	}
	w := strings.Fields(strings.ReplaceAll(written, ",", " "))
	r := strings.Fields(right)
	if len(w) != len(r) {
		return right
	}
	for i := range r {
		if cite.Fold(strings.TrimSuffix(r[i], ",")) != cite.Fold(w[i]) {
			return right
		}
	}
	for i := range r {
		if startsUpper(w[i]) && startsLower(r[i]) {
			r[i] = capitalize(r[i])
		}
	}
	return strings.Join(r, " ")
}

// capitalize writes the first letter of s in capitals.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// phraseCaps reports, for each token of a phrase as listed, whether it
// is written with a capital.
func phraseCaps(s string) []bool {
	var out []bool
	for _, t := range tokenize(s) {
		out = append(out, t.upper)
	}
	return out
}

// slipCaps is the mask of the words of a near-miss (slip) that the phrase
// (toks, with caps) writes with a capital: a word kept in its place, or
// moved by a word left out, keeps the phrase's capital.
func slipCaps(toks []string, caps []bool, slip []string) uint32 {
	var m uint32
	for k := range slip {
		if k >= 32 {
			break
		}
		j := k
		if len(slip) < len(toks) && !equalTokens(slip[:k], toks[:k]) {
			j = k + len(toks) - len(slip) // after the word left out
		}
		if j < len(caps) && caps[j] {
			m |= 1 << k
		}
	}
	return m
}
