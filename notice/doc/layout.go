package doc

import (
	"github.com/thongbao/thongbao/notice/docx"
)

// The formatting of paragraphs and runs ([MS-DOC] 2.6.1 character sprms,
// 2.6.2 paragraph sprms, 2.4.6.5-6 how they are applied): a paragraph's
// properties are the defaults changed by its style's (through the styles
// it is based on) and then by its own sprms (its PAPX); a run's are the
// defaults changed by its paragraph's style's character sprms, then by
// its character style's (sprmCIstd), then by its own (its CHPX). A
// toggle (bold, italic, caps...) is on at 1, off at 0, the style's value
// at 0x80 and its opposite at 0x81.

// The paragraph sprms of layout read.
const (
	sprmPJc80            = 0x2403
	sprmPFKeep           = 0x2405
	sprmPFKeepFollow     = 0x2406
	sprmPFPageBreakBef   = 0x2407
	sprmPDxaRight80      = 0x840E
	sprmPDxaLeft80       = 0x840F
	sprmPDxaLeft180      = 0x8411
	sprmPDyaLine         = 0x6412
	sprmPDyaBefore       = 0xA413
	sprmPDyaAfter        = 0xA414
	sprmPFWidowControl   = 0x2431
	sprmPFDyaBeforeAuto  = 0x245B
	sprmPFDyaAfterAuto   = 0x245C
	sprmPDxaRight        = 0x845D
	sprmPDxaLeft         = 0x845E
	sprmPDxaLeft1        = 0x8460
	sprmPJc              = 0x2461
	sprmPFContextualSpac = 0x246D
	sprmPOutLvl          = 0x2640
	sprmPDxcRight        = 0x4455
	sprmPDxcLeft         = 0x4456
	sprmPDxcLeft1        = 0x4457
	sprmPDylBefore       = 0x4458
	sprmPDylAfter        = 0x4459
)

// The character sprms of layout read.
const (
	sprmCFBold      = 0x0835
	sprmCFItalic    = 0x0836
	sprmCFStrike    = 0x0837
	sprmCFSmallCaps = 0x083A
	sprmCFDStrike   = 0x2A53
	sprmCIstd       = 0x4A30
	sprmCKul        = 0x2A3E
	sprmCIss        = 0x2A48
	sprmCHps        = 0x4A43
	sprmCHpsBi      = 0x4A61
	sprmCRgFtc0     = 0x4A4F
	sprmCRgFtc1     = 0x4A50
	sprmCRgFtc2     = 0x4A51
	sprmCFtcBi      = 0x4A5E
	sprmCRgLid0_80  = 0x486D
	sprmCRgLid0     = 0x4873
)

// The toggles of a run, by their place in chp.tog.
const (
	togBold = iota
	togItalic
	togStrike
	togSmallCaps
	togCaps
	togVanish
	togDStrike
	nTog
)

var toggles = map[uint16]int{sprmCFBold: togBold, sprmCFItalic: togItalic, sprmCFStrike: togStrike,
	sprmCFSmallCaps: togSmallCaps, sprmCFCaps: togCaps, sprmCFVanish: togVanish, sprmCFDStrike: togDStrike}

// chp is a run's properties as sprms give them: fonts as indexes in the
// font table (ASCII, East Asian, other, complex script).
type chp struct {
	ftc        [4]int
	hps, hpsBi int
	tog        [nTog]bool
	kul, iss   int
	istd       int
	lid        int
}

// applyChp changes c by the character sprms b; false when one of them
// cannot be read.
func applyChp(c *chp, b []byte) bool {
	was := c.tog
	return eachSprm(b, func(op uint16, arg []byte) {
		if k, ok := toggles[op]; ok {
			switch v := u8(arg); v {
			case 0, 1:
				c.tog[k] = v == 1
			case 0x80:
				c.tog[k] = was[k]
			case 0x81:
				c.tog[k] = !was[k]
			}
			return
		}
		switch op {
		case sprmCRgFtc0:
			c.ftc[0] = u16(arg)
		case sprmCRgFtc1:
			c.ftc[1] = u16(arg)
		case sprmCRgFtc2:
			c.ftc[2] = u16(arg)
		case sprmCFtcBi:
			c.ftc[3] = u16(arg)
		case sprmCHps:
			c.hps = u16(arg)
		case sprmCHpsBi:
			c.hpsBi = u16(arg)
		case sprmCKul:
			c.kul = u8(arg)
		case sprmCIss:
			c.iss = u8(arg)
		case sprmCIstd:
			c.istd = u16(arg)
		case sprmCRgLid0_80, sprmCRgLid0:
			c.lid = u16(arg)
		}
	})
}

// underlines names the underlines (kul) as a .docx does.
var underlines = map[int]string{1: "single", 2: "words", 3: "double", 4: "dotted", 6: "thick", 7: "dash",
	9: "dotDash", 10: "dotDotDash", 11: "wave", 20: "dottedHeavy", 23: "dashedHeavy", 39: "dashLong", 43: "wavyDouble"}

