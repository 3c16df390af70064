package check

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/source"
)

func init() {
	register(
		&Rule{ID: "repeated-phrase", Severity: diag.Warning, Ref: diag.Practice, Run: repeatedPhrase,
			Title: diag.Msg("không lặp một cụm từ liền nhau", "no phrase is repeated back to back"),
			Help:  diag.Msg("xóa cụm từ thừa", "delete the repeated words")},
		&Rule{ID: "glued-words", Severity: diag.Warning, Ref: diag.Practice, Run: gluedWords,
			Title: diag.Msg("các từ không dính vào nhau", "words are not glued together"),
			Help:  diag.Msg("thêm dấu cách giữa hai từ", "put a space between the words")},
		&Rule{ID: "doubled-punct", Severity: diag.Warning, Ref: diag.Practice, Run: doubledPunct,
			Title: diag.Msg("không có dấu câu lặp", "no doubled punctuation"),
			Help:  diag.Msg("xóa dấu thừa", "delete the extra mark")},
		&Rule{ID: "missing-space", Severity: diag.Warning, Ref: diag.Practice, Run: missingSpace,
			Title: diag.Msg("có dấu cách trước dấu mở ngoặc đơn, ngoặc kép, sau dấu hai chấm, dấu gạch đầu dòng và số thứ tự", "a space before an opening bracket or quotation mark, after a colon, a list dash and a point's number"),
			Help:  diag.Msg("thêm dấu cách", "add the space")},
		&Rule{ID: "unbalanced", Severity: diag.Warning, Ref: diag.Practice, Run: unbalanced,
			Title: diag.Msg("ngoặc và ngoặc kép đóng mở đủ cặp", "brackets and quotes are balanced"),
			Help:  diag.Msg("thêm dấu đóng hoặc xóa dấu mở thừa", "add the closing mark or delete the stray one")},
		&Rule{ID: "normalization", Severity: diag.Warning, Ref: diag.RefFont, Run: normalization,
			Title: diag.Msg("văn bản gõ chữ có dấu dựng sẵn, không dùng dấu rời (tổ hợp) hay chữ trông giống", "text is in precomposed Unicode (NFC), with no look-alike letters"),
			Help:  diag.Msg("chuyển văn bản về Unicode dựng sẵn (TCVN 6909): chép văn bản, mở công cụ chuyển mã của Unikey (Ctrl+Shift+F6), chọn nguồn \"Unicode tổ hợp\", đích \"Unicode\", bấm \"Chuyển mã\" rồi dán lại; và đặt bảng mã của bộ gõ là \"Unicode dựng sẵn\". Dấu rời làm sai việc tìm kiếm và so khớp", "convert the text to precomposed Unicode (TCVN 6909): copy it, open Unikey's converter (Ctrl+Shift+F6), choose source \"Unicode tổ hợp\" and target \"Unicode\", press \"Chuyển mã\" and paste it back; and set the keyboard's charset to \"Unicode dựng sẵn\". Combining marks break search and matching")},
		&Rule{ID: "lookalike", Severity: diag.Warning, Ref: diag.Practice, Run: lookalike,
			Title: diag.Msg("chữ viết tắt không lẫn chữ có dấu", "abbreviations hold no look-alike letters"),
			Help:  diag.Msg("gõ lại chữ viết tắt", "type the abbreviation again")},
		&Rule{ID: "tone-style-mixed", Severity: diag.Info, Ref: diag.Practice, Run: toneStyle,
			Title: diag.Msg("dấu thanh đặt theo một kiểu", "tone marks sit one way throughout"),
			Help:  diag.Msg("chọn một kiểu đặt dấu (\"hòa\", \"ủy\" hoặc \"hoà\", \"uỷ\") cho cả văn bản", "choose one placement (\"hòa\", \"ủy\" or \"hoà\", \"uỷ\") for the whole text")},
		&Rule{ID: "decimal-mixed", Severity: diag.Warning, Ref: diag.Practice, Run: decimalMixed, Gate: needs(trigDigitPoint),
			Title: diag.Msg("số thập phân dùng một loại dấu", "decimals use one separator"),
			Help:  diag.Msg("tiếng Việt dùng dấu phẩy thập phân: 0,93", "Vietnamese uses a decimal comma: 0,93")},
		&Rule{ID: "duplicate-note", Severity: diag.Info, Ref: diag.Practice, Run: duplicateNote,
			Title: diag.Msg("không có hai chú thích giống hệt nhau", "no two footnotes are the same"),
			Help:  diag.Msg("dẫn lại chú thích đã có thay vì viết lại", "refer to the existing footnote instead of repeating it")},
	)
}

