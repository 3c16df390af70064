package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestListOneSlip: one number typed wrong is said once, at the number to
// change, with the number it must be; a gap of several numbers, and a
// repeat the next marker does not explain, keep their own messages.
func TestListOneSlip(t *testing.T) {
	for _, tc := range []struct{ markers, want string }{
		{"1. 2. 4. 4. 5.", "4. đứng sau 2.: phải là 3."},
		{"1. 2. 2. 4. 5.", "2. lặp lại: phải là 3."},
		{"1. 2. 7. 4. 5.", "7. đứng sau 2.: phải là 3."},
		{"1. 2. 5. 6.", "5. đứng sau 2.: thiếu 3."},
		{"1. 2. 2. 3.", "2. lặp lại"},
		{"a) b) d) d) đ)", "d) đứng sau b): phải là c)"},
		{"I. 1. 3. II. 1. 2.", "3. đứng sau 1.: thiếu 2."},
	} {
		q := newSequence()
		var out []markerFault
		for _, m := range strings.Fields(tc.markers) {
			if r, msg, bad := q.next(m); bad && r != "" {
				out = append(out, markerFault{r, nil, msg})
				q.keep(len(out) - 1)
			}
			q.applyRefold(out)
		}
		var got []string
		for _, f := range out {
			got = append(got, f.msg.In(diag.VI))
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("%s: said %q, want %q", tc.markers, g, tc.want)
		}
	}
}
