package check

import "strings"

// headed reports whether s is h, or starts with h followed by one of the
// bytes of seps: headed("sở tài chính", "sở", " ") is true, as
// HasPrefix(s, h+" ") || s == h, without building h+" " each time.
func headed(s, h, seps string) bool {
	rest, ok := strings.CutPrefix(s, h)
	return ok && (rest == "" || strings.IndexByte(seps, rest[0]) >= 0)
}
