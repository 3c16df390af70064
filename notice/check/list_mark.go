package check

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "list-mark", Severity: diag.Warning, Ref: diag.RefParts, Run: listMark,
		Title: diag.Msg("khoản đánh số \"1.\", điểm đánh \"a)\", các ý cùng cấp dùng một loại dấu đầu dòng",
			"a khoản is numbered \"1.\", a điểm lettered \"a)\", and the points of one list share one mark"),
		Help: diag.Msg("đánh khoản bằng chữ số Ả Rập và dấu chấm (\"1.\"), điểm bằng chữ cái tiếng Việt và dấu đóng ngoặc đơn (\"a)\"), ý nhỏ hơn bằng gạch đầu dòng \"-\"",
			"number a khoản with an Arabic numeral and a period (\"1.\"), letter a điểm with a Vietnamese letter and a closing bracket (\"a)\"), mark smaller points with the hyphen \"-\"")})
}

// listMark reports, once per list, the marks the decree does not write:
// khoản numbered "1/", "2/", "1)", "2)" or "1-", "2-" (Phụ lục I, Mục II, khoản 6, điểm đ: an
// Arabic numeral and a period), điểm lettered "a.", "b." or "a/" (a
// Vietnamese letter and a closing bracket), the dashes of one list
// written two ways ("-" beside "–", or a "*" among them), and a Kính gửi
// whose lines start with another mark than "-" (khoản 9, điểm d).
//
// Left alone, as lawful or common practice: "I.", "II." headings, "1.1."
// sub-numbers (Kế hoạch and the offices' own files number so), "+" under
// "-" (the usual second level), a list marked throughout with "–", "*" or
// "•" (a Word or web page list's bullet, which the decree does not
// regulate), "*" over dashed points or before a note ("* Lưu ý:"),
// dates and figures at a line's start ("1/2026", "2/9"), tables and
// quoted text.
func listMark(p *Pass) {
	v := p.View
	if v.FromTOML || v.Unreadable {
		return
	}
	quoted := v.quotationsIn(v.textSegs()).inside
	var starts []lineStart
	for i := range v.Body {
		s := &v.Body[i]
		if s.Role == RoleCell || quoted[s.PosAt(0)] {
			starts = append(starts, lineStart{}) // ends every list
			continue
		}
		starts = append(starts, lineStarts(s)...)
	}
	styledMarks(p, starts, slashNumbers)
	styledMarks(p, starts, slashRomans)
	styledMarks(p, starts, parenNumbers)
	if !v.Party {
		styledMarks(p, starts, dashNumbers) // the Party's own "1-" (Hướng dẫn 36-HD/VPTW)
	}
	styledMarks(p, starts, dotLetters)
	strayMarks(p, starts, v.Party)
	bareMarks(p)     // list_mark_bare.go: "1 Trong tháng 11" before "2. ..."
	spacedPeriods(p) // list_mark_slipped.go: "4 . Thời gian" after "3."
	dashRuns(p, starts)
	if v.Addressee != nil {
		addresseeMarks(p, v.Addressee)
	}
}

// lineStart is where a line of the source starts inside a paragraph:
// the paragraph (nil for a break, a table or a quotation) and the offset.
// first: the line starts the paragraph; after: the last character of
// the line before (0 for the first line).
type lineStart struct {
	seg      *Seg
	off, end int
	first    bool
	after    rune
}

// text is the line's text, up to the next line of the paragraph.
func (l lineStart) text() string { return l.seg.Text[l.off:l.end] }
func (l lineStart) line() int    { return l.seg.LineAt(l.off) }

// lineStarts returns the lines of the source a paragraph was read from:
// its start and every offset after a joining space whose line differs
// from the text before it.
func lineStarts(s *Seg) []lineStart {
	lead := len(s.Text) - len(strings.TrimLeft(s.Text, " \t\u00a0"))
	out := []lineStart{{seg: s, off: lead, first: true}}
	if s.oneLine {
		out[0].end = len(s.Text)
		return out
	}
	last := -1 // the last byte that is not a space
	for i := 0; i < len(s.Text); i++ {
		c := s.Text[i]
		if c == ' ' || c == '\t' {
			continue
		}
		if last >= 0 && i > last+1 && s.LineAt(i) != s.LineAt(last) {
			r, _ := utf8.DecodeLastRuneInString(s.Text[:last+1])
			out[len(out)-1].end = last + 1
			out = append(out, lineStart{seg: s, off: i, after: r})
		}
		last = i
	}
	out[len(out)-1].end = len(s.Text)
	return out
}