// functionWords may be doubled only by mistake; other single words are
// left alone, since Vietnamese doubles some on purpose ("xanh xanh").
var functionWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"của": true, "và": true, "các": true, "những": true, "để": true, "được": true, "đã": true, "trong": true, "với": true, "theo": true, "về": true, "tại": true, "cho": true, "là": true, "có": true, "thì": true, "này": true, "đó": true, "số": true, "đến": true}
})

// adminNouns are the nouns of administrative units and of the villages
// and hamlets under them ("thôn", "ấp", "khóm"), which Vietnamese never
// doubles ("huyện huyện Mai Châu", "thôn thôn Cập Nhất 3" are slips);
// "phòng" and "ban" are not among them, since a head's title runs into
// the unit's name
// ("Trưởng phòng Phòng Tài chính", "Trưởng ban Ban Quản lý"), nor "ngày"
// and "năm", which double lawfully ("ngày ngày", "năm năm").
var adminNouns = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"huyện": true, "xã": true, "tỉnh": true, "phường": true, "quận": true, "thôn": true, "ấp": true, "khóm": true}
})

// repeatedPhrase finds a run of words said twice back to back: "triển
// khai thực hiện triển khai thực hiện". A run repeats from a word only
// where its key comes again within five words (repeatStarts); those
// places are asked in order, as every word was.
func repeatedPhrase(p *Pass) {
	var starts []int32
	l := p.View.lexicon()
	segs := p.View.Texts()
	for k := range segs {
		seg := &segs[k]
		x := p.View.index(seg.Text)
		starts = l.repeatStarts(x.lex, starts[:0])
		next := 0 // the first word no finding has covered
		for _, s := range starts {
			if i := int(s); i >= next {
				if n := repeatedRun(p, seg, x, i); n > 0 {
					next = i + 2*n
				}
			}
		}
	}
}

// repeatedRun reports the longest run of n words, five at most, that
// the text x says twice from its word i, and returns n; 0 where none.
func repeatedRun(p *Pass, seg *Seg, x *textIndex, i int) int {
	words, lex := x.words, x.lex
	// n from 5 down, the two runs of n words within the text
	for n := min(repeatMost, (len(words)-i)/2); n >= 1; n-- {
		if lex[i].eq != lex[i+n].eq || !sameRunLex(lex[i:i+n], lex[i+n:i+2*n]) || !contiguous(seg.Text, words[i:i+2*n]) && !commaRepeat(seg.Text, words[i:i+2*n], lex[i:i+n]) && !(n == 1 && commaDateWord(seg.Text, words[i], words[i+1])) {
			continue
		}
		if n == 1 && !functionWords()[lex[i].lowered()] && !doubledUnit(words[i], words[i+1]) && !doubledDateWord(seg.Text, words[i], words[i+1]) {
			continue
		}
		if n == 1 && i > 0 && closesCompound(lex[i-1].lowered(), lex[i].lowered()) && contiguous(seg.Text, words[i-1:i+1]) {
			continue // "các bước tiếp theo theo quy định": the first closes a word, the second opens a phrase
		}
		phrase := seg.Text[words[i].off:words[i+n-1].end]
		p.Report(seg, words[i+n].off, diag.Msg("cụm từ %q lặp lại", "the phrase %q is repeated", phrase))
		return n
	}
	return 0
}

// compoundEnds are words of two syllables whose second is a function word
// that may open the next phrase again: "các bước tiếp theo theo quy
// định" (the next steps, by the rules), "hồ sơ kèm theo theo mẫu", "hiện
// tại tại trường". The doubled word is two words, no slip.
var compoundEnds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tiếp theo": true, "kèm theo": true, "hiện tại": true, "bên trong": true}
})

// closesCompound reports whether prev and w, in small letters, make one of
// compoundEnds.
func closesCompound(prev, w string) bool {
	return compoundEnds()[prev+" "+w]
}

// doubledUnit reports an administrative unit's noun written twice the
// same way ("huyện huyện"); "xã Xã Đàn" names a street after the unit.
func doubledUnit(a, b wordAt) bool {
	return a.text == b.text && adminNouns()[strings.ToLower(a.text)]
}

func sameRun(a, b []wordAt) bool {
	for i := range a {
		if !strings.EqualFold(a[i].text, b[i].text) {
			return false
		}
	}
	return true
}

// contiguous reports whether only white space separates the words: "Phú
// Thịnh 1, Phú Thịnh 2" repeats no phrase.
func contiguous(s string, ws []wordAt) bool {
	for i := 1; i < len(ws); i++ {
		if strings.TrimSpace(s[ws[i-1].end:ws[i].off]) != "" {
			return false
		}
	}
	return true
}

