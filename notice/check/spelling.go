package check

import (
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "name-spelling", Severity: diag.Warning, Ref: diag.Practice, Run: nameSpelling,
		Title: diag.Msg("một tên, một cách viết trong cả thông báo", "one name, one spelling throughout the notice"),
		Help:  diag.Msg("viết tên cơ quan, thuật ngữ giống nhau ở mọi chỗ", "write a body's name or a term the same way everywhere")})
}

// spot is one place a name or term is written.
type spot struct {
	seg      *Seg
	off, end int
	form     string // as written
	variant  string // what tells this spelling from the others of its group
	diffOff  int    // where the variant differs from the usual spelling
	once     int    // 1 + the offset of the name the spot belongs to, when one finding covers the name
	lawful   string // the form to suggest when it is neither spelling of the group ("Covid-19")
	// due: the spelling the decree gives ("Quỹ Hỗ trợ ..." beside "Quỹ hỗ
	// trợ ..."), the usual one of its group however few times it is
	// written (minority).
	due bool
	// tie: the spot's spelling is written as often as the usual one, which
	// is usual only for coming first (minority): the clerk is asked which
	// is meant.
	tie bool
}

// nameSpelling finds a name or term written two ways in one notice: a
// dash for a hyphen or a space around it ("Truyền thông - Văn hóa" beside
// "Truyền thông – Văn hóa", "các- bon" beside "các-bon", "Covid19" beside
// "Covid-19"), a word's capital
// ("Ban Chỉ đạo chuyển đổi số" beside "Ban Chỉ đạo Chuyển đổi số"; "đề
// cương Nhiệm vụ" beside "Đề cương nhiệm vụ", the capital moved), one
// word's marks ("Trường Ban Chỉ đạo" beside "Trưởng Ban Chỉ đạo"), i for
// y ("qui định" beside "quy định", "phân kì" beside "thời kỳ"), a word
// left out ("Ban Quản lý dự án đầu xây dựng" beside "Ban Quản lý dự án đầu
// tư xây dựng"). The spelling used less often is reported, at its place;
// "&" for the dash or "và" of a name ("Phát thanh & Truyền hình") and
// "hàng" beside "hằng" before a span of time ("hàng tuần", "hằng tuần")
// are reported however often each is written; so is "qui định" in a text
// that never writes "quy định" (spelling_qui.go).
func nameSpelling(p *Pass) {
	nameSpellingBy(p, walkWindowGroups)
}

// nameSpellingBy is nameSpelling with the window groups of a walk made
// by windows (TestWindowSlipsAsAtEveryLength holds walkWindowGroups'
// findings to the way it grouped a slip at every window length).
func nameSpellingBy(p *Pass, windows func(*spellWalk) [][]spot) {
	segs := spellingSegs(p.View)
	walk := newSpellWalk(p.View, segs)
	type finding struct {
		s, usual spot
		n        int
		also     []string // the other lines the same slip is written on
	}
	var list []*finding
	reported := map[string]bool{}
	byPair := map[string]*finding{}
	var dashes bool // reporting a dash group: official-name says no dash
	report := func(s spot, usual spot, n int) {
		if !dashes && inOfficial(p.View, s.seg, s.diffOff) {
			return // official-name speaks for the capitals of those names
		}
		if inKindSyllable(p.View, usual.seg, usual.off, usual.end) && !inKindSyllable(p.View, s.seg, s.off, s.end) {
			return // official-name says the other spelling's kind word, with the fix (x100's 86)
		}
		if inSpacedCode(p.View, s.seg, s.diffOff) {
			return // citation-code-space speaks for a code written with a space
		}
		if inLowerType(p.View, s.seg, s.diffOff) {
			return // citation-case speaks for a cited document's tên loại in small letters
		}
		if citedTitleLowered(p.View, s, usual) {
			return // spelling_cited_title.go: a cited document's title is quoted as written
		}
		if leftToLater(p, s, usual) {
			return // spelling_said.go: spacing or phrase-typo says it, with the fix
		}
		k, at := posKey(s.seg, s.diffOff), posKey(s.seg, s.diffOff)
		if s.once > 0 {
			k = posKey(s.seg, s.once-1)
		}
		if reported[k] || reported[at] {
			return // a slip is said once, whichever reading finds it first
		}
		reported[k], reported[at] = true, true
		pair := s.form + "\x00" + usual.form // a pair of spellings is reported once
		if f, ok := byPair[pair]; ok {
			if line := strconv.Itoa(s.seg.PosAt(s.diffOff).Line); line != strconv.Itoa(f.s.seg.PosAt(f.s.diffOff).Line) && !slices.Contains(f.also, line) {
				f.also = append(f.also, line)
			}
			return
		}
		f := &finding{s: s, usual: usual, n: n}
		byPair[pair] = f
		list = append(list, f)
	}
	for _, g := range dashGroups(p.View, append(headerNames(p.View), segs...)) {
		if !ampMinority(g, report) {
			dashes = true // "Bộ Lao động – Thương binh và Xã hội" beside "Lao động - Thương binh"
			minority(hyphenOnTie(g), report)
			dashes = false
		}
	}
	for _, g := range windows(walk) {
		minority(g, report)
	}
	for _, g := range movedCapGroups(walk) {
		minority(g, report)
	}
	for _, g := range fieldCaseGroups(walk) {
		fieldMinority(g, report)
	}
	for _, g := range fieldCommaGroups(walk) {
		fieldMinority(g, report)
	}
	for _, g := range headCaseGroups(walk) {
		headCaseMinority(g, report)
	}
	for _, g := range iyGroups(walk) {
		minority(g, report)
	}
	for _, g := range iySyllableGroups(walk) {
		minority(g, report)
	}
	places := placeMarkGroups(walk) // spelling_place_marks.go: "Hà Nôi"
	for _, name := range slices.Sorted(maps.Keys(places)) {
		placeMinority(name, places[name], report)
	}
	datePlaceMarks(p.View, report)                         // spelling_date_place.go: "Lào Cải, ngày ..." under "UBND TỈNH LÀO CAI"
	unitMarkMinority(p.View, unitMarkGroups(walk), report) // spelling_unit_marks.go: "xã Hải Lắng" beside "xã Hải Lăng"
	cases := placeCaseGroups(walk)                         // spelling_place_case.go: "phường Xuân hương"
	for _, key := range slices.Sorted(maps.Keys(cases)) {
		placeCaseMinority(cases[key], report)
	}
	if g := hangGroups(walk); g != nil {
		hangMinority(g, report)
	}
	figures := figureGroups(walk)
	for _, g := range figures {
		figureMinority(g, report)
	}
	for _, g := range figureCaseGroups(figures) {
		minority(g, report)
	}
	for _, g := range figureSmallGroups(walk, figures) { // spelling_figures_small.go: "covid-19" beside "Covid-19"
		minority(g, report)
	}
	for _, g := range yearRangeGroups(segs) {
		yearMinority(g, report)
	}
	tetCase(p, segs)
	quiAlone(p, segs) // spelling_qui.go
	personPair(p, segs, reported)
	personTitlePair(p, segs, reported) // spelling_person_title.go: one post, one name
	signerPair(p, segs, reported)      // spelling_signer_pair.go
	for _, f := range list {
		where := lineText(f.usual.seg.PosAt(f.usual.off).Line)
		msg := diag.Msg("%q viết khác %q (%s, %s)", "%q is written differently from %q (%s, %s)", f.s.form, f.usual.form, where, times(f.n))
		if len(f.also) > 0 {
			also := strings.Join(f.also, ", ")
			msg = diag.Msg("%q viết khác %q (%s, %s); dòng %s cũng viết như vậy", "%q is written differently from %q (%s, %s); so is line %s", f.s.form, f.usual.form, where, times(f.n), also)
		}
		if f.s.tie && f.s.lawful == "" {
			p.Report(f.s.seg, f.s.diffOff, msg, diag.Msg("thống nhất một cách viết: %q hoặc %q", "write it one way: %q or %q", f.usual.form, f.s.form))
			continue // as often one way as the other: which is the slip only the office knows
		}
		fix := f.usual.form
		if f.s.lawful != "" {
			fix = f.s.lawful
		}
		p.Report(f.s.seg, f.s.diffOff, msg, diag.Msg("thống nhất một cách viết, như %q", "write it one way, as %q", fix))
	}
}