var (
	// slashNumberRe is a point numbered "1/ ", "1/. " or "1/- ": the
	// number, the slash, a period, a hyphen or none, a space, a word. A
	// date or a figure ("1/2026", "2/9") has none.
	// "1./ " (r71) is the same slash after the decree's period.
	slashNumberRe = lazyre.New(`^(\d{1,2})(/[.-]?|\./)[ \t\x{00A0}]+\p{L}`)
	// slashRomanRe is a part numbered "I/ " or "II/. ": the Roman
	// numeral, the slash, a period or none, a space, a word. "V/v" has no
	// space after the slash, and a list starts only at "I/".
	slashRomanRe = lazyre.New(`^([IVX]{1,4})/(\.?)[ \t\x{00A0}]+\p{L}`)
	// dashNumberRe is a point numbered "1- ": the number, a hyphen or a
	// dash glued to it, a space, a word. A range ("1-2 ngày", "1 - 2")
	// has no space after the dash, or one before it.
	dashNumberRe = lazyre.New(`^(\d{1,2})([-–])[ \t\x{00A0}]+\p{L}`)
	// parenNumberRe is a point numbered "1) ": the number, the closing
	// bracket, a space, a word.
	parenNumberRe = lazyre.New(`^(\d{1,2})\)[ \t\x{00A0}]+\p{L}`)
	// dotLetterRe is a point lettered "a. ", "a/ " or "a/. " (r71): "a/c"
	// (anh, chị) has no space after the slash.
	dotLetterRe = lazyre.New(`^([a-zđ])(\.|/\.?)[ \t\x{00A0}]+\p{L}`)
)

// markItem is a point of a list as written: where, and its mark.
type markItem struct {
	at   lineStart
	mark string
}

// markStyle is a way of numbering points the decree does not write: how
// a line starts with it, the place of a point's number or letter (from
// 1; 0 for none), its mark as written, the mark the i-th point must have
// instead, and what to say.
type markStyle struct {
	re         func() *regexp.Regexp
	index      func(m []string) int
	mark       func(m []string) string // as written: "1/", "a."
	want       func(i int) string
	what, rule diag.Text
}

var (
	// slashNumbers are points numbered "1/", "2/" (or "1./").
	slashNumbers = markStyle{re: slashNumberRe,
		index: func(m []string) int { n, _ := strconv.Atoi(m[1]); return n },
		mark:  func(m []string) string { return m[1] + m[2] },
		want:  func(i int) string { return strconv.Itoa(i) + "." },
		what:  diag.Msg("khoản", "khoản"),
		rule:  diag.Msg("khoản phải đánh số bằng chữ số Ả Rập, sau có dấu chấm", "a khoản takes an Arabic numeral followed by a period")}
	// slashRomans are parts numbered "I/", "II/": the decree's Roman
	// numeral takes a period, as "I.", "II." headings write it.
	slashRomans = markStyle{re: slashRomanRe,
		index: func(m []string) int { return cite.RomanValue(m[1]) },
		mark:  func(m []string) string { return m[1] + "/" + m[2] },
		want:  func(i int) string { return cite.Roman(i) + "." },
		what:  diag.Msg("mục", "parts"),
		rule:  diag.Msg("mục đánh số La Mã, sau có dấu chấm", "a part takes a Roman numeral followed by a period")}
	// dashNumbers are points numbered "1-", "2-".
	dashNumbers = markStyle{re: dashNumberRe,
		index: func(m []string) int { n, _ := strconv.Atoi(m[1]); return n },
		mark:  func(m []string) string { return m[1] + m[2] },
		want:  func(i int) string { return strconv.Itoa(i) + "." },
		what:  diag.Msg("khoản", "khoản"),
		rule:  diag.Msg("khoản phải đánh số bằng chữ số Ả Rập, sau có dấu chấm", "a khoản takes an Arabic numeral followed by a period")}
	// parenNumbers are points numbered "1)", "2)": the bracket of a điểm
	// on a khoản's number.
	parenNumbers = markStyle{re: parenNumberRe,
		index: func(m []string) int { n, _ := strconv.Atoi(m[1]); return n },
		mark:  func(m []string) string { return m[1] + ")" },
		want:  func(i int) string { return strconv.Itoa(i) + "." },
		what:  diag.Msg("khoản", "khoản"),
		rule:  diag.Msg("khoản phải đánh số bằng chữ số Ả Rập, sau có dấu chấm", "a khoản takes an Arabic numeral followed by a period")}
	// dotLetters are points lettered "a.", "b." or "a/", "b/" or "a/.",
	// "b/.".
	dotLetters = markStyle{re: dotLetterRe,
		index: func(m []string) int { return cite.LetterIndex(m[1]) },
		mark:  func(m []string) string { return m[1] + m[2] },
		want:  func(i int) string { return cite.Letter(i) + ")" },
		what:  diag.Msg("điểm", "điểm"),
		rule:  diag.Msg("điểm phải đánh bằng chữ cái tiếng Việt, sau có dấu đóng ngoặc đơn", "a điểm takes a Vietnamese letter followed by a closing bracket")}
)

