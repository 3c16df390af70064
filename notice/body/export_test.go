package body

// FastParse and GoldmarkParse let body_test compare the two readers on the
// fields of loaded notices.
var (
	FastParse     = fastParse
	GoldmarkParse = goldmarkParse
)
