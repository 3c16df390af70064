package check_test

import (
	"os"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestPhraseSaidOnce: a word both in a phrase phrase-typo reports and no
// Vietnamese syllable ("thưc hiên", "lưc lượng vũ trang") is said once,
// by phrase-typo; with phrase-typo disabled, syllable says it, so the slip
// stays found whichever rules run.
func TestPhraseSaidOnce(t *testing.T) {
	const path = "../../testdata/lint/syllable-in-phrase-lawful.txt"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	at := func(cfg *config.Config) map[string]int {
		f, err := plain.Read(path, src)
		if err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, x := range check.Text(f, cfg, check.Options{Least: diag.Info}) {
			if x.Pos.Line >= 10 && x.Pos.Line <= 13 {
				n[x.Rule]++
			}
		}
		return n
	}
	if got := at(&config.Config{}); got["phrase-typo"] != 4 || got["syllable"] != 0 {
		t.Errorf("all rules: %v, want 4 phrase-typo and no syllable", got)
	}
	off := &config.Config{Check: config.Check{Disable: []string{"phrase-typo"}}}
	if got := at(off); got["phrase-typo"] != 0 || got["syllable"] != 3 {
		t.Errorf("phrase-typo disabled: %v, want 3 syllable (\"thưc\", \"lưc\", \"kêt\")", got)
	}
}
