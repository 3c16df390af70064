package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestKeyboardHint: "-" read from the terminal says, once, that it waits
// for the notice and how to end; from a pipe or a file it says nothing.
func TestKeyboardHint(t *testing.T) {
	defer func(f func(io.Reader) bool) { isTerminalIn = f }(isTerminalIn)
	for _, term := range []bool{true, false} {
		isTerminalIn = func(io.Reader) bool { return term }
		var stderr bytes.Buffer
		e := &env{stderr: &stderr, lang: diag.VI}
		in := e.fromKeyboard(strings.NewReader("number = \"1/TB-VP\"\n"))
		b, err := io.ReadAll(in)
		if err != nil || string(b) != "number = \"1/TB-VP\"\n" {
			t.Fatalf("read %q, %v", b, err)
		}
		got := stderr.String()
		if !term {
			if got != "" {
				t.Errorf("from a pipe: said %q", got)
			}
			continue
		}
		if strings.Count(got, "đang chờ đọc thông báo từ bàn phím") != 1 || !strings.Contains(got, "Ctrl-D") {
			t.Errorf("from the terminal: said %q, want the hint once, with Ctrl-D", got)
		}
	}
}
