package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A repository of transcribed documents writes its own lines around each
// notice it holds: a YAML front matter at the head ("---", "doc_id: ...",
// "tags:" and its list, "---"), a disclaimer as a Markdown note (">
// **[DISCLAIMER]** Tài liệu này được tạo bởi AI ..."), a source note as an
// HTML block of a note's class or role ('<div class="source-note"
// role="note">Tệp này được tạo dựa trên nội dung công khai. ...</div>'),
// at the head or at the end. None is the notice's: markCopyNotes marks
// them as the page's (line.page).
var (
	// noteQuoteRe is a Markdown note opened by a label in brackets in
	// capitals ("[DISCLAIMER]", "[NOTE]", GitHub's "[!WARNING]"), perhaps
	// in bold.
	noteQuoteRe = lazyre.New(`^>\s*(?:\*\*|__)?\[!?[A-Z][A-Z ]{2,20}\](?:\*\*|__)?(?:\s|$)`)
	// noteDivRe opens an HTML block whose class or role is a note's, a
	// disclaimer's or a source's.
	noteDivRe = lazyre.New(`(?i)^<(?:div|aside|section|p)\s[^>]*(?:class|role)\s*=\s*"[^"]*(?:note|disclaimer|source)[^"]*"`)
	noteEndRe = lazyre.New(`(?i)</(?:div|aside|section|p)>\s*$`)
)

// noteLines is how many lines a disclaimer or a source note takes at most.
const noteLines = 12

// markCopyNotes marks the front matter, the disclaimers and the source
// notes of out (one line for each of raws) as the page's.
func markCopyNotes(out []line, raws []rawLine) {
	for i := range frontMatterEnd(raws) {
		out[i].page = true
	}
	for i := 0; i < len(raws); i++ {
		t := strings.TrimSpace(raws[i].s)
		switch {
		case noteQuoteRe().MatchString(t):
			for ; i < len(raws) && strings.HasPrefix(strings.TrimSpace(raws[i].s), ">"); i++ {
				out[i].page = true
			}
			i--
		case noteDivRe().MatchString(t):
			end := i
			for end < len(raws) && end < i+noteLines && !noteEndRe().MatchString(raws[end].s) {
				end++
			}
			if end == len(raws) || end == i+noteLines {
				continue
			}
			for ; i <= end; i++ {
				out[i].page = true
			}
			i--
		}
	}
}