// styledMarks reports each list of points marked in style: a list starts
// at its first number or letter and goes on with the next.
func styledMarks(p *Pass, starts []lineStart, style markStyle) {
	var list []markItem
	next := 0
	flush := func() {
		if len(list) > 0 {
			reportMarks(p, list, style)
		}
		list, next = nil, 0
	}
	for _, l := range starts {
		if l.seg == nil {
			continue
		}
		m := style.re().FindStringSubmatch(l.text())
		if m == nil {
			continue
		}
		n := style.index(m)
		if n != next+1 || n == 1 {
			flush()
		}
		if n != 1 && n != next+1 {
			continue
		}
		list = append(list, markItem{l, style.mark(m)})
		next = n
	}
	flush()
}

// reportMarks says one list's marks at its first point: the marks as
// written, their lines, the marks they must be.
func reportMarks(p *Pass, list []markItem, style markStyle) {
	var marks, wants []string
	for i, it := range list {
		if i < 3 {
			marks = append(marks, strconv.Quote(it.mark))
			wants = append(wants, strconv.Quote(style.want(i+1)))
		}
	}
	if len(list) > 3 {
		marks, wants = append(marks, "..."), append(wants, "...")
	}
	where := itemLines(list)
	first := list[0].at
	vi, en := "các %s đánh %s (%s); %s: %s", "the %s are marked %s (%s); %s: %s"
	if len(list) == 1 {
		vi, en = "%s đánh %s (%s); %s: %s", "the %s is marked %s (%s); %s: %s"
	}
	p.Report(first.seg, first.off, diag.Msg(vi, en,
		style.what, strings.Join(marks, ", "), where, style.rule, strings.Join(wants, ", ")),
		diag.Msg("viết %s", "write %s", strings.Join(wants, ", ")))
}

// itemLines names the lines of a list's points: "dòng 10, 14, 16".
func itemLines(list []markItem) diag.Text {
	var ls []string
	for _, it := range list {
		if n := strconv.Itoa(it.at.line()); len(ls) == 0 || ls[len(ls)-1] != n {
			ls = append(ls, n)
		}
	}
	if len(ls) == 1 {
		return diag.Msg("dòng %s", "line %s", ls[0])
	}
	return diag.Msg("các dòng %s", "lines %s", strings.Join(ls, ", "))
}

// bulletMark returns the dash or bullet a line starts with ("-", "–",
// "—", "+", "*", "•", "_"), "" when none. A "*" counts only before a
// space and when the paragraph holds no other "*" (Markdown's or a
// copy's emphasis: "*Căn cứ ...*", "**1. Chủ trì:**"); a dash only
// before a space or a letter, never in a rule line ("–––").
func bulletMark(l lineStart) string {
	t := l.text()
	r, n := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("-–—+*•_", r) {
		return ""
	}
	rest := t[n:]
	after, _ := utf8.DecodeRuneInString(rest)
	switch {
	case r == '*':
		if after != ' ' && after != '\u00a0' || strings.Count(l.seg.Text, "*") > 1 {
			return ""
		}
	case after == ' ' || after == '\t' || after == '\u00a0':
	case isLetter(after):
	default:
		return ""
	}
	if strings.TrimLeft(rest, " \t\u00a0") == "" {
		return ""
	}
	return string(r)
}

// dashRuns reads the runs of dashed points, a line of another kind
// ending each, and reports the runs whose points are marked two ways.
// Only the first line of a paragraph counts, or a line after one that
// ends a clause, so that a dash a line wraps before ("2019\n- 2020")
// is no point. A "*" that starts a line of a text read as Markdown (a
// .md, or paragraphs parted by blank lines) is Markdown's bullet and is
// gone from the text the rules read.
func dashRuns(p *Pass, starts []lineStart) {
	var run []markItem
	for _, l := range starts {
		m := ""
		if l.seg != nil && (l.first || strings.ContainsRune(".;:!?", l.after)) {
			m = bulletMark(l)
		}
		if m == "" {
			judgeDashes(p, run)
			run = nil
			continue
		}
		run = append(run, markItem{l, m})
	}
	judgeDashes(p, run)
}

