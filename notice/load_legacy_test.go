package notice

import (
	"errors"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// A TOML source with one passage of TCVN3 in a field is refused, as a
// text mostly in TCVN3 is, the finding naming the field: a notice is never
// printed in mojibake.
func TestLoadRefusesLegacyField(t *testing.T) {
	src := "number = \"12/TB-UBND\"\nplace = \"Hà Nội\"\n\n[[tasks]]\n" +
		"text = \"Các thôn rà soát danh sách cña c¸c hé gia ®×nh trong th«n và báo cáo trước ngày 15/3.\"\n"
	_, err := Load("n.toml", []byte(src))
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("got %v, want one finding", err)
	}
	f := list[0]
	if f.Rule != "encoding" || f.Pos.Line != 5 || !strings.Contains(f.Message.VI, `trường "tasks[0].text"`) || !strings.Contains(f.Message.EN, "TCVN3") {
		t.Errorf("got %v %s: %s / %s", f.Pos, f.Rule, f.Message.VI, f.Message.EN)
	}
}
