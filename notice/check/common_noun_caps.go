package check

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "common-noun-caps", Severity: diag.Warning, Ref: diag.RefCapitals, Run: commonNounCaps,
		Title: diag.Msg("danh từ chung (cơ quan, sở, khoa, lễ, lãnh đạo, nhà trường ...) viết thường giữa câu", "common nouns (cơ quan, sở, khoa, lễ, lãnh đạo, nhà trường ...) take no capital inside a sentence"),
		Help:  diag.Msg("chỉ viết hoa tên riêng (\"Sở Tài chính\", \"Khoa Nội\"); danh từ chung viết thường: \"các sở\", \"quý cơ quan\", \"dịp lễ\"", "capitalise names only (\"Sở Tài chính\", \"Khoa Nội\"); a common noun is written in small letters: \"các sở\", \"quý cơ quan\", \"dịp lễ\"")})
}

//go:embed data/common-nouns.txt
var commonNounData string

// commonNoun is a noun of data/common-nouns.txt.
type commonNoun struct {
	words    []string        // folded
	after    map[string]bool // folded words before it that make it the common noun
	mid      bool            // said after any word in small letters
	list     bool            // said only in a run after another noun of the list
	bare     bool            // a capital word or a figure after it makes no name
	then     []string        // when set, one of these words or a mark must follow
	not      []string        // folded words after it that leave it alone
	notAfter []string        // folded words before it that leave its "*" reading alone
	named    bool            // silent where a name follows the run ("THCS Châu Can")
	kin      bool            // said beside a kin noun in small letters ("mầm non, Tiểu học")
	count    bool            // said after a count, a figure standing alone ("14 Khu phố")
}

// determiners stand for "det" in the data: after them a noun is a kind,
// never the head of one body's name.
var determiners = []string{"các", "những", "mọi", "quý", "từng"}

// commonNouns are the nouns of the data by their first folded word,
// longest first.
var commonNouns = sync.OnceValue(func() map[string][]commonNoun { return readCommonNouns(commonNounData) })

// commonNounHeads are the folded first words of the common nouns.
var commonNounHeads = newWordSet(func(x *lexeme) bool { return len(commonNouns()[x.folded()]) > 0 })

func readCommonNouns(data string) map[string][]commonNoun {
	m := map[string][]commonNoun{}
	for _, f := range dataRows("data/common-nouns.txt", data, 3) {
		n := commonNoun{words: strings.Fields(cite.Fold(f[0])), after: map[string]bool{}}
		for w := range strings.FieldsSeq(f[1]) {
			switch w {
			case "*":
				n.mid = true
			case "list":
				n.list = true
			case "kin":
				n.kin = true
			case "#":
				n.count = true
			case "det":
				for _, d := range determiners {
					n.after[d] = true
				}
			default:
				n.after[cite.Fold(strings.ReplaceAll(w, "_", " "))] = true // "thực_hiện": two words
			}
		}
		for fl := range strings.FieldsSeq(f[2]) {
			switch {
			case fl == "bare":
				n.bare = true
			case fl == "named":
				n.named = true
			case strings.HasPrefix(fl, "then="):
				n.then = strings.Split(strings.TrimPrefix(fl, "then="), "|")
			case strings.HasPrefix(fl, "not="):
				n.not = strings.Split(strings.TrimPrefix(fl, "not="), "|")
			case strings.HasPrefix(fl, "notafter="):
				for w := range strings.SplitSeq(strings.TrimPrefix(fl, "notafter="), "|") {
					n.notAfter = append(n.notAfter, cite.Fold(w))
				}
			}
		}
		m[n.words[0]] = append(m[n.words[0]], n)
	}
	longestFirst(m, func(x commonNoun) int { return len(x.words) })
	return m
}

// capsRun is a run of common nouns written with a capital: "các Cơ
// quan, Tổ chức" holds two.
type capsRun struct {
	head     int      // where the word before the run starts ("các"), or from
	from, to int      // the run's bytes in the text, from its first noun
	nouns    []string // each noun as written
}

// commonNounCaps reports a common noun of data/common-nouns.txt written
// with a capital where it can only be the common noun: after "các",
// "quý", "dịp" ..., or mid-sentence for the nouns that never head a
// name. A noun followed by a name ("Sở Tài chính", "Khoa Nội", "Văn bản
// số 12"), by a colon ("các Sở: Tài chính, Xây dựng") or in the fixed
// "Sở, ban, ngành" is left alone, as are lines in capitals, the first word
// of a sentence or point and quoted passages.
func commonNounCaps(p *Pass) {
	v := p.View
	for _, seg := range capsSegs(v) {
		runs := commonCapsRuns(v, seg.Text)
		var seen map[int]bool
		for _, r := range runs {
			reportCapsRun(p, seg, r)
			if seen == nil {
				seen = map[int]bool{}
			}
			seen[r.from] = true
		}
		for _, r := range deputyRuns(v, seg.Text, seen) { // common_noun_deputy.go
			reportCapsRun(p, seg, r)
		}
	}
}

