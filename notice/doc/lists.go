package doc

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/docx"
)

// Word's automatic numbering ([MS-DOC] 2.9.147 PlfLst, 2.9.150 LVL,
// 2.9.148 PlfLfo): a list (LSTF) has nine levels, or one for a simple
// list; a paragraph names a list instance (LFO, by sprmPIlfo) and a level
// (sprmPIlvl), and its label is its level's text with each level number
// written in that level's format. Counters run per list; an instance
// that sets a level's start restarts it where it is first used. Lists
// given to a paragraph by its style are read from the style (styleList).

// level is one level of a list.
type level struct {
	start int
	nfc   byte
	legal bool     // fLegal: the numbers of the levels above in decimal
	text  []uint16 // the level text; a placeholder is the index of a level
	nums  [9]byte  // positions (from 1) in text of the placeholders
	// follow is what follows the label (ixchFollow: 0 a tab, 1 a space,
	// 2 nothing); pap and chp the level's sprms of the paragraph and of
	// the label
	follow   byte
	pap, chp []byte
}

// list is a list's levels, by their number.
type list struct{ levels []level }

// lfo is a list instance: its list, and the levels whose start it sets.
type lfo struct {
	lsid   uint32
	starts map[int]int
}

// numbering is what is read of the lists of a document, and the
// counters of the paragraphs numbered so far.
type numbering struct {
	lists  map[uint32]*list
	lfos   []lfo
	counts map[uint32]*counters
	used   map[int]bool // the instances met
}

// counters are a list's numbers at each level: set once the level has
// counted since it (re)started; a pending start is taken by its next use.
type counters struct {
	n       [9]int
	set     [9]bool
	pending map[int]int
}

// The FibRgFcLcb97 pairs of the lists.
const (
	pairPlfLst = 73
	pairPlfLfo = 74
)

// readNumbering reads the lists and their instances from the table
// stream; nil when there are none or they cannot be read.
func readNumbering(table []byte, lst, lfoPair fcLcb) *numbering {
	le := binary.LittleEndian
	b, ok := slice(table, lst)
	if !ok || len(b) < 2 {
		return nil
	}
	n := int(int16(le.Uint16(b)))
	if n <= 0 || 2+28*n > len(b) {
		return nil
	}
	num := &numbering{lists: map[uint32]*list{}, counts: map[uint32]*counters{}, used: map[int]bool{}}
	rest := table[uint64(lst.fc)+uint64(lst.lcb):] // the LVLs follow the PlfLst
	for k := range n {
		f := b[2+28*k:]
		levels := 9
		if f[26]&1 != 0 { // fSimpleList
			levels = 1
		}
		l := &list{}
		for range levels {
			lv, size, ok := readLevel(rest)
			if !ok {
				return nil
			}
			l.levels = append(l.levels, lv)
			rest = rest[size:]
		}
		num.lists[le.Uint32(f)] = l
	}
	num.lfos = readLFOs(table, lfoPair)
	return num
}

// readLevel reads a LVL: its LVLF, its two grpprls, its text.
func readLevel(b []byte) (level, int, bool) {
	le := binary.LittleEndian
	if len(b) < 28 {
		return level{}, 0, false
	}
	lv := level{start: int(int32(le.Uint32(b))), nfc: b[4], legal: b[5]&4 != 0}
	copy(lv.nums[:], b[6:15])
	lv.follow = b[15]
	size := 28 + int(b[24]) + int(b[25])
	if size+2 > len(b) {
		return level{}, 0, false
	}
	lv.pap, lv.chp = b[28:28+int(b[25])], b[28+int(b[25]):size]
	cch := int(le.Uint16(b[size:]))
	size += 2
	if size+2*cch > len(b) {
		return level{}, 0, false
	}
	for i := range cch {
		lv.text = append(lv.text, le.Uint16(b[size+2*i:]))
	}
	return lv, size + 2*cch, true
}

// readLFOs reads the list instances and the starts they set.
func readLFOs(table []byte, p fcLcb) []lfo {
	le := binary.LittleEndian
	b, ok := slice(table, p)
	if !ok || len(b) < 4 {
		return nil
	}
	n := int(le.Uint32(b))
	if n < 0 || n > len(b)/16 || 4+16*n > len(b) {
		return nil
	}
	out := make([]lfo, n)
	counts := make([]int, n)
	for k := range n {
		f := b[4+16*k:]
		out[k] = lfo{lsid: le.Uint32(f)}
		counts[k] = int(f[12])
	}
	rest := b[4+16*n:]
	for k := range n {
		if len(rest) < 4 {
			break
		}
		rest = rest[4:] // the LFOData's cp
		for range counts[k] {
			if len(rest) < 8 {
				return out
			}
			start, flags := int(int32(le.Uint32(rest))), le.Uint32(rest[4:])
			rest = rest[8:]
			if flags&0x10 != 0 {
				if out[k].starts == nil {
					out[k].starts = map[int]int{}
				}
				out[k].starts[int(flags&0xF)] = start
			}
			if flags&0x20 != 0 {
				_, size, ok := readLevel(rest)
				if !ok {
					return out
				}
				rest = rest[size:]
			}
		}
	}
	return out
}

