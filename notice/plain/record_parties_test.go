package plain

import (
	"os"
	"strings"
	"testing"
)

// TestRecordParties reads a Biên bản's parties signing side by side,
// "BÊN GIAO" | "BÊN NHẬN" right under the "./." and above the Nơi nhận
// (Mẫu 1.9): titles and names, not table cells; the left party's name is
// no recipient. The same row under a line that does not close the body
// stays a table's.
func TestRecordParties(t *testing.T) {
	src, err := os.ReadFile("../../testdata/lawful/p79/bien-ban.txt")
	if err != nil {
		t.Fatal(err)
	}
	for prefix, want := range map[string]Kind{"BÊN GIAO": Signer, "CHÁNH VĂN PHÒNG": Signer, "Nguyễn Văn Bảy": Name, "Lê Minh Tuấn": Name, "- Thôn Tân Mỹ;": Recipient} {
		if k, ok := kindOf(t, src, prefix); !ok || k != want {
			t.Errorf("%q read as %v (found %v), want %v", prefix, k, ok, want)
		}
	}
	open := strings.Replace(string(src), "mỗi bên giữ 01 bản./.\n", "mỗi bên giữ 01 bản, gồm:\n", 1)
	if open == string(src) {
		t.Fatal("the closing line was not found")
	}
	if k, ok := kindOf(t, []byte(open), "BÊN GIAO"); !ok || k == Signer {
		t.Errorf("a row under an open line: read as %v (found %v), want a table's", k, ok)
	}
}
