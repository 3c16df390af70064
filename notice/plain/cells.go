package plain

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// breakRe is an HTML line break: converters to Markdown join the
// paragraphs of a table cell with "<br>".
var breakRe = lazyre.New(`(?i)<br\s*/?>`)

// cellLines reads one cell of a row, written raw at byte off of the file,
// into its paragraphs: one line, or one per text between "<br>"s, each in
// column col. A cell with no text gives one empty line.
func cellLines(raw string, off, num int, md bool, col Column) []line {
	cuts := breakRe().FindAllStringIndex(raw, -1)
	var out []line
	start := 0
	for _, c := range append(cuts, []int{len(raw), len(raw)}) {
		l := cleanLine(raw[start:c[0]], off+start, num, md)
		l.col = col
		if l.text != "" {
			out = append(out, l)
		}
		start = c[1]
	}
	if len(out) == 0 {
		return []line{{num: num, col: col}}
	}
	return out
}

// part returns bytes [a, b) of l as a line of its own, trimmed, in l's
// column; nil text when only white space stands there.
func (l line) part(a, b int) line {
	for a < b {
		r, w := utf8.DecodeRuneInString(l.text[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += w
	}
	for b > a {
		r, w := utf8.DecodeLastRuneInString(l.text[:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= w
	}
	p := line{num: l.num, col: l.col, md: l.md}
	if a >= b {
		return p
	}
	p.text, p.src = l.text[a:b], l.src[a:b]
	if l.nfd > a && l.nfd-1 < b {
		p.nfd = l.nfd - a
	}
	if a == 0 {
		p.notes, p.note = l.notes, l.note
	}
	return p
}

// splitAt cuts l at the byte offsets cuts and leaves out the ranges drop:
// the paragraphs a converter joined into one cell. Empty parts are left
// out; the first part keeps the cell's footnote references.
func (l line) splitAt(cuts []int, drop [][]int) []line {
	for _, d := range drop {
		cuts = append(cuts, d[0], d[1])
	}
	cuts = append(cuts, 0, len(l.text))
	sort.Ints(cuts)
	var out []line
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a >= b || dropped(a, b, drop) {
			continue
		}
		if p := l.part(a, b); p.text != "" {
			if len(out) == 0 {
				p.notes = l.notes
			}
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []line{l}
	}
	return out
}

func dropped(a, b int, drop [][]int) bool {
	for _, d := range drop {
		if a >= d[0] && b <= d[1] {
			return true
		}
	}
	return false
}

var (
	// ruleRunRe is a rule drawn with characters and glued to a cell's
	// text: "VĂN PHÒNG CHÍNH PHỦ -------", "Hạnh phúc ---------------".
	ruleRunRe = lazyre.New(`(?:^|\s)([-_=–—~*]{3,})(?:\s|$)`)
	// headerStartRe starts an element of the header inside a cell that
	// holds several: the number, a Công văn's trích yếu, the Quốc hiệu
	// after the chủ quản (a header's two rows on one line, "PHÒNG GD&ĐT TX
	// HÀ TIÊN       CỘNG HÒA XÃ HỘI ..."), the Tiêu ngữ, a place-date after
	// the Tiêu ngữ.
	headerStartRe = lazyre.New(`\s(Số\s*:|V/v\s|(?i:độc lập)\s*[-–]|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI)|(?i:chủ nghĩa việt nam|hạnh phúc)\s+(\S)`)
	// recipientStartRe starts a Nơi nhận line inside a cell that holds the
	// whole list: a dash after the end of the line before, or "Lưu:".
	recipientStartRe = lazyre.New(`(?:^|[;.:)])\s+([-+•]\s)|\s([-+]?\s*Lưu\s*:)`)
	labelStartRe     = lazyre.New(`(?i)^n[oơ]i nh[aáàảãạâấầẩẫậ]n\s*:`)
	// spacesRe is a run of spaces where a converter joined paragraphs
	// (the empty ones of a signature's space among them).
	spacesRe = lazyre.New(`[ \t\x{00A0}]{2,}`)
	// prefixStartRe starts an authority line after another: "TL. CHỦ TỊCH
	// KT. CHÁNH VĂN PHÒNG".
	prefixStartRe = lazyre.New(`\s(?:TUQ|TM|KT|TL|Q)\.\s`)
)

// ruleRuns are the ranges of the rules drawn in l's text.
func ruleRuns(t string) [][]int {
	var out [][]int
	for _, m := range ruleRunRe().FindAllStringSubmatchIndex(t, -1) {
		out = append(out, []int{m[2], m[3]})
	}
	return out
}

// headerParts splits a header cell that holds several elements joined by
// spaces ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
// ------", "VĂN PHÒNG CHÍNH PHỦ ------- Số: 12/TB-VPCP") into them.
func headerParts(l line) []line {
	var cuts []int
	for _, m := range headerStartRe().FindAllStringSubmatchIndex(l.text, -1) {
		if m[2] >= 0 {
			cuts = append(cuts, m[2])
		} else {
			cuts = append(cuts, m[4]) // the text after "VIỆT NAM", "Hạnh phúc"
		}
	}
	return l.splitAt(cuts, ruleRuns(l.text))
}

// recipientParts splits a left cell of the end block that holds the whole
// Nơi nhận ("Nơi nhận: - Thủ tướng Chính phủ; - Các Bộ: ...; - Lưu: VT,
// NN.") into the label and its lines.
func recipientParts(l line) []line {
	var cuts []int
	if m := labelStartRe().FindStringIndex(l.text); m != nil {
		cuts = append(cuts, m[1])
	}
	for _, m := range recipientStartRe().FindAllStringSubmatchIndex(l.text, -1) {
		if m[2] >= 0 {
			cuts = append(cuts, m[2])
		} else if m[4] > 0 {
			cuts = append(cuts, m[4])
		}
	}
	return l.splitAt(cuts, ruleRuns(l.text))
}

// titleHeads begin a post in a signature, longest first.
var titleHeads = []string{"TỔNG GIÁM ĐỐC", "TỔNG CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "TỔNG THƯ KÝ", "GIÁM ĐỐC", "CHỦ TỊCH", "CHỦ NHIỆM",
	"BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "THỦ TRƯỞNG", "CHÁNH", "TRƯỞNG", "PHÓ", "BÍ THƯ"}

// signerParts splits a right cell of the end block that holds the whole
// signature ("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Sỹ Hiệp")
// into its authority and title lines and the name.
func signerParts(l line) []line {
	var cuts []int
	for _, m := range spacesRe().FindAllStringIndex(l.text, -1) {
		cuts = append(cuts, m[0])
	}
	if i := nameStart(l.text); i > 0 {
		cuts = append(cuts, i)
	}
	var out []line
	for _, p := range l.splitAt(cuts, ruleRuns(l.text)) {
		if !isUpper(p.text) {
			out = append(out, p)
			continue
		}
		var pre []int
		for _, m := range prefixStartRe().FindAllStringIndex(p.text, -1) {
			pre = append(pre, m[0]+1)
		}
		for _, q := range p.splitAt(pre, nil) {
			out = append(out, q.splitAt(titleCut(q.text), nil)...)
		}
	}
	return out
}

// nameStart is where the signer's name starts in a signature joined into
// one text: the first word with a small letter, after words in capitals;
// 0 when there is none or nothing in capitals before it.
func nameStart(t string) int {
	for _, w := range wordsOf(t) {
		if strings.IndexFunc(t[w[0]:w[1]], unicode.IsLower) >= 0 {
			if w[0] > 0 && isUpper(t[:w[0]]) && !authorityAlone(t[:w[0]]) {
				return w[0]
			}
			return 0
		}
	}
	return 0
}

// authorityAlone reports whether t is an authority alone ("KT. "): what
// follows it is a post, in small letters when written so ("KT. Giám đốc
// Sở Tài chính", which signer-case says), never the signer's name.
func authorityAlone(t string) bool {
	m := prefixRe().FindStringIndex(t)
	return m != nil && strings.TrimSpace(t[m[1]:]) == ""
}

// titleCut is where the signer's own post starts in an authority line
// joined with it: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" before "PHÓ", "TM. ỦY BAN
// NHÂN DÂN CHỦ TỊCH" before "CHỦ TỊCH", "TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP
// CHẾ" before "VỤ". After TM. stands a body, after the others a post; a
// post after a comma belongs to the one before ("BỘ TRƯỞNG, CHỦ NHIỆM").
// A post right after the authority is the line's own: "TM. CHỦ TỊCH", a
// slip signer-chain says, is one line, not "TM." over "CHỦ TỊCH".
func titleCut(t string) []int {
	m := prefixRe().FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	posts := 0
	if m[1] == "TM" {
		posts = 1 // the body is not a post but counts as the first part
	}
	words := wordsOf(t)
	for i := 1; i < len(words); {
		n := headAt(t, words, i)
		if n == 0 {
			i++
			continue
		}
		if posts > 0 && i > 1 && !strings.HasSuffix(strings.TrimSpace(t[:words[i][0]]), ",") {
			return []int{words[i][0]}
		}
		posts++
		i += n
	}
	return nil
}

// headAt is the number of words of the title head that starts at word i
// of t, 0 when none does.
func headAt(t string, words [][2]int, i int) int {
	for _, h := range titleHeads {
		n := strings.Count(h, " ") + 1
		if i+n > len(words) {
			continue
		}
		if t[words[i][0]:words[i+n-1][1]] == h {
			return n
		}
	}
	return 0
}

// wordsOf gives the bounds of the words of t, parted by white space; a
// word keeps its punctuation but for a comma after it.
func wordsOf(t string) [][2]int {
	var out [][2]int
	for i := 0; i < len(t); {
		r, w := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		j := i
		for j < len(t) {
			r2, w2 := utf8.DecodeRuneInString(t[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += w2
		}
		out = append(out, [2]int{i, len(strings.TrimRight(t[:j], ","))})
		i = j
	}
	return out
}

var prefixRe = lazyre.New(`^(TUQ|TM|KT|TL|Q)\s*\.`)

// expand splits the cells of a row that hold several paragraphs joined by
// spaces, by the shapes of the elements of the header (at the top) or of
// the end block (end: Nơi nhận on the left, the signature on the right).
func expand(l line, end bool) line {
	out := l
	out.cells = nil
	for _, c := range l.cells {
		switch {
		case c.text == "":
			out.cells = append(out.cells, c)
		case !end:
			out.cells = append(out.cells, headerParts(c)...)
		case c.col == Left:
			parts := recipientParts(c)
			if len(parts) > 0 {
				parts[0].hang = c.hang // a recipient's wrapped end goes on with the recipient above it
			}
			out.cells = append(out.cells, parts...)
		default:
			out.cells = append(out.cells, signerParts(c)...)
		}
	}
	return out
}
