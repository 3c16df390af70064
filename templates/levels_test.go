package templates

import (
	"strings"
	"testing"
)

// TestXaNamesNoProvincialBodies: a UBND xã's notice assesses its own
// bodies and thôn, not the province's sở and ngành ("Các sở, ngành, địa
// phương đã triển khai ..." was left in the xã's example).
func TestXaNamesNoProvincialBodies(t *testing.T) {
	for name, tmpl := range map[string][]byte{"example": Example, "full": Full} {
		src, err := ForLevel(tmpl, "xa")
		if err != nil {
			t.Fatal(err)
		}
		low := strings.ToLower(string(src))
		for _, w := range []string{"sở, ngành", "chuyển đổi số tỉnh", "văn phòng ubnd tỉnh", "sở khoa học"} {
			if strings.Contains(low, w) {
				t.Errorf("%s for a xã still names %q", name, w)
			}
		}
	}
}
