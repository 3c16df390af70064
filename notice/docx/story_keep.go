package docx

// storyKeep is the keepFunc of the parts that hold text (the main
// document, headers and footers, footnotes and endnotes): it skips,
// unparsed, the subtrees the reader never asks for by name and that hold
// nothing it looks for in them (no text, no text box, no position of a
// shape). A table of a long file carries a border, an alignment and a
// hideMark on every cell, and each run its complex-script bold and
// italic: some tenth of the elements of a real notice. What is skipped
// still counts against the limits (bytes, elements, depth).
//
// A name belongs here only if no code of the package compares an element
// with it; TestStoryKeepUnread holds the list to that.
func storyKeep(_ int, ns nsID, name string) bool {
	switch ns {
	case nsW:
		return !storyUnread(name)
	case nsA:
		// DrawingML: the shape's geometry, fill and line, the picture. A
		// text box sits in a:graphic/a:graphicData, which are kept.
		return name == "graphic" || name == "graphicData"
	}
	return true
}

// storyUnread reports whether a w: element of a story is never read.
func storyUnread(name string) bool {
	switch name {
	case "tcBorders", "vAlign", "hideMark", "shd", "noWrap", "tcMar", "tcFitText",
		"trHeight", "cantSplit", "jcRow",
		"tblW", "tblLook", "tblInd", "tblLayout", "tblCellMar", "tblCellSpacing", "tblpPr", "tblOverlap", "tblCaption", "tblDescription",
		"bCs", "iCs", "noProof", "position", "kern", "fitText", "webHidden", "effect", "em", "eastAsianLayout", "snapToGrid",
		"tabs", "adjustRightInd", "autoSpaceDE", "autoSpaceDN", "suppressAutoHyphens", "textAlignment", "textboxTightWrap", "mirrorIndents", "suppressOverlap", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "cnfStyle",
		"proofErr", "bookmarkStart", "bookmarkEnd", "permStart", "permEnd",
		"sdtPr", "sdtEndPr", "docGrid", "printerSettings":
		return true
	}
	return false
}