// hyphenOnTie marks as due the spots of a dash group written with the
// hyphen and a space on each side, the decree's own form ("Độc lập - Tự
// do - Hạnh phúc", "Bộ Lao động - Thương binh và Xã hội"), when no other
// spelling of the group is written more often: on a tie the decree's form
// is the usual one, not the first met ("THỨ IX-NĂM" in the header beside
// "thứ IX - năm" in the body once).
func hyphenOnTie(g []spot) []spot {
	count := map[string]int{}
	top := 0
	for _, s := range g {
		count[s.variant]++
		top = max(top, count[s.variant])
	}
	if count[" - "] != top || len(count) < 2 {
		return g // the hyphen is written less often than another, or alone
	}
	out := make([]spot, len(g))
	for i, s := range g {
		s.due = s.variant == " - "
		out[i] = s
	}
	return out
}

// headerNames are the header's lines but the Tiêu ngữ (motto's to say)
// and the number (a code's dashes), where the issuer and the place write
// their names: "TỈNH BÀ RỊA - VŨNG TÀU" in the header beside "tỉnh Bà Rịa
// – Vũng Tàu" in the body is one name written two ways.
func headerNames(v *View) []*Seg {
	var out []*Seg
	for _, s := range withSegs(v.Header) {
		if v.Number != nil && s.PosAt(0) == v.Number.PosAt(0) {
			continue // a ký hiệu's dashes are a code's, not a name's ("PGD&ĐT- GDMN")
		}
		f := cite.Fold(s.Text)
		if !containsLit(f, "độc lập") || !containsLit(f, "hạnh phúc") {
			out = append(out, s)
		}
	}
	return out
}

// spellingSegs are the texts a name can be written in: the prose and the
// Nơi nhận lines but the archive line.
func spellingSegs(v *View) []*Seg {
	var out []*Seg
	for _, s := range v.textSegs() {
		if s.Role != RoleArchive {
			out = append(out, s)
		}
	}
	return out
}

func posKey(s *Seg, off int) string {
	pos := s.PosAt(off)
	return itoaYear(pos.Line) + ":" + itoaYear(pos.Col)
}

// minority reports the spots of a group written the less usual way: every
// spot of a spelling used fewer times than the most used one, or, when two
// spellings tie, the later ones.
func minority(g []spot, report func(s, usual spot, n int)) {
	count := map[string]int{}
	first := map[string]spot{}
	for _, s := range g {
		count[s.variant]++
		if f, ok := first[s.variant]; !ok || allCaps(f.form) && !allCaps(s.form) {
			first[s.variant] = s // shown as written in running text, not in a heading's capitals
		}
	}
	if len(count) < 2 {
		return
	}
	usual := g[0].variant
	for _, s := range g {
		if count[s.variant] > count[usual] {
			usual = s.variant
		}
	}
	decided := false
	for _, s := range g {
		if s.due {
			usual, decided = s.variant, true
			break
		}
	}
	for _, s := range g {
		if s.variant != usual {
			s.tie = !decided && count[s.variant] == count[usual]
			report(s, first[usual], count[usual])
		}
	}
}

// dashGroups groups the pairs of words joined by a dash, by their words:
// "Truyền thông - Văn hóa" and "Truyền thông – Văn hóa" are one group of
// two spellings; "các-bon" and "các- bon" another. A spot shows the words
// around the dash, and a name with several dashes gets one finding.
func dashGroups(v *View, segs []*Seg) [][]spot {
	l := v.lexicon()
	groups := newDashJoins(l)
	ands := newDashJoins(l) // "Tuyên giáo và Dân vận", joining what a dash joins elsewhere
	amps := newDashJoins(l) // "Phát thanh & Truyền hình", "&" typed for what a dash or "và" joins elsewhere
	d := dashReader{groups: groups, ands: ands, amps: amps}
	for _, s := range segs {
		d.read(v, s)
	}
	for _, a := range ands.byID {
		d := groups.find(a.a, a.b)
		g := a.spots
		if d != nil {
			g = sameBody(g, a.heads, d.heads)
		} else {
			g = sameBody(g, a.heads, nil)
		}
		if len(g) > 0 && (d != nil && len(d.spots) > 0 || amps.count(a.a, a.b) > 0) {
			d = groups.at(a.a, a.b)
			d.spots = append(d.spots, g...)
			sort.SliceStable(d.spots, func(i, j int) bool { return spotBefore(d.spots[i], d.spots[j]) })
		}
	}
	for _, a := range amps.byID {
		if d := groups.find(a.a, a.b); d != nil && len(d.spots) > 0 {
			d.spots = append(d.spots, a.spots...)
			sort.SliceStable(d.spots, func(i, j int) bool { return spotBefore(d.spots[i], d.spots[j]) })
		}
	}
	return groups.sorted()
}

// bodyHeads open the name of a body: "và" before one joins two names.
var bodyHeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Công": true, "Ban": true, "Sở": true, "Phòng": true, "Ủy": true, "Bộ": true, "Cục": true, "Chi": true, "Tổng": true, "Trung": true, "Trường": true, "Viện": true, "Hội": true, "Đảng": true, "Mặt": true, "Văn": true, "Ngân": true, "Kho": true, "Liên": true, "Đoàn": true, "Hợp": true}
})

