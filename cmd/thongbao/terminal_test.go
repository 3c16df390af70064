package main

import (
	"os"
	"testing"
)

// TestNullDeviceIsNoTerminal: a character device is not a terminal.
// "render -o - x.toml > /dev/null" was refused as a PDF printed on the
// screen (exit 2), and "check - < /dev/null" said it waited for the
// keyboard.
func TestNullDeviceIsNoTerminal(t *testing.T) {
	f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Errorf("isTerminal(%s) = true", os.DevNull)
	}
	if isTerminalIn(f) {
		t.Errorf("isTerminalIn(%s) = true", os.DevNull)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if isTerminal(w) || isTerminalIn(r) {
		t.Error("a pipe taken for a terminal")
	}
}
