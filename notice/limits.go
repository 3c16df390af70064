package notice

import (
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// Limits on what one notice may hold. Real notices are far inside them;
// they exist so that a hostile or broken file gets a clear error instead
// of exhausting memory, the stack or the clerk's patience.
const (
	// MaxSourceSize is the largest source accepted, in bytes. Real
	// notices are a few tens of kilobytes.
	MaxSourceSize = 4 << 20
	// MaxTextLen is the longest text field, in characters: some ten
	// pages of a single paragraph.
	MaxTextLen = 20000
	// MaxListLen is the longest array: attendees, items, recipients.
	MaxListLen = 1000
	// MaxNesting is how deep groups and items may nest: the numbering
	// has five levels (I., 1., a), -, +).
	MaxNesting = 6
	// MaxFootnotes is the most footnotes a notice may have.
	MaxFootnotes = 300
	// MaxProblems is the most load problems reported for one file; a
	// file with more is most likely not a notice at all.
	MaxProblems = 100
)

// Limits are the decoder's limits for a notice source.
var Limits = tomlpos.Limits{
	MaxTextLen:  MaxTextLen,
	MaxListLen:  MaxListLen,
	MaxNesting:  MaxNesting,
	MaxProblems: MaxProblems,
	TextFix:     diag.Msg("rút ngắn văn bản này; nội dung dài thì tách thành nhiều đoạn (paragraphs) hoặc nhiều mục (items)", "shorten it; a long content is split into several paragraphs or items"),
	ListFix:     diag.Msg("chia thành nhiều nhóm hoặc nhiều thông báo", "split it into several groups or notices"),
	NestingName: diag.Msg("các nhóm và mục", "groups and items"),
	NestingFix:  diag.Msg("đưa bớt các mục lên cấp trên: cách đánh số chỉ có năm cấp (I., 1., a), -, +)", "move entries up a level: the numbering has only five levels (I., 1., a), -, +)"),
}
