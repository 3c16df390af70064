package main

import (
	"os"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
)

// TestREADMEListsRules keeps the README's table of rules complete.
func TestREADMEListsRules(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range check.Rules() {
		if !strings.Contains(string(b), "| `"+r.ID+"` | "+r.Severity.String()+" | "+r.Ref+" |") {
			t.Errorf("README.md does not list rule %s (%s, %s)", r.ID, r.Severity, r.Ref)
		}
	}
}