// runHead is the head of the body whose name holds the words from run to
// i ("Phòng" of "Phòng Văn hóa và Thông tin", "Trung" of "Trung tâm Văn
// hóa - Thông tin"), the nearest before them in the run (bodyHeads; "Văn"
// only of "Văn phòng"), or "".
func runHead(ws []wordAt, run, i int) string {
	for j := i - 1; j >= run && j >= i-headWords; j-- {
		w := capitalOnlyFirst(ws[j].text) // "TRUNG TÂM VĂN HÓA - THÔNG TIN" in the header heads its name too
		if bodyHeads()[w] && (w != "Văn" || j+1 < len(ws) && strings.EqualFold(ws[j+1].text, "phòng")) {
			return w
		}
	}
	return ""
}

// headWords is how many words before a joint runHead looks back for the
// body's head.
const headWords = 6

// sameBody keeps the spots of "và" (heads their bodies' heads) that may
// name the body a dash's spelling names (dashHeads): one of the two has
// no head, or both the same. "Phòng Văn hóa và Thông tin" beside "Trung
// tâm Văn hóa - Thông tin và Thể thao" names two bodies, each written
// its one way, not one name written two ways.
func sameBody(g []spot, heads, dashHeads []string) []spot {
	var out []spot
	for j, sp := range g {
		h := heads[j]
		if h == "" || len(dashHeads) == 0 || slices.ContainsFunc(dashHeads, func(d string) bool { return d == "" || d == h }) {
			out = append(out, sp)
		}
	}
	return out
}

// spotBefore reports whether spot a stands before spot b in the text.
func spotBefore(a, b spot) bool {
	pa, pb := a.seg.PosAt(a.off), b.seg.PosAt(b.off)
	return pa.Line < pb.Line || pa.Line == pb.Line && pa.Col < pb.Col
}

// andJoin reads "và" between word i-1 and a capitalised word after it
// inside a name ("Ban Tuyên giáo và Dân vận"): the spot of the name as a
// dash group would hold it, keyed by the two words "và" joins. It joins
// the group only where the text writes the same words joined by a dash
// ("Ban Tuyên giáo – Dân vận"): one name written two ways.
func andJoin(s *Seg, ws []wordAt, run, i int) (spot, bool) {
	if ws[i].text != "và" || i+1 >= len(ws) || s.Text[ws[i-1].end:ws[i].off] != " " || s.Text[ws[i].end:ws[i+1].off] != " " || !titleCase(ws[i+1].text) || bodyHeads()[ws[i+1].text] {
		return spot{}, false // "... Năng lượng và Công ty ...": two names, not one
	}
	from, to := max(run, i-2), min(len(ws)-1, i+2)
	for to > i+1 && !spaced(s.Text, ws[to-1].end, ws[to].off) {
		to--
	}
	return spot{seg: s, off: ws[from].off, end: ws[to].end, form: s.Text[ws[from].off:ws[to].end],
		variant: " và ", diffOff: ws[i-1].end, once: ws[run].off + 1}, true
}

// dashGap reports whether the text between two words joins them with one
// dash, with or without spaces: " - ", "-", "– ". It reads the gap once,
// as strings.Trim(gap, " -–—") == "" and the three dashes counted to one
// would (TestDashGap).
func dashGap(gap string) bool {
	dashes := 0
	for i := 0; i < len(gap); {
		switch {
		case gap[i] == ' ':
			i++
		case gap[i] == '-':
			dashes++
			i++
		case strings.HasPrefix(gap[i:], "–") || strings.HasPrefix(gap[i:], "—"):
			dashes++
			i += len("–")
		default:
			return false
		}
	}
	return dashes == 1
}

// nameWindow bounds the names looked at: two to seven words.
const (
	minNameWords = 2
	maxNameWords = 7
	// longName is the fewest words of a name missingWord finds with a
	// word left out.
	longName = 6
)

// windowGroups groups the names (runs of words that start with a
// capitalised word, parted by spaces only) by their words folded to lower
// case, marks and i/y. Within a group, a spelling that differs from the
// most used one in one word only, by that word's capital, marks or i for
// y, is a slip (slips); names that differ by a word left out are grouped
// too (missingWord).
func windowGroups(v *View, segs []*Seg) [][]spot {
	return walkWindowGroups(newSpellWalk(v, segs))
}

// walkWindowGroups is windowGroups of the texts of a walk.
func walkWindowGroups(walk *spellWalk) [][]spot {
	v := walk.v
	// Only a name written two ways can make a group of slips: a first
	// pass finds, by a hash of the loose key, the names written with
	// other words elsewhere; the second builds keys and spots for those
	// alone, and for the long names missingWord reads.
	//
	// missingWord reads the long names that start with a body's name and
	// the names that are one of them with an inner word left out: the
	// hashes of those cuts, found in the first pass too, tell which
	// shorter names to keep.
	names := newNameIndex(walk)
	all := names.all()
	seen, cuts := names.tables(len(all)) // seen by loose hash: the first name, and whether another is written otherwise
	body := names.bodyStart()
	for _, nm := range all {
		at := nm.at
		if e, fresh := seen.entry(nm.h); fresh {
			e.first = at
		} else if !e.twoWays && !names.sameWords(e.first, at) {
			e.twoWays = true
		}
		if at.n >= longName && body(at) {
			names.addCuts(at, cuts)
		}
	}
	byKey := names.groups()
	isShort := func(at nameAt) bool {
		return at.n >= longName-1 && at.n < maxNameWords && cuts.n > 0 && cuts.has(names.lowerHash(at))
	}
	spotOf := func(at nameAt, e *hashEntry) spot {
		s, w := walk.segs[at.seg], names.words[at.seg][at.i:at.i+at.n]
		sp := spot{seg: s, off: w[0].off, end: w[len(w)-1].end, form: s.Text[w[0].off:w[len(w)-1].end]}
		if e.twoWays {
			sp.variant = names.exactKey(at)
		}
		return sp
	}
	anyShort := false
	for _, nm := range all {
		anyShort = anyShort || isShort(nm.at)
		if e := seen.find(nm.h); e.twoWays { // filed by the first pass
			byKey.add(e, nm.at, spotOf(nm.at, e))
		}
	}
	var out [][]spot
	var places slipPlaces // a slip's windows of every length ask the same of the same places
	for _, g := range byKey.sorted() {
		out = append(out, slips(v, g, &places)...)
	}
	// The longest name first: it is the one the message shows.
	sort.SliceStable(out, func(i, j int) bool { return len(out[i][0].form) > len(out[j][0].form) })
	if !anyShort {
		// missingWord groups a long name with a short one, a key of the
		// notice its cut by one word: a cut of a long name (of its first
		// words, each such a long name too) is filed in cuts, and a name
		// whose key is one is short; with none, it finds nothing.
		return out
	}
	// The long and short names, for missingWord, in the same order: read
	// again only when it may find one (s99c: kept from the first walk,
	// they were 20 KB a seed, mostly unread).
	exact := map[string][]spot{}
	for _, nm := range all {
		if nm.at.n >= longName && body(nm.at) || isShort(nm.at) {
			k := names.key(nm.at, (*lexeme).lowered)
			exact[k] = append(exact[k], spotOf(nm.at, seen.find(nm.h)))
		}
	}
	return append(out, missingWord(exact)...)
}