// commaRepeat reports whether the two halves of ws, of three words each
// or more, are parted by white space only, each written with the same
// commas inside, and hold a fixed phrase with a comma (data/phrases.txt):
// "được sửa đổi, bổ sung được sửa đổi, bổ sung", the phrase typed twice. A
// list repeats runs with commas too ("Kỳ thi ĐGTD, Hội đồng thi ĐGTD,
// Hội đồng XTTN"), so the run must hold such a phrase. lex are the first
// half's words.
func commaRepeat(s string, ws []wordAt, lex []*lexeme) bool {
	n := len(ws) / 2
	if n < 3 || strings.TrimSpace(s[ws[n-1].end:ws[n].off]) != "" {
		return false
	}
	run := []string{lex[0].folded()}
	comma := false
	for k := 1; k < n; k++ {
		a, b := strings.TrimSpace(s[ws[k-1].end:ws[k].off]), strings.TrimSpace(s[ws[n+k-1].end:ws[n+k].off])
		if a != b || a != "" && a != "," {
			return false
		}
		if a == "," {
			comma = true
			run = append(run, ",")
		}
		run = append(run, lex[k].folded())
	}
	if !comma {
		return false
	}
	joined := " " + strings.Join(run, " ") + " "
	for _, ph := range commaPhrases() {
		if strings.Contains(joined, ph) {
			return true
		}
	}
	return false
}

// commaPhrases are the fixed phrases of data/phrases.txt that hold a
// comma ("sửa đổi, bổ sung", "cán bộ, công chức"), their folded tokens
// joined by spaces with a space at each end.
var commaPhrases = sync.OnceValue(func() []string {
	var out []string
	for _, toks := range phrases().phrases {
		if slices.Contains(toks, ",") {
			out = append(out, " "+strings.Join(toks, " ")+" ")
		}
	}
	return out
})

// withSegs returns pointers to the segments, so that findings point into
// them.
func withSegs(segs []Seg) []*Seg {
	out := make([]*Seg, len(segs))
	for i := range segs {
		out[i] = &segs[i]
	}
	return out
}

// knownAbbrev are capitals that follow a glued word in real slips:
// "mưuUBND".
var knownAbbrev = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"UBND": true, "HĐND": true, "BCĐ": true, "VHTT": true, "CNTT": true, "TTHC": true, "MTTQ": true, "VNPT": true, "DVC": true, "DVCTT": true, "KT-XH": true, "CT-XH": true, "UBMTTQVN": true, "ĐBQH": true}
})

// mayGlueSyllables reports whether gluedSyllables may part the word,
// whatever words the notice knows: a word in capitals, or of five bytes
// or more with two runs of vowels (twoVowelRuns). The rest are told at
// once, once a word (glueStarts), where gluedSyllables read each of them
// again for each notice.
func mayGlueSyllables(x *lexeme) bool {
	if _, ok := allCapitals(x.text); ok {
		return true
	}
	return len(x.text) >= 5 && twoVowelRuns(x.text)
}

// gluedWords finds a Vietnamese word glued to the next: a lower-case
// syllable with a diacritic, or before a known abbreviation, followed by a
// capital.
func gluedWords(p *Pass) {
	gluedWordsAt(p)
	gluedOthers(p)
}

// gluedWordsAt reports the words glued to the next read at the words of
// glueStarts alone: a word outside it is glued nowhere (gluedAt), and
// gluedSyllables may not part it.
func gluedWordsAt(p *Pass) {
	segs := p.View.textSegs()
	written := textWords(p.View, segs)
	known := knownOrCommon(written) // glued_common.go
	for _, seg := range segs {
		x := p.View.index(seg.Text)
		for _, k := range p.View.startsOf(seg.Text, glueStarts) {
			w := x.words[k]
			i := x.lex[k].gluedAt()
			// A word of glueStarts glued nowhere is one of mayGlueSyllables.
			if i < 0 && seg.Role != RoleArchive && !inWebAddress(seg.Text, w.off, w.end) && !inForeignName(x.words, int(k), seg.Text) {
				i = x.lex[k].syllablesGlued(known, p.View.lexicon().gen) // gluedSyllables(w.text, known), once a word
				if i >= 0 && !partsKnown(w.text[:i], w.text[i:], known, written) {
					continue
				}
			}
			if i >= 0 {
				left, right := w.text[:i], w.text[i:]
				reportGlued(p, seg, w.off+i, left, right)
			}
		}
	}
}

