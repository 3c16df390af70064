package pdf

// Page geometry in millimetres (spec §1.1, §1.2: A4 portrait; margins top
// and bottom 20-25, left 30-35, right 15-20).
const (
	PageW = 210.0
	PageH = 297.0

	MarginTop    = 20.0
	MarginBottom = 20.0
	MarginLeft   = 30.0
	MarginRight  = 15.0

	TextW     = PageW - MarginLeft - MarginRight
	TextLeft  = MarginLeft
	TextRight = PageW - MarginRight
	// Bottom is the lowest a descender may reach.
	Bottom = PageH - MarginBottom

	mmPerPt = 25.4 / 72
)

// Font sizes in points (spec §14).
const (
	SizeIssuer     = 13.0 // ô 2, 12-13
	SizeCountry    = 13.0 // Quốc hiệu, 12-13
	SizeMotto      = 14.0 // Tiêu ngữ, Quốc hiệu + 1
	SizeNumber     = 13.0 // "Số:", 13
	SizePlaceDate  = 14.0 // = Tiêu ngữ
	SizeTitle      = 14.0 // THÔNG BÁO and the trích yếu, 13-14
	SizeBody       = 14.0 // 13-14; 13 with Options.Small
	SizeLabel      = 12.0 // "Nơi nhận:", 12
	SizeRecipients = 11.0 // 11
	SizeSignature  = 14.0 // 13-14
	SizePageNumber = 13.0 // 13-14
	SizeNote       = 10.0 // footnotes: no rule (spec §10.6); a word processor's default
	SizeTable      = 12.0
	SizeAppendix   = 14.0 // "Phụ lục", 14
)

// Spacing.
const (
	// Indent is the first-line indent of body paragraphs, 1.27 cm (§7.2).
	Indent = 12.7
	// ParaSpace is the space before a body paragraph, 6 pt (§7.2: at least 6).
	ParaSpace = 6 * mmPerPt
	// LineFactor is the body line spacing in multiples of single spacing
	// (§7.2: between single and 1.5 lines).
	LineFactor = 1.1
	// single is single line spacing in em for Times New Roman and its
	// metric twin: (ascent + descent + line gap) / units per em.
	single = (1825.0 + 443.0 + 87.0) / 2048.0
	// SigningLines is the blank space for the signature, in lines (§8.5:
	// at least four).
	SigningLines = 5
	// RuleWidth is the thickness of rule lines.
	RuleWidth = 0.25
)

// Columns of the header (spec §2: ô 2 and 3 on the left, ô 1 and 4 on the
// right).
const HeaderLeftW = 0.40 * TextW

// The end block is laid out as Word lays out the borderless table of a real
// notice (spec §2, [R-LC]: Nơi nhận | gap | signature, 4253 | 958 | 3969
// twips of a 9180-twip table as wide as the text), scaled to the text
// width: ô 9b on the left, ô 7 centred in the right column.
const (
	sigTable = 4253.0 + 958 + 3969
	// SigLeftW is the width of the Nơi nhận cell.
	SigLeftW = 4253 / sigTable * TextW
	// SigRightX and SigRightW place the signature column, from TextLeft.
	SigRightX = (4253 + 958) / sigTable * TextW
	SigRightW = 3969 / sigTable * TextW
	// cellPad is Word's default padding of a table cell on either side,
	// 108 twips.
	cellPad = 108 * 25.4 / 1440
	// RecipientsW is how wide a Nơi nhận line may run: the cell less its
	// padding, as in Word; the text stands flush with the margin.
	RecipientsW = SigLeftW - 2*cellPad
)

// pt converts points to millimetres.
func pt(p float64) float64 { return p * mmPerPt }

// Options change the layout within what the decree allows.
type Options struct {
	// Small sets the body in 13 pt instead of 14.
	Small bool
}

func (o Options) bodySize() float64 {
	if o.Small {
		return 13
	}
	return SizeBody
}
