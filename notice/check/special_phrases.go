package check

import (
	_ "embed"
	"fmt"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

//go:embed data/special-nouns.txt
var specialPhraseData string

// specialPhrase is a phrase of data/special-nouns.txt.
type specialPhrase struct {
	words  []string // as written
	folded []string
	part   string // the part of Phụ lục II: "V.8"
	fixed  bool   // the first word's case is fixed but where a sentence begins
	end    bool   // said only when no word in small letters follows
	day    bool   // in small letters, said only beside a date or a part of the day
	dated  bool   // said only where the holiday's day and month follow ("1/5")
	// generic: the first word is a common noun before a name ("miền
	// Trung"), said only where it takes a capital inside a sentence,
	// outside a body's name ("Trường Cao đẳng Miền Nam").
	generic bool
	// title: a post said only where its first word takes its capital
	// ("Thứ Trưởng", "Bộ Trưởng"): in small letters its first word may
	// close another word ("cán bộ Trưởng thôn", "nhiệm vụ Trưởng ban").
	title    bool
	notAfter []string // folded words after which it is left alone
}

// specialPhrases are the phrases by their first folded word, longest
// first.
var specialPhrases = sync.OnceValue(func() map[string][]specialPhrase { return readSpecialPhrases(specialPhraseData) })

// specialHeads are the folded first words of the special phrases.
var specialHeads = newWordSet(func(x *lexeme) bool { return len(specialPhrases()[x.folded()]) > 0 })

func readSpecialPhrases(data string) map[string][]specialPhrase {
	m := map[string][]specialPhrase{}
	for _, f := range dataRows("data/special-nouns.txt", data, 3) {
		ph := specialPhrase{words: strings.Fields(f[0]), folded: strings.Fields(cite.Fold(f[0])), part: f[1]}
		for fl := range strings.FieldsSeq(f[2]) {
			switch {
			case fl == "fixed":
				ph.fixed = true
			case fl == "end":
				ph.end = true
			case fl == "day":
				ph.day = true
			case fl == "dated":
				ph.dated = true
			case fl == "generic":
				ph.generic = true
			case fl == "title":
				ph.title = true
			case strings.HasPrefix(fl, "notafter="):
				ph.notAfter = strings.Split(cite.Fold(strings.TrimPrefix(fl, "notafter=")), "|")
			}
		}
		m[ph.folded[0]] = append(m[ph.folded[0]], ph)
	}
	longestFirst(m, func(x specialPhrase) int { return len(x.words) })
	return m
}

// specialPhraseCase reports a phrase of data/special-nouns.txt written
// with other capitals: "thứ bảy và chủ nhật", "Tết Nguyên Đán", "ngày
// Quốc tế lao động", "Chủ Tịch", "cờ tổ quốc". Lines in capitals and
// quoted passages are left alone.
func specialPhraseCase(p *Pass) {
	v := p.View
	for _, seg := range capsSegs(v) {
		x := v.index(seg.Text)
		for i := 0; i < len(x.words); i++ {
			if !x.lex[i].in(specialHeads) {
				continue // specialAt's first test, without building its answer for every word
			}
			ph, ok := specialAt(x, i)
			if !ok {
				continue
			}
			end := i + len(ph.words)
			if fixed, wrong := specialFixed(seg.Text, x, i, ph); wrong && !quoted(seg.Text, x.words[i].off) && !inWrongOfficial(v, seg, x.words[i].off) {
				written := seg.Text[x.words[i].off:x.words[end-1].end]
				why := specialWhy(ph.part)
				msg := diag.Text{VI: fmt.Sprintf("%q viết là %q: %s", written, fixed, why.VI), EN: fmt.Sprintf("%q is written %q: %s", written, fixed, why.EN)}
				p.ReportAtRef(seg.PosAt(x.words[i].off), diag.RefCapitals+", "+partRef(ph.part), msg, diag.Msg("viết %q", "write %q", fixed))
			}
			i = end - 1
		}
	}
}

// specialAt returns the longest phrase whose words stand at word i of x,
// whatever their case.
func specialAt(x *textIndex, i int) (specialPhrase, bool) {
	if !x.lex[i].in(specialHeads) {
		return specialPhrase{}, false
	}
	for _, ph := range specialPhrases()[x.lex[i].folded()] {
		if i+len(ph.words) > len(x.words) {
			continue
		}
		ok := true
		for k := 1; k < len(ph.words) && ok; k++ {
			ok = x.spaced[i+k] && x.lex[i+k].folded() == ph.folded[k]
		}
		if ok {
			return ph, true
		}
	}
	return specialPhrase{}, false
}

// specialFixed returns the phrase at word i as it should be written, and
// whether it is written otherwise where the phrase can only be itself.
func specialFixed(s string, x *textIndex, i int, ph specialPhrase) (string, bool) {
	end := i + len(ph.words)
	words := x.words[i:end]
	caps := true
	for k := range words {
		caps = caps && x.lex[i+k].allCaps()
	}
	if caps {
		return "", false // a line or a phrase in capitals
	}
	if i > 0 && slices.Contains(ph.notAfter, x.lex[i-1].folded()) {
		return "", false
	}
	if ph.title && !startsUpper(words[0].text) {
		return "", false
	}
	if ph.title && len(words) > 2 && x.lex[i+1].title() && kindCompounds()[x.lex[i].folded()+" "+x.lex[i+1].folded()] && startsLower(words[2].text) {
		return "", false // "Tổng Cục trưởng": official-name says the kind's "Cục" (kindSyllableCase)
	}
	if last := len(words) - 1; ph.title && startsUpper(ph.words[last]) && !startsUpper(words[last].text) {
		return "", false // "Trưởng Phòng phòng Giáo dục": the body's kind in a small letter, not a post in title case
	}
	if ph.end && end < len(x.words) && x.spaced[end] && startsLower(x.words[end].text) && !capitalInside(words, ph) {
		return "", false
	}
	if ph.dated && !holidayDate().MatchString(s[words[len(words)-1].end:]) {
		return "", false
	}
	start := phraseStartsSentence(s, words[0].off)
	if ph.generic {
		if start || !startsUpper(words[0].text) || inBodyName(x, i) {
			return "", false
		}
		return recase(words[0].text, false) + s[words[0].end:words[len(words)-1].end], true
	}
	var b strings.Builder
	wrong := false
	for k, w := range words {
		want := ph.words[k]
		if k == 0 && (!ph.fixed || start) {
			want = recase(want, startsUpper(w.text))
		}
		if want != w.text && cite.Fold(want) == cite.Fold(w.text) {
			wrong = wrong || startsUpper(want) != startsUpper(w.text)
			want = recase(w.text, startsUpper(want)) // keep the text's tone marks
		}
		if k > 0 {
			b.WriteString(s[words[k-1].end:w.off])
		}
		b.WriteString(want)
	}
	if ph.day && ordinalAt(s, x, i, end) && !weekdayAfterNgay(x, i, end, start) {
		return "", false // "lần thứ hai", "khóa thứ ba": an ordinal, not a day
	}
	if wrong && ph.day && !startsUpper(words[len(words)-1].text) && !dayContext(s, x, i, end) && !weekdayAfterNgay(x, i, end, start) {
		return "", false
	}
	return b.String(), wrong
}

// weekdayAfterNgay reports whether the day at word i of x stands after
// "ngày" with its "Thứ" capitalised inside a sentence ("kể cả ngày Thứ
// bảy"): "ngày thứ bảy" in small letters may be the seventh day, but
// that ordinal takes no capital; "lần Thứ Hai" is left to be what it is,
// as is "ngày Thứ Hai của Hội nghị" (ordinalOf).
func weekdayAfterNgay(x *textIndex, i, end int, start bool) bool {
	if end < len(x.words) && ordinalOf()[x.lex[end].lowered()] {
		return false // "ngày Thứ Hai của Hội nghị": the conference's second day, its capitals another slip
	}
	return !start && i > 0 && x.lex[i-1].lowered() == "ngày" && startsUpper(x.words[i].text)
}

// ordinalOf, right after "ngày thứ hai", makes it the second day of
// something: "ngày Thứ Hai của Hội nghị", "ngày thứ ba trong đợt".
var ordinalOf = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"của": true, "trong": true, "kể": true}
})

