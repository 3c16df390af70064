package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestNumberNeed holds numberNeed, which looks for the last byte of "ố"
// and "Ố", to the scan for the two letters whole (numberNeedByIndex) on
// every line of the notices under testdata, and on a few made ones.
func TestNumberNeed(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", []string{"số 12", "Số 12", "SỐ 12", "ſố 12", "ſỐ 12", "số12", "ố 12", "xố 12", "sỐ 12 đ", "Đ số", "đố 1", "ñ 1", "số", "\xbb\x91 1", "s\xe1\xbb 1"})
	testlines.Agree(t, "numberNeed", lines, numberNeed, numberNeedByIndex, 10)
}

// numberNeedByIndex is numberNeed as it scanned for "ố" and "Ố" whole.
func numberNeedByIndex(s string) bool {
	for _, o := range [...]string{"ố", "Ố"} {
		for at := 0; ; {
			k := strings.Index(s[at:], o)
			if k < 0 {
				break
			}
			k += at
			at = k + len(o)
			if (k >= 1 && (s[k-1] == 's' || s[k-1] == 'S') || strings.HasSuffix(s[:k], "ſ")) && numberEnds(s[at:]) {
				return true
			}
		}
	}
	return false
}