// gluedOthers reports the other kinds of glued words: labels, dates,
// hours, counts, figures.
func gluedOthers(p *Pass) {
	gluedLabel(p)
	gluedDate(p)
	gluedHour(p)
	gluedCount(p)
	gluedFigureWord(p) // glued_figure_word.go
	gluedSlashDate(p)
}

// textWords returns whether a word in small letters stands as a word of
// its own in the text, in any case; the set is built at the first ask.
func textWords(v *View, segs []*Seg) func(string) bool {
	var set map[string]bool
	return func(w string) bool {
		if set == nil {
			set = map[string]bool{}
			for _, seg := range segs {
				for _, l := range v.index(seg.Text).lex {
					set[l.lowered()] = true
				}
			}
		}
		return set[w]
	}
}

// dateWordRe is a word of a date typed against its number: "ngày15/3/2020",
// "tháng3", "năm2020", in a line of capitals "NĂM2022". The word stands
// alone before it, and a code in capitals without the word's marks
// ("NAM2024") is not it.
var dateWordRe = lazyre.New(`(?:^|[^\d\p{L}])([Nn]gày|[Tt]háng|[Nn]ăm|NGÀY|THÁNG|NĂM)\d`)

// gluedDate reports the word of a date glued to its number. In the
// header it looks at the word in capitals only ("LẦN THỨ IX-NĂM2022" of
// an issuer's line): the place and date line's "năm2021" is date-format's.
func gluedDate(p *Pass) {
	segs := p.View.textSegs()
	texts := len(segs)
	for i := range p.View.Header {
		segs = append(segs, &p.View.Header[i])
	}
	for k, seg := range segs {
		if !p.View.dateWordIn(seg.Text) {
			continue
		}
		for _, m := range dateWordRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			left := seg.Text[m[2]:m[3]]
			if k >= texts && left != strings.ToUpper(left) {
				continue
			}
			right := seg.Text[m[3]:]
			if i := strings.IndexFunc(right, unicode.IsSpace); i >= 0 {
				right = right[:i]
			}
			right = strings.TrimRight(right, ".,;:)]\"”’'»")
			reportGlued(p, seg, m[3], left, right)
		}
		if k < texts {
			gluedFigure(p, seg)
		}
	}
}

// dateWordEnds are the ends of the words dateWordRe looks for ("ngày",
// "tháng", "năm", either case of the first letter, or all in capitals).
var dateWordEnds = []string{"gày", "háng", "ăm", "GÀY", "HÁNG", "ĂM"}

// dateWordBeforeDigit reports whether s holds one of dateWordEnds right
// before an ASCII digit, or a date word right after one (figureBefore):
// a text without one has no match of dateWordRe nor of digitDateWord,
// which has no literal prefix and so would be tried at every byte.
func dateWordBeforeDigit(s string) bool {
	for _, end := range dateWordEnds {
		for i := 0; ; {
			j := indexLit(s[i:], end)
			if j < 0 {
				break
			}
			k := i + j + len(end)
			if k < len(s) && s[k] >= '0' && s[k] <= '9' || figureBefore(s, i+j) {
				return true
			}
			i = k
		}
	}
	return false
}

// dateWords are the words that hold one of dateWordEnds.
var dateWords = newWordSet(func(x *lexeme) bool {
	for _, end := range dateWordEnds {
		if strings.Contains(x.text, end) {
			return true
		}
	}
	return false
})

// dateWordIn is dateWordBeforeDigit(s), read from the words of s's index:
// each of dateWordEnds is letters, so that it stands inside a word, and
// only the words that hold one are looked at.
func (v *View) dateWordIn(s string) bool {
	x := v.index(s)
	if !x.valid {
		return dateWordBeforeDigit(s)
	}
	for k, w := range x.words {
		if !x.lex[k].in(dateWords) {
			continue
		}
		for _, end := range dateWordEnds {
			for i := 0; ; {
				j := strings.Index(w.text[i:], end)
				if j < 0 {
					break
				}
				at := w.off + i + j
				k := at + len(end)
				if k < len(s) && s[k] >= '0' && s[k] <= '9' || figureBefore(s, at) {
					return true
				}
				i += j + len(end)
			}
		}
	}
	return false
}

func allLower(s string) bool {
	for _, r := range s {
		if !isLowerRune(r) {
			return false
		}
	}
	return true
}

func hasDiacritic(s string) bool {
	for _, r := range s {
		if r > 127 {
			return true
		}
	}
	return false
}