// spotAt is a name's spot and where its words are.
type spotAt struct {
	sp spot
	at nameAt
}

// slips returns, for each spelling of a group that differs from the most
// used one by a slip in one word, the group of the two: the usual
// spelling's spots first, then the slip's, marked where they differ.
func slips(v *View, g []spot, places *slipPlaces) [][]spot {
	usual, ok := usualVariant(g)
	if !ok {
		return nil
	}
	r := newSlipReads(v, g, places)
	due := dueCapital(r, usual)
	if due != "" {
		usual = due
	}
	smallOnTie := false
	if due == "" {
		if small := smallRunOnTie(r, usual); small != "" {
			usual, smallOnTie = small, true // spelling_title_run.go
		}
	}
	ref := r.words(usual)
	var out [][]spot
	done := map[string]bool{}
	for si, s := range g {
		if s.variant == usual || done[s.variant] {
			continue
		}
		done[s.variant] = true
		at, ok := r.slipAt(s.variant, usual)
		if due != "" {
			if !ok || !sameNameAs(g, s.variant, usual) {
				continue
			}
		} else {
			if !ok || legalForm(ref[:at]) && !sameAfter(s, firstOf(g, usual), 2) {
				continue // after "Công ty Cổ phần" comes each company's own name
			}
			if at == len(ref)-1 && !lastWordSlip(r, s.variant, usual) {
				continue
			}
			if !oneName(r, si, usual) && !(at == len(ref)-1 && lowerSlip(r.words(s.variant)[at], ref[at])) {
				continue
			}
		}
		// A key slipped in a name no head's word opens ("Giỗ Tổ Hùng
		// Vường" beside "Giỗ Tổ Hùng Vương" four times) is read from its
		// window where the usual spelling is the more often written: on a
		// tie either may be the slip.
		bare := markSlip(r.words(s.variant)[at], ref[at]) && r.count(usual) > r.count(s.variant)
		// Every spot of the slip must stand in a whole name, and one of
		// the usual spelling at least; a usual spot in a fragment of prose
		// ("thành lập thị xã Cửa Lò") still counts, as written.
		var pair, loose []spot
		whole, usualWhole := true, false
		var atOf wordOffMemo // the spots of a spelling mostly write it alike: their words split once
		for _, t := range g {
			if t.variant == usual || t.variant == s.variant {
				t.diffOff = t.off + atOf.off(t.form, at)
				var off, end int
				var ok bool
				if t.variant == usual {
					off, end, ok = places.wholeName(v, t, s, at, bare)
				} else {
					off, end, ok = wholeAgainst(v, t, g, usual, at, bare, places)
				}
				if !ok && t.variant == usual {
					loose = append(loose, t)
					continue
				}
				if !ok {
					whole = false
					break
				}
				usualWhole = usualWhole || t.variant == usual
				t.due = due != "" && t.variant == usual
				t.form = t.seg.Text[off:end]
				t.once = off + 1
				pair = append(pair, t)
			}
		}
		if whole && usualWhole {
			if smallOnTie {
				usualFirst(pair, usual)
			}
			out = append(out, append(pair, loose...))
		}
	}
	return out
}

// wholeAgainst is wholeName of a slip's spot read against the usual
// spots in turn, the first that shows the head of the name: a usual
// spot in a fragment of prose ("thành lập Thị xã Cửa Lò" in a trích yếu)
// does not hide the head the slip shares with another ("UBND Thị xã Cửa
// lò" beside "Chủ tịch UBND Thị xã Cửa Lò").
func wholeAgainst(v *View, t spot, g []spot, usual string, at int, bare bool, places *slipPlaces) (off, end int, ok bool) {
	for _, u := range g {
		if u.variant != usual {
			continue
		}
		if off, end, ok = places.wholeName(v, t, u, at, bare); ok {
			return off, end, true
		}
	}
	return 0, 0, false
}

// slipAt returns the one word where f differs from ref by a slip: a
// capital (not of the first word, nor of a word after "các", which
// writes a generic noun: "các sở" beside "các Sở: Công Thương, Tài
// chính"), marks (of a capitalised word, in a name of three words or
// more: "Trường Ban Chỉ đạo"), or i for y.
func slipAt(f, ref []string) (int, bool) {
	at := -1
	for k := range f {
		if f[k] == ref[k] {
			continue
		}
		if at >= 0 {
			if i, ok := pairMarkSlip(f, ref, at); ok { // spelling_pair_marks.go
				return i, ok
			}
			return titleRunSlip(f, ref, at) // spelling_title_run.go
		}
		at = k
	}
	if at < 0 {
		return 0, false
	}
	a, b := f[at], ref[at]
	switch {
	case cite.Fold(a) == cite.Fold(b) && !strings.EqualFold(a, b):
		return 0, false // the tone's place only: tone-style-mixed says so
	case strings.EqualFold(a, b):
		return at, at > 0 && at >= len(f)-2 && !lawfulCapital(f, at)
	case strings.EqualFold(stripMarks(a), stripMarks(b)):
		return at, len(f) >= 3 && titleCase(a) && titleCase(b)
	}
	return at, iy(a, b)
}