// label counts a paragraph of instance ilfo (from 1) at level ilvl and
// returns its label and its level; "" and nil when it has none.
func (n *numbering) label(ilfo, ilvl int) (string, *level) {
	if n == nil || ilfo < 1 || ilfo > len(n.lfos) || ilvl < 0 || ilvl > 8 {
		return "", nil
	}
	inst := n.lfos[ilfo-1]
	l := n.lists[inst.lsid]
	if l == nil {
		return "", nil
	}
	ilvl = min(ilvl, len(l.levels)-1)
	c := n.counts[inst.lsid]
	if c == nil {
		c = &counters{pending: map[int]int{}}
		n.counts[inst.lsid] = c
	}
	if !n.used[ilfo] {
		n.used[ilfo] = true
		for lv, start := range inst.starts {
			c.pending[lv] = start
		}
	}
	switch start, ok := c.pending[ilvl]; {
	case ok:
		c.n[ilvl] = start
		delete(c.pending, ilvl)
	case c.set[ilvl]:
		c.n[ilvl]++
	default:
		c.n[ilvl] = l.levels[ilvl].start
	}
	c.set[ilvl] = true
	for k := ilvl + 1; k < 9; k++ {
		c.set[k] = false
	}
	return l.text(ilvl, c), &l.levels[ilvl]
}

// formats names the number formats (nfc) as a .docx does.
var numberFormats = map[byte]string{0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter",
	4: "lowerLetter", 22: "decimalZero", 23: "bullet", 255: "none"}

// suffix names what follows the label as a .docx does.
func (lv *level) suffix() string {
	switch lv.follow {
	case 1:
		return "space"
	case 2:
		return "nothing"
	}
	return "tab"
}

// text is level lv's label with the counters c.
func (l *list) text(lv int, c *counters) string {
	this := l.levels[lv]
	var b strings.Builder
	for i, ch := range this.text {
		if isPlaceholder(this.nums, i+1) && int(ch) < len(l.levels) {
			k := int(ch)
			nfc := l.levels[k].nfc
			if this.legal && k < lv {
				nfc = 0
			}
			v := l.levels[k].start
			if c.set[k] {
				v = c.n[k]
			}
			b.WriteString(formatNumber(v, nfc))
			continue
		}
		b.WriteRune(symbolChar(rune(ch)))
		if b.Len() > docx.MaxLabelLen {
			break
		}
	}
	return cut(b.String())
}

// cut cuts s to docx.MaxLabelLen bytes, at a character's start, as a
// .docx's label is cut.
func cut(s string) string {
	if len(s) <= docx.MaxLabelLen {
		return s
	}
	for i := docx.MaxLabelLen; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i]
		}
	}
	return ""
}

func isPlaceholder(nums [9]byte, pos int) bool {
	for _, p := range nums {
		if int(p) == pos {
			return true
		}
	}
	return false
}

// formatNumber writes n in the number format nfc ([MS-DOC] 2.9.173 MSONFC).
func formatNumber(n int, nfc byte) string {
	switch nfc {
	case 1:
		return cite.Roman(n)
	case 2:
		return strings.ToLower(cite.Roman(n))
	case 3:
		return strings.ToUpper(letters(n))
	case 4:
		return letters(n)
	case 22:
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case 23, 255:
		return ""
	}
	return strconv.Itoa(n)
}

// letters is Word's lowerLetter: a to z, then aa to zz, and so on.
func letters(n int) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune('a'+(n-1)%26)), min((n-1)/26+1, 8))
}

// styleList gives props the list instance and level of its paragraph
// style ([MS-DOC] 2.6.2 sprmPIlfo, sprmPIlvl in the style's PAPX, through
// its based-on chain) where the paragraph sets none of its own: a
// paragraph of a numbered heading style is numbered, and one that sets
// its instance to 0 is taken out of its style's list.
func (b *builder) styleList(props paraProps) paraProps {
	if b.fmt == nil || props.ilfoSet && props.ilvlSet {
		return props
	}
	s := b.fmt.paraStyle(props.istd)
	if !s.ok {
		return props
	}
	if !props.ilfoSet {
		props.ilfo = s.pap.ilfo
	}
	if !props.ilvlSet {
		props.ilvl = s.pap.ilvl
	}
	return props
}
