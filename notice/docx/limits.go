package docx

// Limits on what one Word file may hold. Real notices are far inside them
// (the largest of the Lào Cai files is 86 KB, 830 KB unpacked); they
// exist so that a hostile or broken file gets a clear finding within a
// second instead of exhausting memory or time.
const (
	// MaxInputSize is the largest file accepted, in bytes, as stored.
	MaxInputSize = 32 << 20
	// MaxUnpackedSize is the most bytes read out of the archive for all
	// parts together, counted while unpacking: a zip bomb stops here
	// whatever its headers claim.
	MaxUnpackedSize = 64 << 20
	// MaxPartSize is the most bytes one part may unpack to.
	MaxPartSize = 32 << 20
	// MaxEntries is the most files the archive may list; a Word file
	// has twenty or so.
	MaxEntries = 5000
	// MaxDepth is how deep the XML of a part may nest. Word nests a few
	// levels per table or text box; 256 leaves room for tables in tables.
	MaxDepth = 256
	// MaxElements is the most XML elements read from all parts together:
	// the largest real file has 18 000 in its body, a report of several
	// hundred pages some 500 000.
	MaxElements = 1_000_000
	// MaxAttrs is the most XML attributes read from all parts together.
	MaxAttrs = 2_000_000
	// MaxElementAttrs is the most attributes one element may carry.
	MaxElementAttrs = 512
	// MaxBlocks is the most paragraphs and table cells read from all
	// parts together: a notice has a few hundred, a report of two hundred
	// pages with large tables some ten thousand. Each costs about a
	// kilobyte.
	MaxBlocks = 50_000
	// MaxDefinitions is the most styles, and the most numbering
	// definitions, a file may define: Word's own templates have a few
	// hundred styles.
	MaxDefinitions = 10_000
	// MaxStyleChain is the longest chain of styles based on one another
	// (and of numbering definitions linked through styles) that is
	// followed; a loop stops here too.
	MaxStyleChain = 32
	// MaxLabelLen is the longest numbering label computed, in bytes; a
	// level text or a letter count that would be longer is cut.
	MaxLabelLen = 256
)