// lastWordSlip reports whether a slip in the last word of a name's
// window ("Giám đốc sở" beside "Giám đốc Sở" six times) is one: a case
// slip or a slip of the keys in a capitalised word, the usual spelling written twice or more and more often
// than the slip (on a tie either may be the lawful one: "Tết Nguyên
// đán" beside "Tết Nguyên Đán"), and the name ending there in every spot
// of both, no capitalised word after it (where one follows, the longer
// window that holds it judges); a slip that lowers the usual capital
// need not end ("Hội Hoa xuân Tết Mậu Tuất" beside "Hội Hoa Xuân" four
// times). A slip of the keys ("Hùng Vường" beside "Hùng Vương", markSlip)
// is one written once beside the usual spelling three times or more: two
// places may be named with the same letters ("Tân Hòa", "Tân Hóa").
func lastWordSlip(r *slipReads, slip, usual string) bool {
	a, b := r.words(slip), r.words(usual)
	if !strings.EqualFold(a[len(a)-1], b[len(b)-1]) && !markSlip(a[len(a)-1], b[len(b)-1]) {
		return false // i for y, marks of a word in small letters: only where a shared word follows
	}
	nUsual, nSlip := 0, 0 // slip is not usual
	for _, t := range r.g {
		switch t.variant {
		case usual:
			nUsual++
		case slip:
			nSlip++
		}
	}
	if nUsual < 2 || nUsual <= nSlip {
		return false
	}
	if markSlip(a[len(a)-1], b[len(b)-1]) && (nSlip > 1 || nUsual < 3) {
		return false // "Trường Tiểu học Tân Hòa" twice beside "Tân Hóa": two places may be named so
	}
	if prev := strings.ToLower(a[len(a)-2]); functionWords()[prev] || prev == "việc" {
		return false // "theo Quyết định", "về việc Phê duyệt": a word of prose, not of the name
	}
	if proseOpening(r.g, slip, a, b) {
		return false
	}
	lowered := lowerSlip(a[len(a)-1], b[len(b)-1])
	if lowered && otherWordOpened(r, slip, usual) {
		return false // "Chủ tịch ủy quyền" beside "Chủ tịch Ủy ban" four times: "ủy" opens another word
	}
	for i, t := range r.g {
		if t.variant == slip && lowered {
			continue // "Hội Hoa xuân Tết Mậu Tuất" beside "Hội Hoa Xuân" four times: the capital lost whatever follows
		}
		if t.variant == slip || t.variant == usual {
			if !r.lastEnds(i) {
				return false // "Bộ Tài chính Quy định ...": the cited document's trích yếu begins
			}
		}
	}
	return true
}

// otherWordOpened reports whether the slip's last syllable, a capital's
// in the usual spelling, opens another word than the usual's: every usual
// spot goes on with one syllable in small letters, the rest of its word
// ("Chủ tịch Ủy ban"), and every spot of the slip with another in small
// letters ("Chủ tịch ủy quyền tiếp công dân": the verb "ủy quyền", p93).
// A slip that loses the capital of the name's own word goes on as the
// name does ("Chủ tịch ủy ban") or with a capital ("Hội Hoa xuân Tết").
func otherWordOpened(r *slipReads, slip, usual string) bool {
	rest, slips := "", 0
	for _, t := range r.g {
		if t.variant != usual && t.variant != slip {
			continue
		}
		w := smallWordAfter(r.v, t)
		if w == "" {
			return false
		}
		if t.variant == slip {
			slips++
			continue
		}
		if rest != "" && w != rest {
			return false
		}
		rest = w
	}
	if rest == "" || slips == 0 {
		return false
	}
	for _, t := range r.g {
		if t.variant == slip && smallWordAfter(r.v, t) == rest {
			return false
		}
	}
	return true
}

// smallWordAfter is the word right after a spot, when only a space parts
// them and it is written in small letters; "" otherwise.
func smallWordAfter(v *View, s spot) string {
	ws := v.words(s.seg.Text)
	i := sort.Search(len(ws), func(i int) bool { return ws[i].off >= s.end })
	if i == len(ws) || !spaced(s.seg.Text, s.end, ws[i].off) || !allLower(ws[i].text) {
		return ""
	}
	return ws[i].text
}

// proseOpening reports whether every spot of the slip, its words a
// capital and then small letters alone, stands where a sentence or a
// point may begin, the usual spelling a proper name of capitals alone
// and no body's: "Đoàn kết, thống nhất ..." opening a sentence is prose
// beside "xã Đoàn Kết", not the commune's name lowered ("Trường mầm non"
// opening a point beside "Trường Mầm non" is the school's name).
func proseOpening(g []spot, slip string, words, usual []string) bool {
	for k, w := range words[1:] {
		if !allLower(w) || !titleCase(usual[k+1]) {
			return false
		}
	}
	if first := strings.ToLower(words[0]); bodyKinds()[first] || bodyKinds()[first+" "+strings.ToLower(words[1])] {
		return false
	}
	after := map[string]bool{} // the words the usual spots go on with: "Luật Tổ chức"
	for _, t := range g {
		if t.variant != slip {
			after[wordAfterSpot(t)] = true
		}
	}
	for _, t := range g {
		if t.variant == slip && (!mayOpenSentence(t.seg.Text, t.off) || wordAfterSpot(t) != "" && after[wordAfterSpot(t)]) {
			return false
		}
	}
	return true
}

// wordAfterSpot is the word right after a spot when only spaces part
// them, in small letters; "" when none.
func wordAfterSpot(t spot) string {
	rest := t.seg.Text[t.end:]
	trimmed := strings.TrimLeft(rest, " ")
	ws := firstWords(trimmed, 1)
	if len(trimmed) == len(rest) || len(ws) == 0 || ws[0].off != 0 {
		return ""
	}
	return strings.ToLower(ws[0].text)
}

// nameEndsAt reports whether nothing of a name follows a spot: a mark,
// the end, or a word that is neither capitalised nor an abbreviation.
func nameEndsAt(t spot) bool {
	rest := t.seg.Text[t.end:]
	trimmed := strings.TrimLeft(rest, " ")
	if len(trimmed) == len(rest) || trimmed == "" {
		return true
	}
	ws := firstWords(trimmed, 1)
	if len(ws) == 0 || ws[0].off != 0 {
		return true
	}
	return !titleCase(ws[0].text) && !isAbbrev(ws[0].text) && !isUpperRune(firstRune(ws[0].text))
}

// oneName reports whether the spelling s of a group is a slip of the
// same name as its usual spelling, judged by the word that follows: the
// words may be the shared head of two names ("Ban Quản lý các dự án Lâm
// nghiệp" beside "Ban quản lý Chương trình", each body spelt its own way)
// or a common noun beside a name ("theo quyết định phê duyệt" beside
// "theo Quyết định số 2226/QĐ-BNN-TCCB"). When s goes on into more words,
// the usual spelling must go on with the same word, or end, somewhere,
// and be used so as often as s at least; when s ends (a stop, a word of
// prose), it may stand for any of them.
func oneName(r *slipReads, si int, usual string) bool {
	s := r.g[si]
	next := r.wordAfter(si)
	if next == "" {
		return true
	}
	same, mine := 0, 0
	for i, t := range r.g {
		if w := r.wordAfter(i); w != next && (w != "" || t.variant != usual) {
			continue // a usual spelling that ends may stand for any name it heads
		}
		switch t.variant {
		case usual:
			same++
		case s.variant:
			mine++
		}
	}
	return same > 0 && same >= mine
}

