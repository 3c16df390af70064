package docx

import "unicode"

// RunProps are the effective properties of a run, resolved through the
// document defaults, the table style, the paragraph style, the character
// style and direct formatting, the way Word resolves them.
type RunProps struct {
	// Fonts are the faces of the four script slots, theme fonts resolved.
	Fonts Fonts `json:"fonts"`
	// Size and SizeCS are the sizes in half-points (28 is 14 pt) of
	// ordinary and complex-script text. Word's default is 20.
	Size         int  `json:"size"`
	SizeCS       int  `json:"size_cs"`
	Bold         bool `json:"bold,omitempty"`
	Italic       bool `json:"italic,omitempty"`
	Caps         bool `json:"caps,omitempty"`
	SmallCaps    bool `json:"small_caps,omitempty"`
	Strike       bool `json:"strike,omitempty"`
	DoubleStrike bool `json:"double_strike,omitempty"`
	// Vanish is hidden text: not printed.
	Vanish bool `json:"hidden,omitempty"`
	// Underline is the underline style ("single", "double", "dotted"...),
	// "" for none.
	Underline string `json:"underline,omitempty"`
	// VertAlign is "superscript" or "subscript", "" on the baseline.
	VertAlign string `json:"vert_align,omitempty"`
	// Color is "RRGGBB", "" for automatic.
	Color string `json:"color,omitempty"`
	// Highlight is the highlight colour name, "" for none.
	Highlight string `json:"highlight,omitempty"`
	// Spacing is the extra space between characters, in twips.
	Spacing int `json:"spacing,omitempty"`
	// Lang is the language of ordinary text ("vi-VN", "en-US").
	Lang string `json:"lang,omitempty"`
}

// PointSize returns the size of ordinary text in points.
func (p RunProps) PointSize() float64 { return float64(p.Size) / 2 }

// Fonts are the faces of a run: Word picks one for each character by its
// script.
type Fonts struct {
	ASCII    string `json:"ascii"`
	HAnsi    string `json:"h_ansi"`
	EastAsia string `json:"east_asia"`
	CS       string `json:"cs"`
	// Hint is "eastAsia" or "cs" when the run asks for that slot for
	// characters shared between scripts; "" otherwise.
	Hint string `json:"hint,omitempty"`
}

// For returns the face Word uses for r: ASCII for basic Latin, EastAsia
// for CJK (and for shared punctuation under an eastAsia hint), CS for
// complex scripts, HAnsi for the rest, Vietnamese letters included.
func (f *Fonts) For(r rune) string {
	switch {
	case r < 0x80:
		return f.ASCII
	case complexScript(r):
		return f.CS
	case eastAsian(r):
		return f.EastAsia
	case f.Hint == "eastAsia" && sharedWithEastAsia(r):
		return f.EastAsia
	}
	return f.HAnsi
}

// Faces returns the faces text is printed in, each once, in the order
// they are first used. White space does not count.
func (f Fonts) Faces(text string) []string {
	var out []string
	for _, r := range text {
		if r == ' ' || r == '\t' || r == '\u00a0' {
			continue
		}
		face := f.For(r)
		seen := false
		for _, g := range out {
			if g == face {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, face)
		}
	}
	return out
}

