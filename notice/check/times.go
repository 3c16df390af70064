package check

import (
	"github.com/thongbao/thongbao/notice/diag"
)

// times counts in both languages: "3 lần", "3 times"; "1 lần", "once".
func times(n int) diag.Text {
	if n == 1 {
		return diag.Text{VI: "1 lần", EN: "once"}
	}
	return diag.Msg("%d lần", "%d times", n)
}

// withCount adds to msg how often the wrong way of writing stands, when
// it stands more than once: "(3 lần)", "(3 times)".
func withCount(msg diag.Text, n int) diag.Text {
	if n > 1 {
		c := times(n)
		msg.VI += " (" + c.VI + ")"
		msg.EN += " (" + c.EN + ")"
	}
	return msg
}