// lowerSlip reports whether a slip writes in small letters the first
// letter of a word the usual spelling capitalises ("Cửa lò" beside "Cửa
// Lò"). In the last word of a name (where lastWordSlip has found no
// capitalised word after any spot) such a slip is one of the name
// whatever word of prose follows it: "huyện Nghi lộc bố trí" beside
// "huyện Nghi Lộc phối hợp", where oneName would want the same word after.
func lowerSlip(slip, usual string) bool {
	return titleCase(usual) && allLower(slip)
}

// wordAfter is the word right after a spot, folded as looseForm does, when
// only a space parts them; "" when a mark or the end follows, or a word
// that ends a name (nameStops).
func wordAfter(v *View, s spot) string {
	ws := v.words(s.seg.Text)
	// The first word at or after the spot's end, found by halves (the
	// words stand in the order of their offsets).
	i := sort.Search(len(ws), func(i int) bool { return ws[i].off >= s.end })
	if i == len(ws) {
		return ""
	}
	w := ws[i]
	lw := strings.ToLower(w.text)
	if !spaced(s.seg.Text, s.end, w.off) || nameStops()[lw] {
		return ""
	}
	return looseForm(lw)
}

// titleCase reports whether w is a capitalised word, not an abbreviation.
func titleCase(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return isUpperRune(r) && len(w) > n && allLower(w[n:])
}

// spaced reports whether only spaces part two words.
func spaced(s string, end, off int) bool {
	return off > end && strings.Trim(s[end:off], " ") == ""
}

// legalFormWords write the legal form of a business, which every company
// name starts with.
var legalFormWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"công": true, "ty": true, "tổng": true, "cổ": true, "phần": true, "tnhh": true, "trách": true, "nhiệm": true, "hữu": true, "hạn": true, "mtv": true, "một": true, "thành": true, "viên": true, "liên": true, "danh": true}
})

// legalForm reports whether words are a business's legal form only.
func legalForm(words []string) bool {
	for _, w := range words {
		if !legalFormWords()[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0
}

// firstOf returns the first spot of g written as variant.
func firstOf(g []spot, variant string) spot {
	for _, s := range g {
		if s.variant == variant {
			return s
		}
	}
	return g[0]
}

// sameAfter reports whether the n words after two spots are the same,
// case aside: the two are one name, not two that start alike.
func sameAfter(a, b spot, n int) bool {
	wa, wb := firstWords(a.seg.Text[a.end:], n), firstWords(b.seg.Text[b.end:], n)
	if len(wa) < n || len(wb) < n {
		return false
	}
	for k := 0; k < n; k++ {
		if !strings.EqualFold(wa[k].text, wb[k].text) {
			return false
		}
	}
	return true
}

// lawfulCapital reports whether the word at of a name may be written in
// either case: a generic noun after "các" ("các sở" beside "các Sở: Công
// Thương, Tài chính"), the legal form of a company ("Công ty cổ phần"),
// the first word of a cited document's trích yếu ("của Chính phủ Quy
// định chi tiết ...").
func lawfulCapital(f []string, at int) bool {
	prev := strings.ToLower(f[at-1])
	word := strings.ToLower(f[at])
	switch {
	case prev == "các" || prev == "những":
		return true
	case prev == "ty" && (word == "cổ" || word == "trách"):
		return true
	}
	return abstractHeads()[word+" "+strings.ToLower(f[min(at+1, len(f)-1)])]
}

// abstractHeads start the trích yếu of a cited document, which may be
// capitalised after the issuer's name.
var abstractHeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"quy định": true, "phê duyệt": true, "ban hành": true, "hướng dẫn": true, "sửa đổi": true, "thành lập": true, "về việc": true, "giao nhiệm": true, "công bố": true, "phân cấp": true, "ủy quyền": true}
})

// isAbbrev reports whether w is an abbreviation in capitals: "HĐND".
func isAbbrev(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && upperSelf(w) && lowerMoves(w)
}

// iy reports whether a and b differ by i for y alone: "qui"/"quy",
// "kĩ"/"kỹ", "lí"/"lý".
func iy(a, b string) bool {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if utf8.RuneCountInString(la) != utf8.RuneCountInString(lb) {
		return false
	}
	ra, rb := []rune(la), []rune(lb)
	diff := 0
	for i := range ra {
		if ra[i] == rb[i] {
			continue
		}
		x, y := stripTone(string(ra[i])), stripTone(string(rb[i]))
		if !(x == "i" && y == "y" || x == "y" && y == "i") {
			return false
		}
		diff++
	}
	return diff == 1 && onlyVowel(stripTone(la))
}

// onlyVowel reports whether a syllable's i or y is its only vowel (after
// "qu"): "quy", "kỹ", "lý" may be written with i; "dày" and "dài" are two
// words.
func onlyVowel(syl string) bool {
	syl = strings.TrimPrefix(syl, "qu")
	n := 0
	for _, r := range syl {
		if strings.ContainsRune("aeiouy", r) {
			n++
		}
	}
	return n == 1
}

// missingWord finds names that are another name of the notice with one
// inner word left out: "Ban Quản lý dự án đầu xây dựng" for "Ban Quản lý
// dự án đầu tư xây dựng". The longer name must be six words or more, two
// or more on each side of the word left out, and that word no function
// word ("Kế hoạch và Đầu tư" is not "Kế hoạch đầu tư").
func missingWord(byKey map[string][]spot) [][]spot {
	shorter := map[string]string{} // the key with an inner word left out -> the key
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		if strings.Count(k, " ") < longName {
			continue // a key has a space after each word: fewer than longName words
		}
		// A key is words of letters, each followed by one space, as
		// names.key writes it: strings.Fields with no rune to decode.
		words := strings.Split(k[:len(k)-1], " ")
		words = words[:nameEnd(byKey[k][0].form, len(words))]
		// A cut that is no key of the notice names nothing shorter:
		// most long names have none, and need not be asked whether
		// they name a body (cite.Fold of their first words).
		if len(words) < longName || !anyCutIn(byKey, k, words) {
			continue
		}
		// cite.Fold drops the key's last space, which would have it
		// build the key anew: startsWithOrg is asked without it.
		if !startsWithOrg(k[:len(k)-1]) && !startsWithOwner(k) {
			continue // a body's name, not a run of prose
		}
		for i := 2; i < len(words)-2; i++ {
			if functionWords()[words[i]] || stopWords()[words[i]] || subBodyLeftOut(byKey[k][0].form, words, i) { // spelling_sub_body.go
				continue
			}
			cut := keyWithout(k, words, i)
			if _, ok := byKey[cut]; !ok {
				continue // shorter only files the cuts that are keys
			}
			// Two long names may give the same cut ("Chủ tịch UBND huyện
			// X" and "Chủ tịch UBND tỉnh X"): the one written most is the
			// name meant, the first in order on a tie, so that a notice
			// gets the same findings on every run.
			if prev, ok := shorter[cut]; !ok || len(byKey[k]) > len(byKey[prev]) {
				shorter[cut] = k
			}
		}
	}
	var keys []string // the names that are another with a word left out
	for k := range byKey {
		if _, ok := shorter[k]; ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var out [][]spot
	for _, k := range keys {
		long := shorter[k]
		short := byKey[k]
		if len(byKey[long]) < len(short) {
			continue
		}
		var g []spot
		for _, s := range byKey[long] {
			s.variant = "long"
			g = append(g, s)
		}
		for _, s := range short {
			s.variant, s.diffOff = "short", missingAt(s, strings.Fields(long))
			g = append(g, s)
		}
		out = append(out, g)
	}
	return out
}