// commonCapsRuns finds the runs of capitalised common nouns of s.
func commonCapsRuns(v *View, s string) []capsRun {
	x := v.index(s)
	var out []capsRun
	for i := 1; i < len(x.words); i++ {
		if !mayOpenNoun(x.lex[i]) {
			continue // nounAt's first test, without building its answer for every word
		}
		n, ok := nounIn(x, i)
		counted := n.count && countBefore(s, x, i) >= 0
		if !ok || n.list || !(x.spaced[i] && nounContext(x, i, n) || counted || kinBeside(s, x, i, n)) || quoted(s, x.words[i].off) {
			continue
		}
		end := i + len(n.words)
		if !nounBare(s, x, end, n) || n.then != nil && ownPlaceNoun(v, n) { // common_noun_own_place.go
			continue
		}
		head := x.words[i].off
		switch {
		case counted:
			head = countBefore(s, x, i)
		case afterTwo(x, i, n):
			head = x.words[i-2].off
		case n.after[x.lex[i-1].folded()]:
			head = x.words[i-1].off
		}
		r := capsRun{head: head, from: x.words[i].off, to: x.words[end-1].end, nouns: []string{s[x.words[i].off:x.words[end-1].end]}}
		for {
			at := runGoesOn(s, x, end)
			if at < 0 {
				break
			}
			m, ok := nounAt(x, at)
			if !ok || !nounBare(s, x, at+len(m.words), m) {
				break
			}
			end = at + len(m.words)
			r.to = x.words[end-1].end
			r.nouns = append(r.nouns, s[x.words[at].off:r.to])
		}
		if n.named && nameAfterRun(s, x, end) {
			i = end - 1
			continue
		}
		out = append(out, r)
		i = end - 1
	}
	return out
}

// nameAfterRun reports whether the first word from word k on that is no
// abbreviation in capitals, with only spaces and commas before it, is
// capitalised: the kinds of the run then
// head the names of schools of one place ("Các trường Mầm non, Tiểu
// học, THCS Châu Can"), not kinds of school.
func nameAfterRun(s string, x *textIndex, k int) bool {
	for ; k < len(x.words); k++ {
		if strings.Trim(s[x.words[k-1].end:x.words[k].off], " ,") != "" {
			return false // a mark or a line between: the name is another's
		}
		if x.lex[k].allCaps() {
			continue
		}
		return x.lex[k].title()
	}
	return false
}

// nounAt returns the longest noun of the list whose words start, written
// with a capital (not in capitals), at word i of x.
func nounAt(x *textIndex, i int) (commonNoun, bool) {
	if !mayOpenNoun(x.lex[i]) {
		return commonNoun{}, false
	}
	for _, n := range commonNouns()[x.lex[i].folded()] {
		if i+len(n.words) > len(x.words) {
			continue
		}
		ok := true
		for k := 1; k < len(n.words) && ok; k++ {
			ok = x.spaced[i+k] && x.lex[i+k].folded() == n.words[k] && !x.lex[i+k].allCaps()
		}
		if ok {
			return n, true
		}
	}
	return commonNoun{}, false
}

// mayOpenNoun reports whether a noun of the list may start at the word:
// written with a capital (not in capitals), one of the nouns' first
// words. No other word starts one (nounAt).
func mayOpenNoun(l *lexeme) bool {
	return l.title() && l.in(commonNounHeads)
}

// nounIn is the noun at word i as nounAt finds it, but of the rows of the
// same words the first whose words before it fit: "lễ" is bare after
// "dịp", "ngày" ("dịp Lễ 30/4"), and after "buổi" a capital word makes
// it the head of the event's name ("buổi Lễ Phát động Tháng Thanh niên").
func nounIn(x *textIndex, i int) (commonNoun, bool) {
	n, ok := nounAt(x, i)
	if !ok || nounContext(x, i, n) {
		return n, ok
	}
	for _, m := range commonNouns()[x.lex[i].folded()] {
		if slices.Equal(m.words, n.words) && nounContext(x, i, m) {
			return m, true
		}
	}
	return n, ok
}

// nounContext reports whether the word before word i leaves the noun
// there no reading but the common noun.
func nounContext(x *textIndex, i int, n commonNoun) bool {
	prev := x.lex[i-1]
	if issuedDocument(x, i, n) {
		return false
	}
	if n.after[prev.folded()] || afterTwo(x, i, n) {
		return true
	}
	return n.mid && startsLower(prev.text) && (!coordinators()[prev.lowered()] || forWith(x, i)) && !slices.Contains(n.notAfter, prev.folded()) && !afterBodyKind(x, i)
}

