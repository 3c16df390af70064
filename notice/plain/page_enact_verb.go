package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// A decision's enacting verb stands on a line of its own, in capitals,
// under its last ground ("Xét đề nghị của Sở Nội vụ ... ngày
// 11/11/2013," / "QUYẾT ĐỊNH:"): on a page's text layer no paragraph goes
// on into it, even after a comma that asks for more.

// enactVerbRe is the enacting verb alone: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:",
// "CHỈ THỊ:".
var enactVerbRe = lazyre.New(`^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ)\s*:\s*$`)

// enactVerb reports whether t (trimmed) is a decision's enacting verb
// alone on its line.
func enactVerb(t string) bool { return enactVerbRe().MatchString(t) }
