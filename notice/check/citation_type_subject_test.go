package check_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestTypeCaseSubjectWords: "quyết định phê duyệt kế hoạch số
// 15/QĐ-UBND" cites a Quyết định whose subject is a plan: citation-case
// asks the capital of "quyết định", the cited document's tên loại, not of
// "kế hoạch", its subject's words.
func TestTypeCaseSubjectWords(t *testing.T) {
	src, err := os.ReadFile("../../testdata/lint/citation-case-subject-words.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`(?m)  # .*$`).ReplaceAllString(string(src), "")
	line := strings.Split(text, "\n")[8]
	col := len([]rune(line[:strings.Index(line, "quyết định phê duyệt")])) + 1
	var said []string
	for _, f := range checkSource(t, "n.txt", []byte(text)) {
		if f.Rule != "citation-case" {
			continue
		}
		said = append(said, f.Message.VI)
		if f.Pos.Line != 9 || f.Pos.Col != col || !strings.Contains(f.Message.VI, `"Quyết định"`) {
			t.Errorf("%d:%d %s, want 9:%d and \"Quyết định\"", f.Pos.Line, f.Pos.Col, f.Message.VI, col)
		}
	}
	if len(said) != 1 {
		t.Errorf("citation-case said %d times: %v", len(said), said)
	}
}