// languages names the languages (LCID) of the text most met in the
// notices as a .docx does; another is left unnamed.
var languages = map[int]string{0x042A: "vi-VN", 0x0409: "en-US", 0x0809: "en-GB", 0x040C: "fr-FR",
	0x0419: "ru-RU", 0x0804: "zh-CN", 0x0404: "zh-TW", 0x0411: "ja-JP", 0x0412: "ko-KR", 0x0407: "de-DE"}

// runProps turns c into a .docx's run properties, fonts named by fonts.
func (c *chp) runProps(fonts []string) docx.RunProps {
	face := func(i int) string {
		if i >= 0 && i < len(fonts) {
			return fonts[i]
		}
		return ""
	}
	p := docx.RunProps{Size: c.hps, SizeCS: c.hpsBi,
		Fonts: docx.Fonts{ASCII: face(c.ftc[0]), EastAsia: face(c.ftc[1]), HAnsi: face(c.ftc[2]), CS: face(c.ftc[3])},
		Bold:  c.tog[togBold], Italic: c.tog[togItalic], Strike: c.tog[togStrike], SmallCaps: c.tog[togSmallCaps],
		Caps: c.tog[togCaps], Vanish: c.tog[togVanish], DoubleStrike: c.tog[togDStrike]}
	if c.kul != 0 {
		p.Underline = underlines[c.kul]
		if p.Underline == "" {
			p.Underline = "single"
		}
	}
	p.Lang = languages[c.lid]
	switch c.iss {
	case 1:
		p.VertAlign = "superscript"
	case 2:
		p.VertAlign = "subscript"
	}
	return p
}

// pap is a paragraph's properties as sprms give them.
type pap struct {
	props docx.ParaProps
	ilfo  int
	ilvl  int
}

// defaultPap is a paragraph of no properties: left, single spacing.
func defaultPap() pap {
	return pap{props: docx.ParaProps{Align: "left", OutlineLevel: -1, Spacing: docx.Spacing{Line: 240, LineRule: "auto"}}}
}

// aligns names the alignments (jc) as a .docx does.
var aligns = [...]string{"left", "center", "right", "both", "distribute"}

// applyPap changes p by the paragraph sprms b; false when one of them
// cannot be read.
func applyPap(p *pap, b []byte) bool {
	pp := &p.props
	return eachSprm(b, func(op uint16, arg []byte) {
		switch op {
		case sprmPJc80, sprmPJc:
			if v := u8(arg); v < len(aligns) {
				pp.Align = aligns[v]
			}
		case sprmPDxaLeft80, sprmPDxaLeft:
			pp.Indent.Left = i16(arg)
		case sprmPDxaRight80, sprmPDxaRight:
			pp.Indent.Right = i16(arg)
		case sprmPDxaLeft180, sprmPDxaLeft1:
			pp.Indent.FirstLine = i16(arg)
		case sprmPDxcLeft:
			pp.Indent.LeftChars = i16(arg)
		case sprmPDxcRight:
			pp.Indent.RightChars = i16(arg)
		case sprmPDxcLeft1:
			pp.Indent.FirstLineChars = i16(arg)
		case sprmPDyaBefore:
			pp.Spacing.Before = u16(arg)
		case sprmPDyaAfter:
			pp.Spacing.After = u16(arg)
		case sprmPDylBefore:
			pp.Spacing.BeforeLines = i16(arg)
		case sprmPDylAfter:
			pp.Spacing.AfterLines = i16(arg)
		case sprmPFDyaBeforeAuto:
			pp.Spacing.BeforeAuto = u8(arg) != 0
		case sprmPFDyaAfterAuto:
			pp.Spacing.AfterAuto = u8(arg) != 0
		case sprmPDyaLine:
			line, mult := i16(arg), i16(arg[min(2, len(arg)):])
			switch {
			case mult != 0:
				pp.Spacing.Line, pp.Spacing.LineRule = line, "auto"
			case line < 0:
				pp.Spacing.Line, pp.Spacing.LineRule = -line, "exact"
			default:
				pp.Spacing.Line, pp.Spacing.LineRule = line, "atLeast"
			}
		case sprmPFKeep:
			pp.KeepLines = u8(arg) != 0
		case sprmPFKeepFollow:
			pp.KeepNext = u8(arg) != 0
		case sprmPFPageBreakBef:
			pp.PageBreakBefore = u8(arg) != 0
		case sprmPFWidowControl:
			pp.WidowControl = u8(arg) != 0
		case sprmPFContextualSpac:
			pp.ContextualSpacing = u8(arg) != 0
		case sprmPOutLvl:
			pp.OutlineLevel = -1
			if v := u8(arg); v <= 8 {
				pp.OutlineLevel = v
			}
		case sprmPIlfo:
			p.ilfo = i16(arg)
		case sprmPIlvl:
			p.ilvl = u8(arg)
		}
	})
}
