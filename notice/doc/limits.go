package doc

// Limits on what one .doc may hold. A notice of a few pages is some
// 30-100 KB; they exist so that a broken or hostile file is refused at
// once rather than read without end.
const (
	// MaxInputSize is the largest file read, in bytes.
	MaxInputSize = 32 << 20
	// MaxChars is the most characters of main text read: a report of
	// several hundred pages has about a million.
	MaxChars = 4_000_000
	// MaxPieces is the most pieces the piece table may hold: a file
	// saved quickly many times has a few thousand.
	MaxPieces = 100_000
	// MaxDirEntries is the most directory entries read.
	MaxDirEntries = 100_000
)

// MaxStyles is the most styles a stylesheet may define, and MaxFonts
// the most fonts its font table may: a document has a few hundred
// styles and a few dozen fonts.
const (
	MaxStyles = 4095
	MaxFonts  = 4096
)
