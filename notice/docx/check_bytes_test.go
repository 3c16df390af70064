package docx

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// bytesOracle is what checkBytes must say: a control character anywhere
// first, then bytes that are not UTF-8.
func bytesOracle(data []byte) error {
	for _, c := range data {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return errControl
		}
	}
	if !utf8.Valid(data) {
		return errEncoding
	}
	return nil
}

var bytesCases = []string{
	"", "<a/>", "<a>\x00</a>", "<a>\xff</a>", "\xff\x01", "\x01\xff", "tiếng Việt", "1234567\xe1\xba", "1234567\xe1\xba\xbf",
	"\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80", "\xef\xbf\xbd", "abcdefg\x1fabc", "abcdefgh\t\n\r", "\x7f\x80", "ạạạạạạạạ\x00",
	strings.Repeat("ư", 20) + "\x1b", strings.Repeat("a", 15) + "\xe2\x82",
}

// TestCheckBytes holds checkBytes to the two passes it replaces.
func TestCheckBytes(t *testing.T) {
	for _, s := range bytesCases {
		sameCheckBytes(t, []byte(s))
	}
}

func sameCheckBytes(t *testing.T, data []byte) {
	if got, want := checkBytes(data), bytesOracle(data); got != want {
		t.Fatalf("checkBytes(%q) = %v, want %v", data, got, want)
	}
}

// FuzzCheckBytes holds checkBytes to the two passes it replaces on any
// bytes.
func FuzzCheckBytes(f *testing.F) {
	for _, s := range bytesCases {
		f.Add([]byte(s))
	}
	f.Fuzz(sameCheckBytes)
}