func complexScript(r rune) bool {
	return r >= 0x0590 && r <= 0x08FF || // Hebrew, Arabic, Syriac, Thaana...
		r >= 0x0900 && r <= 0x0DFF || // Indic scripts
		r >= 0x0E00 && r <= 0x0EFF || // Thai, Lao
		r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

func eastAsian(r rune) bool {
	return r >= 0x1100 && r <= 0x11FF || // Hangul Jamo
		r >= 0x2E80 && r <= 0x9FFF || // CJK radicals to unified ideographs
		r >= 0xA960 && r <= 0xA97F || r >= 0xAC00 && r <= 0xD7FF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F ||
		r >= 0xFF00 && r <= 0xFFEF || r >= 0x20000 && r <= 0x2FFFF
}

// sharedWithEastAsia are the characters an eastAsia hint moves to the
// East Asian face: Latin-1 symbols (not its letters), general
// punctuation, letterlike symbols, arrows and the like.
func sharedWithEastAsia(r rune) bool {
	return r >= 0xA1 && r <= 0xFF && !unicode.IsLetter(r) || r >= 0x2000 && r <= 0x27BF
}

// ParaProps are the effective properties of a paragraph.
type ParaProps struct {
	// Align is "left", "center", "right", "both" (justified),
	// "distribute", or another w:jc value as written; "start" and "end"
	// are given as "left" and "right".
	Align   string  `json:"align"`
	Indent  Indent  `json:"indent"`
	Spacing Spacing `json:"spacing"`
	// KeepNext keeps the paragraph on the page of the next one.
	KeepNext        bool `json:"keep_next,omitempty"`
	KeepLines       bool `json:"keep_lines,omitempty"`
	PageBreakBefore bool `json:"page_break_before,omitempty"`
	WidowControl    bool `json:"widow_control,omitempty"`
	// ContextualSpacing drops the space between paragraphs of one style.
	ContextualSpacing bool `json:"contextual_spacing,omitempty"`
	// Num is the numbering reference, from the paragraph or its style.
	Num NumRef `json:"num,omitzero"`
	// OutlineLevel is 0 to 8 for a heading level, -1 for body text.
	OutlineLevel int `json:"outline_level"`
	// Borders of the paragraph (a rule under a line is often a bottom
	// border); nil sides have none.
	Borders Borders `json:"borders,omitzero"`
}

// Indent is a paragraph's indentation, in twips.
type Indent struct {
	Left  int `json:"left"`
	Right int `json:"right"`
	// FirstLine is the first line's indent from Left: negative for a
	// hanging indent, and then Hanging is its size.
	FirstLine int `json:"first_line"`
	Hanging   int `json:"hanging,omitempty"`
	// The *Chars variants are in hundredths of a character; when one is
	// non-zero Word uses it instead of the twips value (FirstLineChars is
	// negative for a hanging indent).
	LeftChars      int `json:"left_chars,omitempty"`
	RightChars     int `json:"right_chars,omitempty"`
	FirstLineChars int `json:"first_line_chars,omitempty"`
}

// Spacing is the space around a paragraph and between its lines.
type Spacing struct {
	// Before and After are in twips (120 is 6 pt).
	Before int `json:"before"`
	After  int `json:"after"`
	// BeforeAuto and AfterAuto are HTML automatic spacing, which
	// overrides Before and After.
	BeforeAuto bool `json:"before_auto,omitempty"`
	AfterAuto  bool `json:"after_auto,omitempty"`
	// BeforeLines and AfterLines are in hundredths of a line; when
	// non-zero Word uses them instead.
	BeforeLines int `json:"before_lines,omitempty"`
	AfterLines  int `json:"after_lines,omitempty"`
	// Line is the line spacing: in 240ths of a line when LineRule is
	// "auto" (240 single, 360 one and a half), in twips when it is
	// "exact" or "atLeast".
	Line     int    `json:"line"`
	LineRule string `json:"line_rule"`
}

// NumRef is a numbering reference: instance ID (0 for none) and level.
type NumRef struct {
	ID    int `json:"id"`
	Level int `json:"level"`
}

// Borders are the borders of a paragraph or a table.
type Borders struct {
	Top    *Border `json:"top,omitempty"`
	Bottom *Border `json:"bottom,omitempty"`
	Left   *Border `json:"left,omitempty"`
	Right  *Border `json:"right,omitempty"`
	// Between is the border between paragraphs with the same borders;
	// InsideH and InsideV the inner borders of a table.
	Between *Border `json:"between,omitempty"`
	InsideH *Border `json:"inside_h,omitempty"`
	InsideV *Border `json:"inside_v,omitempty"`
}

// Border is one border line.
type Border struct {
	// Style is the line style: "single", "double", "dashed"...
	Style string `json:"style"`
	// Size is the width in eighths of a point; Space the distance from
	// the text in points.
	Size  int `json:"size"`
	Space int `json:"space"`
	// Color is "RRGGBB" or "auto".
	Color string `json:"color,omitempty"`
}

// Property layers: what one level of the style hierarchy (document
// defaults, a style, direct formatting) says, and what it leaves unsaid.

// Toggle properties, in the order of rLayer.tog.
const (
	togBold = iota
	togItalic
	togCaps
	togSmallCaps
	togStrike
	togDStrike
	togVanish
	nToggles
)

var toggleNames = [nToggles]string{"b", "i", "caps", "smallCaps", "strike", "dstrike", "vanish"}

// Font slots, in the order of rLayer.font.
const (
	slotASCII = iota
	slotHAnsi
	slotEastAsia
	slotCS
	nSlots
)

// Bits of rLayer.has.
const (
	rhSize = 1 << iota
	rhSizeCS
	rhUnderline
	rhVertAlign
	rhColor
	rhHighlight
	rhSpacing
	rhLang
	rhHint
	rhToggle0 // nToggles bits from here
)

type fontSlot struct {
	name, theme string
	set         bool
}

type rLayer struct {
	has       uint32
	font      [nSlots]fontSlot
	hint      string
	sz, szCS  int
	tog       [nToggles]bool
	underline string
	vertAlign string
	color     string
	highlight string
	spacing   int
	lang      string
	style     string // w:rStyle, direct formatting only
}

func (l *rLayer) hasTog(k int) bool { return l.has&(rhToggle0<<k) != 0 }

func (l *rLayer) setTog(k int, v bool) {
	l.has |= rhToggle0 << k
	l.tog[k] = v
}

// rLayerOf reads a w:rPr element (-1 gives an empty layer).
func (t *tree) rLayerOf(rPr int32) rLayer {
	var l rLayer
	if rPr < 0 {
		return l
	}
	for k := t.nodes[rPr].first; k >= 0; k = t.nodes[k].next {
		n := &t.nodes[k]
		if n.ns != nsW {
			continue
		}
		switch n.name {
		case "rFonts":
			t.readFonts(k, &l)
		case "sz":
			if v, ok := t.halfPointsAttr(k, "val"); ok && v > 0 {
				l.sz, l.has = min(v, 3276), l.has|rhSize
			}
		case "szCs":
			if v, ok := t.halfPointsAttr(k, "val"); ok && v > 0 {
				l.szCS, l.has = min(v, 3276), l.has|rhSizeCS
			}
		case "u":
			l.underline, l.has = t.val(k), l.has|rhUnderline
			if l.underline == "none" {
				l.underline = ""
			}
		case "vertAlign":
			l.vertAlign, l.has = t.val(k), l.has|rhVertAlign
			if l.vertAlign == "baseline" {
				l.vertAlign = ""
			}
		case "color":
			l.color, l.has = t.val(k), l.has|rhColor
			if l.color == "auto" {
				l.color = ""
			}
		case "highlight":
			l.highlight, l.has = t.val(k), l.has|rhHighlight
			if l.highlight == "none" {
				l.highlight = ""
			}
		case "spacing":
			if v, ok := t.twipsAttr(k, "val"); ok {
				l.spacing, l.has = v, l.has|rhSpacing
			}
		case "lang":
			if v, ok := t.wattr(k, "val"); ok {
				l.lang, l.has = v, l.has|rhLang
			}
		case "rStyle":
			l.style = t.val(k)
		default:
			for i, tn := range toggleNames {
				if n.name == tn {
					l.setTog(i, t.onOff(k))
				}
			}
		}
	}
	return l
}

func (t *tree) readFonts(k int32, l *rLayer) {
	names := [nSlots][2]string{{"ascii", "asciiTheme"}, {"hAnsi", "hAnsiTheme"}, {"eastAsia", "eastAsiaTheme"}, {"cs", "cstheme"}}
	for s, nm := range names {
		v, ok := t.wattr(k, nm[0])
		th, okT := t.wattr(k, nm[1])
		if ok || okT {
			l.font[s] = fontSlot{name: v, theme: th, set: true}
		}
	}
	if h, ok := t.wattr(k, "hint"); ok {
		l.hint, l.has = h, l.has|rhHint
		if h == "default" {
			l.hint = ""
		}
	}
}

// over lays src over l: what src says replaces what l says. Toggles are
// replaced too; the style hierarchy combines them apart (see resolve).
func (l *rLayer) over(src *rLayer) {
	for s := range src.font {
		if src.font[s].set {
			l.font[s] = src.font[s]
		}
	}
	h := src.has
	if h&rhHint != 0 {
		l.hint = src.hint
	}
	if h&rhSize != 0 {
		l.sz = src.sz
	}
	if h&rhSizeCS != 0 {
		l.szCS = src.szCS
	}
	if h&rhUnderline != 0 {
		l.underline = src.underline
	}
	if h&rhVertAlign != 0 {
		l.vertAlign = src.vertAlign
	}
	if h&rhColor != 0 {
		l.color = src.color
	}
	if h&rhHighlight != 0 {
		l.highlight = src.highlight
	}
	if h&rhSpacing != 0 {
		l.spacing = src.spacing
	}
	if h&rhLang != 0 {
		l.lang = src.lang
	}
	for k := range nToggles {
		if src.hasTog(k) {
			l.tog[k] = src.tog[k]
		}
	}
	l.has |= h
}

// Bits of pLayer.has.
const (
	phAlign = 1 << iota
	phLeft
	phRight
	phFirst
	phLeftChars
	phRightChars
	phFirstChars
	phBefore
	phAfter
	phBeforeAuto
	phAfterAuto
	phBeforeLines
	phAfterLines
	phLine
	phLineRule
	phKeepNext
	phKeepLines
	phPageBreakBefore
	phWidow
	phContextual
	phNumID
	phLevel
	phOutline
	phBorders
)

type pLayer struct {
	has                                                uint32
	align                                              string
	left, right, first, leftChars, rightChars, firstCh int
	before, after, beforeLines, afterLines, line       int
	beforeAuto, afterAuto                              bool
	lineRule                                           string
	keepNext, keepLines, pageBreakBefore, widow        bool
	contextual                                         bool
	numID, level, outline                              int
	borders                                            Borders
	bordersSet                                         uint8  // bit per side, in the order of borderSides
	style                                              string // w:pStyle, direct formatting only
	mark                                               rLayer // w:rPr of the paragraph mark
	markSet                                            bool
	sectPr                                             int32 // w:sectPr, direct formatting only
}

// pLayerOf reads a w:pPr element (-1 gives an empty layer).
func (t *tree) pLayerOf(pPr int32) pLayer {
	l := pLayer{sectPr: -1}
	if pPr < 0 {
		return l
	}
	for k := t.nodes[pPr].first; k >= 0; k = t.nodes[k].next {
		n := &t.nodes[k]
		if n.ns != nsW {
			continue
		}
		switch n.name {
		case "pStyle":
			l.style = t.val(k)
		case "jc":
			l.align, l.has = normAlign(t.val(k)), l.has|phAlign
		case "ind":
			t.readIndent(k, &l)
		case "spacing":
			t.readSpacing(k, &l)
		case "keepNext":
			l.keepNext, l.has = t.onOff(k), l.has|phKeepNext
		case "keepLines":
			l.keepLines, l.has = t.onOff(k), l.has|phKeepLines
		case "pageBreakBefore":
			l.pageBreakBefore, l.has = t.onOff(k), l.has|phPageBreakBefore
		case "widowControl":
			l.widow, l.has = t.onOff(k), l.has|phWidow
		case "contextualSpacing":
			l.contextual, l.has = t.onOff(k), l.has|phContextual
		case "numPr":
			t.readNumPr(k, &l)
		case "outlineLvl":
			if v, ok := t.intAttr(k, "val"); ok {
				l.outline, l.has = v, l.has|phOutline
			}
		case "pBdr":
			t.readBorders(k, &l.borders, &l.bordersSet)
			l.has |= phBorders
		case "rPr":
			l.mark, l.markSet = t.rLayerOf(k), true
		case "sectPr":
			l.sectPr = k
		}
	}
	return l
}

func normAlign(v string) string {
	switch v {
	case "start":
		return "left"
	case "end":
		return "right"
	}
	return v
}

func (t *tree) readIndent(k int32, l *pLayer) {
	set := func(bit uint32, dst *int, names ...string) {
		read := t.twipsAttr
		if bit == phLeftChars || bit == phRightChars {
			read = t.intAttr // hundredths of a character
		}
		for _, n := range names {
			if v, ok := read(k, n); ok {
				*dst = v
				l.has |= bit
				return
			}
		}
	}
	set(phLeft, &l.left, "left", "start")
	set(phRight, &l.right, "right", "end")
	set(phLeftChars, &l.leftChars, "leftChars", "startChars")
	set(phRightChars, &l.rightChars, "rightChars", "endChars")
	if v, ok := t.twipsAttr(k, "hanging"); ok {
		l.first, l.has = -v, l.has|phFirst
	} else if v, ok := t.twipsAttr(k, "firstLine"); ok {
		l.first, l.has = v, l.has|phFirst
	}
	hc, okH := t.intAttr(k, "hangingChars")
	fc, okF := t.intAttr(k, "firstLineChars")
	switch {
	case okH && hc != 0:
		l.firstCh, l.has = -hc, l.has|phFirstChars
	case okF:
		l.firstCh, l.has = fc, l.has|phFirstChars
	case okH:
		l.firstCh, l.has = 0, l.has|phFirstChars
	}
}

func (t *tree) readSpacing(k int32, l *pLayer) {
	ints := []struct {
		name string
		bit  uint32
		dst  *int
		read func(int32, string) (int, bool)
	}{{"before", phBefore, &l.before, t.twipsAttr}, {"after", phAfter, &l.after, t.twipsAttr},
		{"beforeLines", phBeforeLines, &l.beforeLines, t.intAttr}, {"afterLines", phAfterLines, &l.afterLines, t.intAttr},
		{"line", phLine, &l.line, t.twipsAttr}}
	for _, a := range ints {
		if v, ok := a.read(k, a.name); ok {
			*a.dst = v
			l.has |= a.bit
		}
	}
	if v, ok := t.wattr(k, "beforeAutospacing"); ok {
		l.beforeAuto, l.has = onOffValue(v), l.has|phBeforeAuto
	}
	if v, ok := t.wattr(k, "afterAutospacing"); ok {
		l.afterAuto, l.has = onOffValue(v), l.has|phAfterAuto
	}
	if v, ok := t.wattr(k, "lineRule"); ok {
		l.lineRule, l.has = v, l.has|phLineRule
	} else if l.has&phLine != 0 {
		l.lineRule, l.has = "auto", l.has|phLineRule
	}
}

func onOffValue(v string) bool {
	switch v {
	case "0", "false", "off":
		return false
	}
	return true
}

func (t *tree) readNumPr(k int32, l *pLayer) {
	if c := t.wchild(k, "numId"); c >= 0 {
		if v, ok := t.intAttr(c, "val"); ok {
			l.numID, l.has = v, l.has|phNumID
		}
	}
	if c := t.wchild(k, "ilvl"); c >= 0 {
		if v, ok := t.intAttr(c, "val"); ok {
			l.level, l.has = max(0, min(v, 8)), l.has|phLevel
		}
	}
}

// borderSides are the border elements of w:pBdr and w:tblBorders, in the
// order of the bits of pLayer.bordersSet.
var borderSides = [...][2]string{{"top", ""}, {"bottom", ""}, {"left", "start"}, {"right", "end"}, {"between", ""}, {"insideH", ""}, {"insideV", ""}}

func sidePtr(b *Borders, i int) **Border {
	return [...]**Border{&b.Top, &b.Bottom, &b.Left, &b.Right, &b.Between, &b.InsideH, &b.InsideV}[i]
}

func (t *tree) readBorders(k int32, b *Borders, set *uint8) {
	for c := t.nodes[k].first; c >= 0; c = t.nodes[c].next {
		if t.nodes[c].ns != nsW {
			continue
		}
		for i, side := range borderSides {
			if t.nodes[c].name != side[0] && t.nodes[c].name != side[1] {
				continue
			}
			*set |= 1 << i
			*sidePtr(b, i) = t.border(c)
		}
	}
}

// border reads one border; "nil" and "none" are no border.
func (t *tree) border(k int32) *Border {
	style := t.val(k)
	if style == "" || style == "nil" || style == "none" {
		return nil
	}
	b := &Border{Style: style}
	b.Size, _ = t.intAttr(k, "sz")
	b.Space, _ = t.intAttr(k, "space")
	b.Color, _ = t.wattr(k, "color")
	return b
}

// over lays src over l.
func (l *pLayer) over(src *pLayer) {
	h := src.has
	if h&phAlign != 0 {
		l.align = src.align
	}
	if h&phLeft != 0 {
		l.left = src.left
	}
	if h&phRight != 0 {
		l.right = src.right
	}
	if h&phFirst != 0 {
		l.first = src.first
	}
	if h&phLeftChars != 0 {
		l.leftChars = src.leftChars
	}
	if h&phRightChars != 0 {
		l.rightChars = src.rightChars
	}
	if h&phFirstChars != 0 {
		l.firstCh = src.firstCh
	}
	if h&phBefore != 0 {
		l.before = src.before
	}
	if h&phAfter != 0 {
		l.after = src.after
	}
	if h&phBeforeAuto != 0 {
		l.beforeAuto = src.beforeAuto
	}
	if h&phAfterAuto != 0 {
		l.afterAuto = src.afterAuto
	}
	if h&phBeforeLines != 0 {
		l.beforeLines = src.beforeLines
	}
	if h&phAfterLines != 0 {
		l.afterLines = src.afterLines
	}
	if h&phLine != 0 {
		l.line = src.line
	}
	if h&phLineRule != 0 {
		l.lineRule = src.lineRule
	}
	if h&phKeepNext != 0 {
		l.keepNext = src.keepNext
	}
	if h&phKeepLines != 0 {
		l.keepLines = src.keepLines
	}
	if h&phPageBreakBefore != 0 {
		l.pageBreakBefore = src.pageBreakBefore
	}
	if h&phWidow != 0 {
		l.widow = src.widow
	}
	if h&phContextual != 0 {
		l.contextual = src.contextual
	}
	if h&phNumID != 0 {
		l.numID = src.numID
	}
	if h&phLevel != 0 {
		l.level = src.level
	}
	if h&phOutline != 0 {
		l.outline = src.outline
	}
	for i := range borderSides {
		if src.bordersSet&(1<<i) != 0 {
			*sidePtr(&l.borders, i) = *sidePtr(&src.borders, i)
		}
	}
	l.bordersSet |= src.bordersSet
	if src.markSet {
		l.mark.over(&src.mark)
		l.markSet = true
	}
	l.has |= h
}

// props turns a merged layer into effective paragraph properties.
func (l *pLayer) props() ParaProps {
	p := ParaProps{
		Align: l.align,
		Indent: Indent{Left: l.left, Right: l.right, FirstLine: l.first,
			LeftChars: l.leftChars, RightChars: l.rightChars, FirstLineChars: l.firstCh},
		Spacing: Spacing{Before: l.before, After: l.after, BeforeAuto: l.beforeAuto, AfterAuto: l.afterAuto,
			BeforeLines: l.beforeLines, AfterLines: l.afterLines, Line: l.line, LineRule: l.lineRule},
		KeepNext: l.keepNext, KeepLines: l.keepLines, PageBreakBefore: l.pageBreakBefore, WidowControl: l.widow,
		ContextualSpacing: l.contextual,
		Num:               NumRef{ID: l.numID, Level: l.level},
		OutlineLevel:      -1,
		Borders:           l.borders,
	}
	if p.Align == "" {
		p.Align = "left"
	}
	if p.Indent.FirstLine < 0 {
		p.Indent.Hanging = -p.Indent.FirstLine
	}
	if l.has&phLine == 0 {
		p.Spacing.Line, p.Spacing.LineRule = 240, "auto"
	}
	if l.has&phOutline != 0 && l.outline >= 0 && l.outline <= 8 {
		p.OutlineLevel = l.outline
	}
	return p
}