// judgeDashes reports a run of points that writes its dashes two ways,
// the hyphen "-" beside the en or em dash "–", "—" (points that lead into
// others with ":" are not counted: they may stand a level above), or
// that puts a "*" point among two or more dashed ones with no "*" over
// them ("– ...", "– ...", "* ..."); a "*" before a note ("* Lưu ý:") is
// the note's.
func judgeDashes(p *Pass, run []markItem) {
	if len(run) < 2 {
		return
	}
	byMark := map[string][]markItem{}
	for _, it := range run {
		if strings.HasSuffix(strings.TrimSpace(it.at.text()), ":") {
			continue
		}
		byMark[it.mark] = append(byMark[it.mark], it)
	}
	hyphen, long := byMark["-"], append(byMark["–"], byMark["—"]...)
	if len(hyphen) > 0 && len(long) > 0 {
		odd, usual := long, hyphen
		if len(long) > len(hyphen) {
			odd, usual = hyphen, long
		}
		reportMixed(p, odd, usual, diag.Msg("viết gạch đầu dòng \"-\" cho mọi ý cùng cấp; ý nhỏ hơn dùng \"+\"",
			"mark every point of the level with the hyphen \"-\"; a point below them takes \"+\""))
		return
	}
	stars := strayStars(run)
	for _, dash := range [][]markItem{hyphen, long} {
		if len(stars) > 0 && len(dash) >= 2 {
			reportMixed(p, stars, dash, diag.Msg("viết %q như các ý khác của danh sách", "write %q as the other points of the list have it", dash[0].mark))
			return
		}
	}
}

// strayStars returns the "*" points of a run that stand as its dashed
// points do: after them, leading into nothing, no note; none when a "*"
// point of the run leads into the dashed points (a level above them).
func strayStars(run []markItem) []markItem {
	var out []markItem
	dashes := 0
	for i, it := range run {
		switch it.mark {
		case "-", "–", "—":
			dashes++
			continue
		case "*":
		default:
			continue
		}
		if i+1 < len(run) && run[i+1].mark != "*" {
			return nil // over the points after it
		}
		if dashes >= 2 && !isNote(it) {
			out = append(out, it)
		}
	}
	return out
}

// noteRe is a note's word after its "*": "* Lưu ý:", "* Ghi chú".
var noteRe = lazyre.New(`^\*\s*(?i:lưu ý|ghi chú|chú ý|chú thích|nb\b|note\b)`)

func isNote(it markItem) bool { return noteRe().MatchString(it.at.text()) }

// reportMixed says a run's marks written two ways at the first point of
// the odd one.
func reportMixed(p *Pass, odd, usual []markItem, fix diag.Text) {
	first := odd[0].at
	p.ReportAtRef(first.seg.PosAt(first.off), diag.Practice,
		diag.Msg("các ý cùng cấp của danh sách dùng hai loại dấu đầu dòng: %q (%s) và %q (%s)",
			"the points of one list are marked two ways: %q (%s) and %q (%s)",
			usual[0].mark, itemLines(usual), odd[0].mark, itemLines(odd)), fix)
}

// addresseeMarks reports a Kính gửi list whose lines start with another
// mark than the hyphen: each recipient on its own line, "đầu dòng có
// gạch đầu dòng" (Phụ lục I, Mục II, khoản 9, điểm d). A "+" may stand
// under a group, and "•" may be a web page's rendering of a list.
func addresseeMarks(p *Pass, s *Seg) {
	var odd []markItem
	for _, l := range lineStarts(s) {
		t := l.text()
		if l.first {
			label, rest, ok := strings.Cut(t, ":")
			if !ok || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(label)), "kính gửi") {
				return
			}
			l.off += len(label) + 1
			l.off += len(rest) - len(strings.TrimLeft(rest, " \t\u00a0"))
		}
		if m := bulletMark(l); m == "–" || m == "—" || m == "*" || m == "_" {
			odd = append(odd, markItem{l, m})
		}
	}
	if len(odd) == 0 {
		return
	}
	first := odd[0].at
	p.ReportAtRef(first.seg.PosAt(first.off), diag.RefNoiNhan,
		diag.Msg("các dòng Kính gửi bắt đầu bằng %q (%s); mỗi nơi nhận ở Kính gửi bắt đầu bằng gạch đầu dòng \"-\"",
			"the Kính gửi lines start with %q (%s); each recipient of a Kính gửi starts with the hyphen \"-\"",
			odd[0].mark, itemLines(odd)),
		diag.Msg("viết \"- \" ở đầu mỗi dòng", "start each line with \"- \""))
}