func leadingCaps(s string) string {
	end := 0
	for i, r := range s {
		if !isUpperRune(r) {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	return s[:end]
}

// doubledRe finds doubled marks: an ellipsis with a period or a
// semicolon, or with a comma before it when a space follows and the
// sentence runs on ("khác,… Các đơn vị", "khu dân cư,… tạo mỹ quan": the
// ellipsis alone ends the list; a list closed by ",…)" or by ",..." at a
// paragraph's end, as Word files write it, is left), four dots, two
// periods, two commas ...
// doubledMarksSet are the marks every match of doubledRe holds one of.
var doubledMarksSet = asciiMarks(".,;:")

var doubledRe = lazyre.New(`(…\.+|\.+…|\.{4,}|;…|;\.\.\.)|(,…|,\.\.\.) |(?:[^.]|^)(\.\.)(?:[^./]|$)|(,,|;;|::|[,;]\.(?:[^.]|$)|\.,)`)

func doubledPunct(p *Pass) {
	segs := p.View.textSegs()
	if v := p.View; v.Archive != nil && v.FromTOML {
		segs = append(segs, v.Archive) // a TOML's archive line, a Seg of its own
	}
	for _, seg := range segs {
		if !p.View.holdsMark(seg.Text, doubledMarksSet) || !hasDoubled(seg.Text) {
			continue
		}
		if seg.Role == RoleArchive && !p.View.FromTOML {
			continue // archive-line says what is wrong with the whole line
		}
		for _, m := range doubledMarks(seg.Text) { // doubledRe().FindAllStringSubmatchIndex(seg.Text, -1)
			off, end := m[2], m[3]
			for k := 4; off < 0 && k < len(m); k += 2 {
				off, end = m[k], m[k+1]
			}
			if inBlank(seg.Text, off, end) || dotLeader(seg.Text, off, end) {
				continue // dots left to fill in: "Mã số:………………"
			}
			p.Report(seg, off, diag.Msg("dấu câu lặp %q", "doubled punctuation %q", seg.Text[off:end]))
		}
	}
	doubledSlash(p)
	periodAroundQuote(p)
}

// periodAroundQuote reports a quotation that ends with a period inside
// its closing mark and another after it ("... hàng hóa.”."): the
// sentence has one end. Each such quotation's first period is one of the
// text's, whose places the rule reads.
func periodAroundQuote(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive {
			continue
		}
		periodsAroundQuote(p.View, seg.Text, func(i int, q string) {
			p.Report(seg, i, diag.Msg("dấu câu lặp %q: dấu chấm ở cả trong và ngoài ngoặc kép", "doubled punctuation %q: a period both inside and after the quotation mark", q),
				diag.Msg("bỏ một trong hai dấu chấm", "drop one of the two periods"))
		})
	}
}

// periodsAroundQuote calls f with the place of each quotation of t that
// ends with a period inside its closing mark and another after it, and
// the three marks, for each of the marks in turn, from the text's places
// of "." (View.places).
func periodsAroundQuote(v *View, t string, f func(i int, q string)) {
	dots := v.places(t, '.')
	if len(dots) < 2 {
		return
	}
	for _, q := range []string{".”.", ".\".", ".’."} {
		from := 0
		for _, d := range dots {
			i := int(d)
			if i < from || !strings.HasPrefix(t[i:], q) {
				continue
			}
			from = i + len(q)
			if strings.HasPrefix(t[from:], ".") || i > 0 && t[i-1] == '.' {
				continue // an ellipsis: "...”." is doubledRe's or lawful
			}
			f(i, q)
		}
	}
}

// leaderPageRe is a page's number after a table of contents' leader.
var leaderPageRe = lazyre.New(`^\s+\d{1,3}(?:\s|$)`)

// dotLeader reports whether the dots at off..end are a table of contents'
// leader: a run of four or more, a space before it and a page's number
// after it ("Điều 20. Phương thức xét tuyển ... THPT ..... 11").
func dotLeader(s string, off, end int) bool {
	return end-off >= 4 && strings.Trim(s[off:end], ".") == "" && off > 0 && s[off-1] == ' ' &&
		leaderPageRe().MatchString(s[end:])
}

// hasDoubled is a quick test for two marks in a row, before the pattern.
func hasDoubled(s string) bool {
	if strings.Contains(s, "…") && (containsLit(s, ";…") || containsLit(s, ",…") || containsLit(s, ".…") || containsLit(s, "….")) {
		return true // an ellipsis is one character of three bytes
	}
	// Two marks in a row hold a mark at an odd byte, with the other
	// before or after it: every other byte is read first.
	for i := 1; i < len(s); i += 2 {
		if punctMark(s[i]) && (punctMark(s[i-1]) || i+1 < len(s) && punctMark(s[i+1])) {
			return true
		}
	}
	return false
}

func punctMark(c byte) bool { return c == '.' || c == ',' || c == ';' || c == ':' }

var glueBracket = lazyre.New(`\p{Ll}\(`)

// glued finds a lower-case letter glued to "(", looking for "(" first.
func glued(s string) [][]int {
	return gluedBrackets(s) // glueBracket().FindAllStringIndex(s, -1)
}

func missingSpace(p *Pass) {
	for _, seg := range p.View.textSegs() {
		for _, m := range glued(seg.Text) {
			if seg.Role == RoleArchive {
				break // "- Lưu: VT, KHTC, Ng(02b).": the drafter's initials and the copies, written as codes
			}
			p.Report(seg, m[1]-1, diag.Msg("thiếu dấu cách trước \"(\"", "a space is missing before \"(\""))
		}
		if seg.Marker == "-" && strings.HasPrefix(seg.Text, "-") && len(seg.Text) > 1 && seg.Text[1] != ' ' {
			p.Report(seg, 1, diag.Msg("thiếu dấu cách sau dấu gạch đầu dòng", "a space is missing after the list dash"))
		}
		if seg.Role != RoleArchive {
			afterMark(p, seg)
			labelSpace(p, seg)
			gluedColon(p, seg)
			gluedQuote(p, seg)
			gluedStraightQuote(p, seg) // mark_space_more.go
			gluedFigureMarks(p, seg)
			gluedMarkBracket(p, seg)
			gluedAfterBracket(p, seg) // mark_space_closed.go: "...gov.vn).Việc"
			gluedEllipsis(p, seg)     // ellipsis_space.go
			gluedListComma(p, seg)    // glued_list_comma.go
		}
	}
	if !p.View.FromTOML {
		if a := p.View.Addressee; a != nil {
			afterMark(p, a) // "Kính gửi: - Các trường Mầm non, Tiểu học,THCS;"
		}
		for i := range p.View.Recips {
			s := &p.View.Recips[i]
			if s.Role == RoleArchive {
				continue // "- Lưu: VT, KHTC, Ng(02b).": the drafter's initials and the copies, written as codes
			}
			for _, m := range glued(s.Text) {
				p.Report(s, m[1]-1, diag.Msg("thiếu dấu cách trước \"(\"", "a space is missing before \"(\""))
			}
		}
		if n := p.View.Name; n != nil {
			degreeGlued(p, n) // "PGS.TS.Trần Đức Viên"
		}
	}
}

// normalization reports text not in NFC once for the file, where it first
// writes a letter with combining marks, with how many fields (TOML: the raw
// source, which the loader normalises) or paragraphs (text: the reader
// normalised it) do.
func normalization(p *Pass) {
	lookalikeLetters(p)
	v := p.View
	if v.FromTOML {
		var first *Seg
		n := 0
		for _, seg := range v.textSegs() {
			if !seg.rawNFC && firstNotNFC(seg.Raw) >= 0 {
				if first == nil {
					first = seg
				}
				n++
			}
		}
		switch {
		case n == 1:
			p.Report(first, 0, diag.Msg("đoạn này có chữ gõ dấu rời (tổ hợp); thongbao đã chuyển về chữ dựng sẵn khi đọc", "this field has letters with combining marks (not NFC); thongbao normalised them on reading"))
		case n > 1: // once for the file, as for a text: a file typed so has it everywhere
			p.Report(first, 0, diag.Msg("tệp có chữ gõ dấu rời (tổ hợp) ở %d đoạn, đầu tiên ở đây; thongbao đã chuyển về chữ dựng sẵn khi đọc", "the file has letters with combining marks (not NFC) in %d fields, first here; thongbao normalised them on reading", n))
		}
		return
	}
	first, n := firstMarked(v, func(seg *Seg) int { return seg.nfd })
	if first != nil {
		p.Report(first, first.nfd-1, diag.Msg("văn bản có chữ gõ dấu rời (tổ hợp) ở %d đoạn, đầu tiên ở đây; thongbao đã chuyển về chữ dựng sẵn khi đọc", "the text has letters with combining marks (not NFC) in "+englishCount(n, "paragraph", "paragraphs")+", first here; thongbao normalised them on reading", n))
	}
}

// firstMarked is, of the paragraphs of a text whose mark (an offset plus
// one, 0 for none) is set, the one marked first in the file, and how many
// are marked.
func firstMarked(v *View, mark func(*Seg) int) (first *Seg, n int) {
	for _, seg := range v.allSegPtrs() {
		if m := mark(seg); m > 0 {
			if first == nil || posBefore(seg.PosAt(m-1), first.PosAt(mark(first)-1)) {
				first = seg
			}
			n++
		}
	}
	return first, n
}

// lookalikeLetters reports, once, a text that writes a letter which is no
// Vietnamese letter for one that is ("ƣ" for "ư", as the text layer of a
// PDF made with a font of before Unicode does): where it first does, and
// in how many paragraphs. The reader read them as the letters they stand
// for, so no other rule is misled.
func lookalikeLetters(p *Pass) {
	v := p.View
	if v.FromTOML {
		for _, seg := range v.textSegs() {
			if wrote, read, ok := firstLookalike(seg.Raw); ok {
				p.Report(seg, 0, diag.Msg("đoạn này dùng chữ %q trông giống %q nhưng không phải chữ tiếng Việt", "this field uses %q, which looks like %q but is no Vietnamese letter", string(wrote), string(read)), lookalikeFix)
			}
		}
		return
	}
	first, n := firstMarked(v, func(seg *Seg) int { return seg.alike })
	if first != nil {
		p.Report(first, first.alike-1, diag.Msg("văn bản dùng chữ %q trông giống %q nhưng không phải chữ tiếng Việt, ở %d đoạn, đầu tiên ở đây; thongbao đã đọc là %q",
			"the text uses %q, which looks like %q but is no Vietnamese letter, in "+englishCount(n, "paragraph", "paragraphs")+", first here; thongbao read it as %q",
			string(first.alikeWrote), string(first.alikeRead), n, string(first.alikeRead)), lookalikeFix)
	}
}

var lookalikeFix = diag.Msg("gõ lại bằng phông chữ Unicode tiếng Việt (TCVN 6909), rồi lưu hoặc xuất PDF lại: chữ trông giống mà khác mã làm sai việc tìm kiếm, sao chép văn bản",
	"retype it in a Vietnamese Unicode font (TCVN 6909), then save or export the PDF again: a look-alike letter breaks searching and copying the text")

// firstLookalike returns the first look-alike letter of s and the letter
// it stands for.
func firstLookalike(s string) (wrote, read rune, ok bool) {
	if !source.HasLookalike(s) {
		return 0, 0, false
	}
	var prev rune
	for _, r := range s {
		if to, ok := source.Lookalike(r, prev); ok {
			return r, to, true
		}
		prev = r
	}
	return 0, 0, false
}

// posBefore reports whether a comes before b in the file.
func posBefore(a, b diag.Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}

// firstNotNFC returns the offset of the first character of s that NFC
// would change, or -1.
func firstNotNFC(s string) int {
	if source.IsNFC(s) {
		return -1
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		if string(seg) != s[start:it.Pos()] {
			return start
		}
	}
	return 0
}

// lookalike finds an abbreviation typed with a look-alike letter: "ƯBND"
// for "UBND", "BCD" for "BCĐ".
func lookalike(p *Pass) {
	for _, seg := range append(p.View.textSegs(), withSegs(p.View.Signer)...) {
		x := p.View.index(seg.Text)
		for i, w := range x.words {
			if x.lex[i].hasLower() {
				continue
			}
			for _, k := range markTwins(w.text) {
				p.Report(seg, w.off, diag.Msg("%q giống %q nhưng khác dấu", "%q looks like %q but its marks differ", w.text, k),
					diag.Msg("viết %q nếu đây là chữ viết tắt đó", "write %q if that is the abbreviation meant", k))
			}
		}
	}
}

// toneStyle reports a text that places tone marks both ways: "Tỉnh uỷ"
// and "Tỉnh ủy".
func toneStyle(p *Pass) {
	saidHeader := toneHeader(p)
	var oldAt, newAt *Seg
	var oldOff, newOff int
	var oldWord, newWord string
	for _, seg := range p.View.textSegs() {
		x := p.View.index(seg.Text)
		for i, w := range x.words {
			switch x.lex[i].toneKind() { // toneOf
			case toneOld:
				if oldAt == nil {
					oldAt, oldOff, oldWord = seg, w.off, w.text
				}
			case toneNew:
				if newAt == nil {
					newAt, newOff, newWord = seg, w.off, w.text
				}
			}
		}
	}
	if oldAt != nil && newAt != nil {
		p.Report(newAt, newOff, diag.Msg("\"%s\" đặt dấu kiểu mới, nhưng \"%s\" (%s) đặt kiểu cũ", "%q places its mark the new way, but %q (%s) the old way", newWord, oldWord, posOf(oldAt, oldOff)))
		return
	}
	if newAt != nil && !saidHeader {
		toneNationName(p, newAt, newOff, newWord)
	}
}

// endsInPair reports whether w ends in o/u and a vowel, or a vowel and y:
// the only words toneStyle must fold.
func endsInPair(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	if n == 0 || len(w) == n {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(w[:len(w)-n])
	b, pb := baseOf(r), baseOf(p)
	return (pb == 'o' && (b == 'a' || b == 'e')) || (pb == 'u' && b == 'y')
}

// movable reports whether a word is one whose tone mark can sit on either
// vowel: "hòa"/"hoà", "ủy"/"uỷ".
func movable(w string) bool {
	for _, pair := range []string{"òa", "óa", "ỏa", "õa", "ọa", "òe", "óe", "ỏe", "õe", "ọe", "ùy", "úy", "ủy", "ũy", "ụy"} {
		if strings.HasSuffix(w, pair) {
			return true
		}
	}
	return false
}

func posOf(s *Seg, off int) diag.Text { return lineText(s.PosAt(off).Line) }

var decimalPoint = lazyre.New(`\b\d+\.\d{1,2}/\d+\b`)
var decimalComma = lazyre.New(`\b\d+,\d{1,2}/\d+\b`)

// scoreTail reports whether s starts with one or two digits, a slash and
// a digit.
func scoreTail(s string) bool {
	n := 0
	for n < 2 && n < len(s) && isDigit(s[n]) {
		n++
	}
	return n > 0 && n+1 < len(s) && s[n] == '/' && isDigit(s[n+1])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// decimalMixed reports scores written with a decimal point where others
// use the comma: "0.93/20" beside "41,29/100". Every figure it and its
// readings report holds a full stop with a figure on each side (a
// score's, a measure's, a degree's, a share's or a sum's "0.93", a
// group's "7.441.3", "3.0636,6", "6,812.4"), and all read v.Texts(): its
// gate, needs(trigDigitPoint), asks for one in the notice's text first.
func decimalMixed(p *Pass) {
	comma := false
	segs := p.View.textSegs()
	for _, seg := range segs {
		comma = comma || p.View.mayHoldDecimal(seg.Text, ',') && decimalComma().MatchString(seg.Text)
	}
	for _, seg := range segs {
		if !p.View.mayHoldDecimal(seg.Text, '.') {
			continue
		}
		for _, m := range decimalPoint().FindAllStringIndex(seg.Text, -1) {
			num := seg.Text[m[0]:m[1]]
			msg := diag.Msg("số thập phân %q dùng dấu chấm", "the decimal %q uses a point", num)
			if comma {
				msg = diag.Msg("số thập phân %q dùng dấu chấm, chỗ khác dùng dấu phẩy", "the decimal %q uses a point where others use a comma", num)
			}
			right := strings.Replace(num, ".", ",", 1)
			p.Report(seg, m[0], msg, diag.Msg("viết %q (tiếng Việt dùng dấu phẩy thập phân)", "write %q (Vietnamese uses a decimal comma)", right))
		}
	}
	for _, seg := range segs {
		if seg.Role != RoleArchive && strings.IndexByte(seg.Text, '.') >= 0 {
			decimalGrouped(p, seg) // decimal_grouped.go: "7.441.3"
			if strings.IndexByte(seg.Text, ',') >= 0 {
				decimalBadGroup(p, seg) // decimal_bad_group.go: "3.0636,6"
				decimalEnglish(p, seg)  // decimal_english.go: "6,812.4"
			}
		}
	}
	decimalScores(p)   // decimal_scores.go
	decimalMeasures(p) // decimal_measures.go
	decimalDegrees(p)  // decimal_measures.go
	decimalPercents(p) // decimal_percent.go
	decimalMoneys(p)   // decimal_money.go
}

func duplicateNote(p *Pass) {
	seen := map[string]*Seg{}
	for _, seg := range withSegs(p.View.Notes) {
		k := cite.Fold(strings.TrimLeft(seg.Text, "0123456789 "))
		if f, ok := seen[k]; ok {
			p.Report(seg, 0, diag.Msg("chú thích này trùng chú thích ở %s", "this footnote repeats the one at %s", posOf(f, 0)))
			continue
		}
		seen[k] = seg
	}
}

// reportGlued says left glued to right at byte at of seg, and to part
// them with a space: one wording for every kind of glued pair.
func reportGlued(p *Pass, seg *Seg, at int, left, right string) {
	p.Report(seg, at, diag.Msg("\"%s\" dính liền \"%s\"", "%q is glued to %q", left, right),
		diag.Msg("viết \"%s %s\"", "write \"%s %s\"", left, right))
}