// verbStops are verbs and function words that, in small letters, end the
// name before them: "Chủ tịch UBND xã còn thực hiện ..." names "Chủ tịch
// UBND xã" and goes on into its sentence.
var verbStops = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"còn": true, "thực": true, "hiện": true, "đã": true, "sẽ": true, "đang": true, "có": true, "là": true, "được": true, "phải": true, "cần": true, "không": true, "chưa": true, "vẫn": true, "đều": true, "cũng": true, "thì": true, "để": true}
})

// anyCutIn reports whether a cut of key that missingWord reads, one
// inner word of words left out, is a key of byKey: keyWithout's string
// built in a buffer, for a look-up that keeps none.
func anyCutIn(byKey map[string][]spot, key string, words []string) bool {
	var buf [256]byte
	start := 0 // where word i starts in key
	for i := range len(words) - 2 {
		if i >= 2 && !functionWords()[words[i]] && !stopWords()[words[i]] {
			next := start + len(words[i]) + 1
			end := next
			for _, w := range words[i+1:] {
				end += len(w) + 1
			}
			b := append(append(buf[:0], key[:start]...), key[next:end]...)
			if _, ok := byKey[string(b)]; ok {
				return true
			}
		}
		start += len(words[i]) + 1
	}
	return false
}

// keyWithout is the key of words, the first words of key, with word i left
// out: strings.Join of the others and a space after, as key's slices.
func keyWithout(key string, words []string, i int) string {
	start := 0 // where word i starts in key
	for _, w := range words[:i] {
		start += len(w) + 1
	}
	end := start + len(words[i]) + 1 // where the words kept after i end
	next := end
	for _, w := range words[i+1:] {
		end += len(w) + 1
	}
	return key[:start] + key[next:end]
}

// nameEnd is how many of the first n words of form are its name: the name
// stops before a word of verbStops or nameStops written in small letters.
// The words of a name's form are parted by spaces only (nameIndex).
func nameEnd(form string, n int) int {
	i := 0
	for w := range strings.SplitSeq(form, " ") {
		if w == "" {
			continue
		}
		if i >= n {
			break
		}
		if i >= 1 && (verbStops()[w] || nameStops()[w]) && !titleCase(w) && !isAbbrev(w) {
			return i
		}
		i++
	}
	return n
}

// missingAt is where the left-out word belongs in s.
func missingAt(s spot, long []string) int {
	ws := wordsWithOffsets(s.form)
	for i, w := range ws {
		if i < len(long) && strings.ToLower(w.text) != long[i] {
			return s.off + w.off
		}
	}
	return s.off
}

// iyGroups groups the pairs of words of the prose by their words with y
// read as i: a pair written with i in one place and y in another ("qui
// định" beside "quy định", "Kí hiệu" beside "ký hiệu") is one word spelt
// two ways. Only a word whose only vowel is that i or y is looked at
// ("quy", "kỹ", "lý", "ty"); a word in capitals is left alone. A spot is
// the pair as written, marked at the word that differs from the usual
// spelling.
func iyGroups(w *spellWalk) [][]spot {
	// Only a pair written two ways makes a group (markIY): a first pass
	// files each pair by its two keys, with the first pair's words in
	// lower case, and marks the keys another spelling shares; the second
	// builds keys and spots for those alone. Words hold no space, so two
	// keys joined by one are equal exactly when both are. The pairs are
	// keyed by their forms' lexemes (lexeme_ids.go).
	type filed struct {
		first   uint64 // the words in lower case of the first pair with the keys
		twoWays bool
	}
	l := w.v.lexicon()
	seen := map[uint64]filed{}
	anyTwo := false
	iyPairs(w, func(_ *Seg, _, _ wordAt, xa, xb *lexeme) {
		k, w := l.iyPair(xa, xb), l.lowerPair(xa, xb)
		if f, ok := seen[k]; !ok {
			seen[k] = filed{first: w}
		} else if !f.twoWays && f.first != w {
			seen[k] = filed{first: f.first, twoWays: true}
			anyTwo = true
		}
	})
	if !anyTwo {
		return nil // every pair written one way: nearly every notice
	}
	groups := map[string][]spot{}
	iyPairs(w, func(s *Seg, a, b wordAt, xa, xb *lexeme) {
		if !seen[l.iyPair(xa, xb)].twoWays {
			return
		}
		k := xa.iyKey() + " " + xb.iyKey() // iyKey of each word in lower case
		groups[k] = append(groups[k], spot{seg: s, off: a.off, end: b.end, form: s.Text[a.off:b.end], variant: xa.lowered() + " " + xb.lowered()})
	})
	var out [][]spot
	for _, g := range sortedGroups(groups) {
		if g = markIY(g); g != nil {
			out = append(out, g)
		}
	}
	return out
}

// iyPairs calls fn for each pair of words parted by spaces alone, one of
// them a syllable whose only vowel is an i or y, neither in capitals: the
// pairs each side of the walk's i/y words, each once.
func iyPairs(w *spellWalk, fn func(s *Seg, a, b wordAt, xa, xb *lexeme)) {
	last := spellWord{-1, -1} // the last pair met, by its second word
	for _, c := range w.marked {
		s, x, j := w.at(c)
		if !x.lex[j].iyWord() {
			continue
		}
		for i := max(j, 1); i <= j+1 && i < len(x.words); i++ {
			if (spellWord{c.k, i}) == last {
				continue
			}
			last = spellWord{c.k, i}
			xa, xb := x.lex[i-1], x.lex[i]
			// spaced(s.Text, a.end, b.off), iyWord and allCaps of the words
			if !x.spaced[i] || !xa.iyWord() && !xb.iyWord() || xa.allCaps() || xb.allCaps() {
				continue
			}
			fn(s, x.words[i-1], x.words[i], xa, xb)
		}
	}
}

