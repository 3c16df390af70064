package body

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestPlainTextAgrees checks that the texts Parse reads without goldmark
// give what goldmark gives: every line and sentence of the seeds that
// plainText accepts, and texts made to look like markup.
func TestPlainTextAgrees(t *testing.T) {
	texts := []string{"# không phải tiêu đề", "- a", "1. b", "> c", "a | b", "<b>x</b>", "a &amp; b", "`x`", "~~x~~",
		"=== x", "--- x", "a  b", "x\u00a0", "\u00a0x", "a!b", "![x](y)", "http://a.b", "    a", "a\xffb", "ᅡ"}
	paths, _ := filepath.Glob("../../testdata/seeds/*")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			texts = append(texts, line, strings.TrimSpace(line))
			texts = append(texts, strings.Split(line, ". ")...)
		}
	}
	n := 0
	for _, s := range texts {
		if !IsPlain(s) {
			continue
		}
		n++
		if got, want := Parse(s), goldmarkParse(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Parse(%q) = %+v, goldmark reads %+v", s, got, want)
		}
	}
	if n < 100 {
		t.Fatalf("only %d plain texts tried", n)
	}
}

// FuzzPlainText checks the texts read without goldmark against goldmark.
func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"Sở Tài chính", "a  b", "# x", "<a>", "a&b", "x\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !IsPlain(s) {
			return
		}
		if got, want := Parse(s), goldmarkParse(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Parse(%q) = %+v, goldmark reads %+v", s, got, want)
		}
	})
}