// afterBodyKind reports whether the two words before word i are a kind
// of body of two words (bodyKinds) with its first letter a capital: the
// noun opens that body's name, its field, and takes the capital as
// "Sở Tài chính" does (NĐ 30/2020/NĐ-CP, Phụ lục II): "Trung tâm Du
// khách" of a Vườn quốc gia (p93). The word before is in small letters
// only because the kind is two words; after a kind of one, "Ban Lãnh
// đạo", the noun is no mid-sentence one either.
func afterBodyKind(x *textIndex, i int) bool {
	return i >= 2 && x.spaced[i-1] && x.lex[i-2].title() && bodyKinds()[x.lex[i-2].lowered()+" "+x.lex[i-1].lowered()]
}

// forWith reports whether the word before word i is the "với" of "đối
// với", a preposition before its object, not "với" joining two equals.
func forWith(x *textIndex, i int) bool {
	return i >= 2 && x.spaced[i-1] && x.lex[i-1].lowered() == "với" && x.lex[i-2].lowered() == "đối"
}

// afterTwo reports whether the two words before word i, parted by a
// space, are a "where" of the noun written as two ("thực hiện").
func afterTwo(x *textIndex, i int, n commonNoun) bool {
	return i >= 2 && x.spaced[i-1] && n.after[x.lex[i-2].folded()+" "+x.lex[i-1].folded()]
}

// coordinators join a noun to the word before it as its equal: "Lễ hội
// Du lịch 2009 và Kỷ niệm 15 năm" may write both as names.
var coordinators = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"và": true, "hoặc": true, "với": true}
})

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isLowerRune(r)
}

// nounBare reports whether what follows the noun ending before word end
// leaves it a common noun: no name after it (a capital word, a figure,
// "số"), no colon before a list of names (but after a noun that heads no
// name: "gửi về Thư điện tử:"), not the fixed "Sở, ban, ngành".
func nounBare(s string, x *textIndex, end int, n commonNoun) bool {
	from := x.words[end-1].end
	rest := s[from:]
	trim := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(trim, ":") && !n.bare || strings.HasPrefix(trim, ", ngành") || strings.HasPrefix(trim, ", ban, ngành") || strings.HasPrefix(trim, "\"") || strings.HasPrefix(trim, "“") {
		return false
	}
	next := ""
	if end < len(x.words) && x.spaced[end] {
		next = x.lex[end].text
	}
	if next != "" && slices.Contains(n.not, x.lex[end].folded()) {
		return false
	}
	if n.then != nil {
		return thenFollows(trim, next, n.then) && !holidayAfterDate(trim) // common_noun_holiday.go
	}
	if n.bare {
		return true
	}
	if next != "" && (!startsLower(next) || x.lex[end].lowered() == "số") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(trim)
	return !unicode.IsDigit(r)
}

// thenFollows reports whether one of the words of then follows, or a
// mark (the noun ends its clause); a figure is matched as written, and
// "#" matches any.
func thenFollows(trim, next string, then []string) bool {
	if trim == "" || strings.ContainsRune(",.;", rune(trim[0])) {
		return true
	}
	if next == "" { // a figure is no word: "Quý 4 năm 2017"
		next, _, _ = strings.Cut(trim, " ")
		next = strings.TrimRight(next, ",.;:)")
	}
	for _, t := range then {
		if next == t || t == "#" && next != "" && next[0] >= '0' && next[0] <= '9' {
			return true // "#": a figure ("trước Ngày 25/12/2026")
		}
	}
	return false
}

// runGoesOn returns the word after the one before end where a run of
// nouns may go on, after a comma or "và", "hoặc" ("các Cơ quan, Tổ
// chức", "ngày Lễ, Tết"); -1 where it cannot.
func runGoesOn(s string, x *textIndex, end int) int {
	if end >= len(x.words) {
		return -1
	}
	switch strings.TrimSpace(s[x.words[end-1].end:x.words[end].off]) {
	case ",":
		return end
	case "":
		if w := x.lex[end].lowered(); (w == "và" || w == "hoặc") && end+1 < len(x.words) && x.spaced[end+1] {
			return end + 1
		}
	}
	return -1
}

// reportCapsRun reports one run, with every noun of it in small letters.
func reportCapsRun(p *Pass, seg *Seg, r capsRun) {
	var lower []string
	for _, n := range r.nouns {
		lower = append(lower, strings.ToLower(n))
	}
	written := seg.Text[r.head:r.to]
	fixed := seg.Text[r.head:r.from] + lowerNouns(seg.Text[r.from:r.to], r.nouns)
	what := "\"" + strings.Join(lower, "\", \"") + "\""
	p.Report(seg, r.from, diag.Msg("%q: %s là danh từ chung, không phải tên riêng: viết thường, %q", "%q: %s is a common noun, no name: it takes no capital, %q", written, what, fixed),
		diag.Msg("viết %q", "write %q", fixed))
}

// lowerNouns writes the nouns of s in small letters.
func lowerNouns(s string, nouns []string) string {
	for _, n := range nouns {
		s = strings.Replace(s, n, strings.ToLower(n), 1)
	}
	return s
}