// markIY sets on each spot of a group of pairs the word where it differs
// from the most used spelling; nil when the group has one spelling.
func markIY(g []spot) []spot {
	usual, ok := usualVariant(g)
	if !ok {
		return nil
	}
	// shown as written in running text: "quy định" rather than "Quy định"
	sort.SliceStable(g, func(i, j int) bool { return g[i].form == g[i].variant && g[j].form != g[j].variant })
	uw := strings.Fields(usual)
	for i := range g {
		g[i].diffOff = g[i].off
		if w := strings.Fields(g[i].variant); len(w) == 2 && len(uw) == 2 && w[0] == uw[0] {
			g[i].diffOff = g[i].end - len(strings.Fields(g[i].form)[1])
		}
	}
	return g
}

// iyWord reports whether w is a syllable whose only vowel is the i or y
// it ends with.
func iyWord(w string) bool {
	if len(w) > 8 || !endsIY(w) {
		return false // the quick way out
	}
	t := stripTone(w)
	return strings.ContainsAny(t, "iy") && onlyVowel(t)
}

// endsIY reports whether w ends with an i or a y, with or without a mark:
// only there may Vietnamese write either ("quy", "kỹ"; "chính" has no
// "chýnh").
func endsIY(w string) bool {
	t := markless()
	r, _ := utf8.DecodeLastRuneInString(w)
	if r < 0 || r >= rune(len(t)) {
		return false
	}
	switch t[r] {
	case 'i', 'y', 'I', 'Y':
		return true
	}
	return false
}

// iyKey is a word in lower case with y written i, tone kept: "ký" and
// "kí" are one key.
func iyKey(w string) string {
	if !strings.ContainsAny(w, "yýỳỷỹỵ") {
		return w // nothing to replace: the replacer would copy w
	}
	return iyReplacer.Replace(w)
}

var iyReplacer = strings.NewReplacer("y", "i", "ý", "í", "ỳ", "ì", "ỷ", "ỉ", "ỹ", "ĩ", "ỵ", "ị")

// sortedGroups returns the groups of more than one spot, in a stable
// order.
func sortedGroups(m map[string][]spot) [][]spot {
	keys := make([]string, 0, len(m))
	for k, g := range m {
		if len(g) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([][]spot, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// allCaps reports whether s has letters and all of them are capitals.
func allCaps(s string) bool {
	return upperSelf(s) && lowerMoves(s)
}

// tetCase reports "tết" in small letters in a notice that writes the
// holiday "Tết" with its capital inside a sentence (Phụ lục II writes the
// names of holidays with a capital): one word written two ways. A notice
// that writes only "tết" is left alone.
func tetCase(p *Pass, segs []*Seg) {
	type at struct {
		seg *Seg
		off int
	}
	var small, namedSmall, namedCap []at
	var usual *at
	n := 0
	for _, seg := range segs {
		for off := 0; ; {
			i := indexLit(seg.Text[off:], "ết")
			if i < 0 {
				break
			}
			i += off
			off = i + len("ết")
			if i == 0 || !wordEdge(seg.Text, i-1, off) {
				continue
			}
			switch seg.Text[i-1] {
			case 't':
				if namedTet(seg.Text[off:]) {
					namedSmall = append(namedSmall, at{seg, i - 1})
				} else {
					small = append(small, at{seg, i - 1})
				}
			case 'T':
				if before := strings.TrimRight(seg.Text[:i-1], " "); before != "" && isLetter(lastRuneOf(before)) {
					if namedTet(seg.Text[off:]) {
						namedCap = append(namedCap, at{seg, i - 1})
					}
					n++
					if usual == nil {
						usual = &at{seg, i - 1}
					}
				}
			}
		}
	}
	if len(namedSmall) > 0 {
		// "tết Nguyên đán" as Phụ lục II writes it beside "Tết Nguyên đán":
		// the capital is the slip.
		where := lineText(namedSmall[0].seg.PosAt(namedSmall[0].off).Line)
		for _, c := range namedCap {
			p.Report(c.seg, c.off, diag.Msg("%q viết khác %q (%s, %s)", "%q is written differently from %q (%s, %s)", "Tết", "tết", where, times(len(namedSmall))),
				diag.Msg("viết thường chữ \"tết\" trước tên của tết, như Phụ lục II: \"tết Nguyên đán\"", "write \"tết\" in small letters before the tết's name, as Phụ lục II does: \"tết Nguyên đán\""))
		}
	}
	if usual == nil {
		return
	}
	where := lineText(usual.seg.PosAt(usual.off).Line)
	for _, s := range small {
		p.Report(s.seg, s.off, diag.Msg("%q viết khác %q (%s, %s)", "%q is written differently from %q (%s, %s)", "tết", "Tết", where, times(n)),
			diag.Msg("viết hoa tên ngày lễ: %q", "write the holiday with its capital: %q", "Tết"))
	}
}

// namedTet reports whether the text after a "tết" names which one, with a
// capital ("tết Nguyên đán", "tết Trung thu"): Phụ lục II writes the word
// "tết" in small letters before the name, so it is no slip beside "Tết".
func namedTet(after string) bool {
	rest := strings.TrimLeft(after, " ")
	return len(rest) < len(after) && rest != "" && isUpperRune(firstRune(rest))
}

// wordEdge reports whether s[start:end] (start at the byte before "ết")
// stands as a word: no letter before start nor at end.
func wordEdge(s string, start, end int) bool {
	if start > 0 && isLetter(lastRuneOf(s[:start])) {
		return false
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		return !isLetter(r)
	}
	return true
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// usualVariant is the spelling a group of spots uses most (the first one
// met on a tie); ok is false when the group has one spelling only.
func usualVariant(g []spot) (usual string, ok bool) {
	count := map[string]int{}
	for _, s := range g {
		count[s.variant]++
	}
	if len(count) < 2 {
		return "", false
	}
	usual = g[0].variant
	for _, s := range g {
		if count[s.variant] > count[usual] {
			usual = s.variant
		}
	}
	return usual, true
}

// markSlip reports whether two capitalised words differ by their marks
// alone, a slip of the keys in a proper name ("Hùng Vường" beside "Hùng
// Vương"); the tone's place alone is tone-style-mixed's ("Hoà", "Hòa").
func markSlip(a, b string) bool {
	return titleCase(a) && titleCase(b) && cite.Fold(a) != cite.Fold(b) && strings.EqualFold(stripMarks(a), stripMarks(b))
}

// capitalOnlyFirst is a word in capitals written with its first letter
// alone a capital ("TRUNG" as "Trung"); any other word as it is.
func capitalOnlyFirst(w string) string {
	_, n := utf8.DecodeRuneInString(w)
	if n >= len(w) || !allCaps(w) {
		return w
	}
	return w[:n] + strings.ToLower(w[n:])
}