// capitalInside reports whether a word after the first of a phrase is
// written with a capital where the phrase has a small letter ("của Chính
// Phủ"): wrong whatever follows, where the phrase in small letters ("của
// chính phủ điện tử") may be another.
func capitalInside(words []wordAt, ph specialPhrase) bool {
	for k := 1; k < len(words); k++ {
		if startsUpper(words[k].text) && !startsUpper(ph.words[k]) {
			return true
		}
	}
	return false
}

// phraseStartsSentence reports whether byte off of s starts a sentence
// or a point: nothing but a list marker before it, or a stop or a colon,
// or a tab: Word's Save as Plain Text parts a table's cells by tabs, and a
// cell begins as a sentence does ("1\tThứ Hai, ngày 14 tháng 12 năm
// 2026\tThôn Đồng Tỉnh").
func phraseStartsSentence(s string, off int) bool {
	head := strings.TrimRight(s[:off], " ")
	if strings.HasSuffix(head, "\t") {
		return true
	}
	if head == "" || cite.HasMarker(s) && strings.TrimSpace(s[:off]) == strings.TrimSpace(markerOf(s)) {
		return true
	}
	if strings.Trim(head, "-+•*–. ") == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return strings.ContainsRune(".:!?“\"", r)
}

// dayAround is what shows that "thứ bảy" in small letters is a day of the
// week: a date after it, in figures or written out ("thứ bảy, ngày 25
// tháng 4 năm 2015"), or "Chủ nhật" after "và", "hoặc" or a comma
// ("trừ thứ bảy, Chủ nhật").
var dayAround = lazyre.New(`^\s*,?\s*(?:\(?\s*(?:ngày\s+)?\d{1,2}(?:[/\-.]\d|\s+tháng\s+\d)|(?:(?:và|hoặc)\s+)?[Cc]hủ\s+nhật)`)

