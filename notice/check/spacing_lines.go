package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// laterLineSpaces reports, in a paragraph the reading joined from several
// source lines, the first double space of each line after the one already
// said at byte at: each line is a paragraph as its writer typed it (a post
// that breaks its lines with no blank between), and a double space on it
// is a slip of its own. A paragraph of one line is said once, as before.
func laterLineSpaces(p *Pass, seg *Seg, at int, double func(string) int) {
	if seg.oneLine {
		return
	}
	said := seg.LineAt(at)
	for from := at + 2; from < len(seg.Text); {
		end := from + len(seg.Text[from:]) - len(strings.TrimLeft(seg.Text[from:], " "))
		i := double(seg.Text[end:])
		if i < 0 {
			return
		}
		i += end
		if l := seg.LineAt(i); l > said {
			said = l
			p.Report(seg, i, diag.Msg("hai dấu cách liền nhau sau %q", "two spaces in a row after %q", before(seg.Text, i)))
		}
		from = i + 2
	}
}
