package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestQuotesBounded checks that a finding quotes a short excerpt of the
// text, however long its lines and paragraphs, and that one paragraph of
// thousands of stray brackets is said a few times, and any paragraph of
// thousands of one slip a bounded number of times.
func TestQuotesBounded(t *testing.T) {
	texts := map[string]string{
		"brackets.txt": strings.Repeat("(", 5000) + "\n",
		"closers.txt":  "THÔNG BÁO\nKết luận " + strings.Repeat("x) ", 2000) + strings.Repeat(")", 3000) + "\n",
		"numbers.txt":  strings.Repeat("1.", 3000) + "\n" + strings.Repeat("1.", 3000) + "\n" + strings.Repeat("1.", 3000) + "\n",
		"number.txt":   strings.Repeat("Số: ", 3000) + "\n",
		"parts.txt":    "THÔNG BÁO\n" + strings.Repeat("1.", 2000) + "\n2.\n",
		"quotes.txt":   "THÔNG BÁO\nKết luận " + strings.Repeat("”", 3000) + "\n",
		"spaces.txt":   "THÔNG BÁO\nKết luận " + strings.Repeat(" ;", 3000) + "\n",
	}
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", "001.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var wide []string
	for _, line := range strings.Split(string(seed), "\n") {
		wide = append(wide, line+strings.Repeat(" "+line, 10))
	}
	texts["wide.txt"] = strings.Join(wide, "\n")
	for name, s := range texts {
		file, err := plain.ReadWith(name, []byte(s), plain.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		perLine, perRule := map[int]int{}, map[string]int{}
		for _, f := range check.Text(file, nil, check.Options{}) {
			for _, lang := range []diag.Lang{diag.VI, diag.EN} {
				if n := utf8.RuneCountInString(f.Message.In(lang)); n > 300 {
					t.Errorf("%s:%d %s: message of %d characters: %.120s", name, f.Pos.Line, f.Rule, n, f.Message.In(lang))
				}
				if n := utf8.RuneCountInString(f.Fix.In(lang)); n > 400 {
					t.Errorf("%s:%d %s: fix of %d characters: %.120s", name, f.Pos.Line, f.Rule, n, f.Fix.In(lang))
				}
			}
			if f.Rule == "unbalanced" && !strings.Contains(s, "”") {
				perLine[f.Pos.Line]++
			}
			perRule[fmt.Sprint(f.Pos.Line, " ", f.Rule)]++
		}
		for line, n := range perLine {
			if n > 4 {
				t.Errorf("%s:%d: %d unbalanced findings on one paragraph", name, line, n)
			}
		}
		for key, n := range perRule {
			if n > 51 {
				t.Errorf("%s:%s: %d findings of one rule on one line", name, key, n)
			}
		}
	}
}