// dateBefore is a date just before a day of the week in brackets:
// "ngày 28/11/2023 (thứ ba)", "ngày 02 tháng 12 năm 2023 (thứ bảy".
var dateBefore = lazyre.New(`(?:\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?|năm\s+\d{4})\s*\(\s*$`)

// inBodyName reports whether word i of x stands in a body's name: one of
// the words that open one ("Trường", "Công ty", "Ban") among the seven
// words before it, with only spaces between ("Công ty Đấu giá hợp danh
// Miền Trung").
func inBodyName(x *textIndex, i int) bool {
	for k := i - 1; k >= 0 && k >= i-7 && x.spaced[k+1]; k-- {
		if w := x.words[k].text; bodyHeads()[w] && (w != "Trung" || x.words[k+1].text == "tâm") {
			return true // "Trung" opens "Trung tâm", not "miền Trung"
		}
	}
	return false
}

// holidayDate is a holiday's day and month right after its name: "1/5",
// "(30/4)", "20-11".
var holidayDate = lazyre.New(`^\s*\(?\s*\d{1,2}\s*[/\-]\s*\d{1,2}\b`)

// dayParts stand before a day of the week: "sáng thứ bảy", "vào thứ
// hai", "các thứ bảy", "trừ thứ bảy" (an ordinal follows its noun: "trừ
// lần thứ hai").
var dayParts = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"sáng": true, "chiều": true, "tối": true, "trưa": true, "đêm": true, "nhằm": true, "các": true, "vào": true, "trừ": true}
})

// dayAfter follows a day of the week that recurs: "thứ hai hằng tuần".
var dayAfter = lazyre.New(`^\s+(?:hằng|hàng)\s+tuần`)

// dayContext reports whether the words around words i to end show a day
// of the week.
func dayContext(s string, x *textIndex, i, end int) bool {
	if i > 0 && x.spaced[i] && dayParts()[x.lex[i-1].lowered()] {
		return true
	}
	if i > 1 && x.spaced[i] && x.spaced[i-1] && x.lex[i-1].lowered() == "ngày" && manyDays()[x.lex[i-2].lowered()] {
		return true // "các ngày thứ bảy"
	}
	rest := s[x.words[end-1].end:]
	return dayAround().MatchString(rest) || dayAfter().MatchString(rest) || dateBefore().MatchString(s[:x.words[i].off])
}

// ordinalNouns are the nouns an ordinal "thứ hai" counts: "lần thứ
// hai", "khóa thứ ba", "năm thứ hai", "điều thứ năm", "kỳ họp thứ hai",
// "Hội nghị thứ bảy", "Đại hội thứ hai", "phiên họp thứ ba" (a date may
// follow these: "tại Kỳ họp thứ hai, ngày 14 tháng 11 năm 2022").
var ordinalNouns = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"lần": true, "khóa": true, "khoá": true, "kỳ": true, "kì": true, "năm": true, "đợt": true, "lớp": true, "người": true, "phần": true, "điều": true, "vòng": true, "đoạn": true, "bước": true,
		"hạng": true, "tầng": true, "cấp": true, "tuần": true, "tháng": true, "ngày": true, "buổi": true, "chương": true, "mục": true, "khoản": true, "tập": true, "số": true, "vị": true, "đời": true, "họp": true, "nghị": true, "hội": true, "phiên": true}
})

// manyDays before "ngày" make "ngày thứ bảy" a day of the week that
// recurs: "các ngày thứ bảy", "những ngày thứ hai".
var manyDays = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"các": true, "những": true, "mọi": true}
})

// ordinalAt reports whether "thứ hai" at words i to end is an ordinal:
// right after a noun it counts ("lần thứ hai", "khóa thứ ba"). "ngày
// thứ hai" is an ordinal ("ngày thứ hai của hội nghị") but after "các",
// "những" or before a date ("ngày thứ hai, 11/3/2024").
func ordinalAt(s string, x *textIndex, i, end int) bool {
	if i == 0 || !x.spaced[i] || !ordinalNouns()[x.lex[i-1].lowered()] {
		return false
	}
	if x.lex[i-1].lowered() != "ngày" {
		return true
	}
	if i > 1 && x.spaced[i-1] && manyDays()[x.lex[i-2].lowered()] {
		return false
	}
	return !dayAround().MatchString(s[x.words[end-1].end:])
}

// partRef writes a part of Phụ lục II as a clerk looks it up: "V.8" is
// "Mục V, khoản 8".
func partRef(part string) string {
	sec, k, ok := strings.Cut(part, ".")
	if !ok {
		return "Mục " + sec
	}
	return "Mục " + sec + ", khoản " + k
}

// specialWhy says why, by the part of Phụ lục II.
func specialWhy(part string) diag.Text {
	switch part {
	case "V.8":
		return diag.Msg("tên ngày trong tuần, tháng, ngày tết viết hoa chữ cái đầu của âm tiết chỉ tên", "days of the week, months and the tết capitalise the syllable that names them")
	case "V.5":
		return diag.Msg("tên ngày lễ, ngày kỷ niệm viết hoa chữ cái đầu của các âm tiết tạo thành tên gọi", "holidays capitalise the syllables of their name")
	case "V.2":
		return diag.Msg("tên huân chương và từ chỉ hạng viết hoa", "an order's name and its class take capitals")
	case "V.3":
		return diag.Msg("tên chức vụ chỉ viết hoa chữ cái đầu", "a title capitalises its first letter only")
	case "V.4":
		return diag.Msg("danh từ chung đã riêng hóa viết hoa", "a common noun made a name takes its capital")
	case "I":
		return diag.Msg("danh từ chung chỉ viết hoa ở đầu câu", "a common noun takes a capital only where a sentence begins")
	case "III.1":
		return diag.Msg("danh từ chung đứng trước tên gọi của vùng, miền viết thường, như \"ngày Giải phóng miền Nam\"", "the common noun before the name of a region takes no capital, as in \"ngày Giải phóng miền Nam\"")
	}
	return diag.Msg("tên riêng viết hoa đúng quy định", "a name takes its capitals as the decree writes them")
}
