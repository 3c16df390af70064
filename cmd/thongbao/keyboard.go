package main

import (
	"fmt"
	"io"
	"os"
	"sync"
)

// keyboardReader is standard input when it is the terminal: a clerk who
// typed "thongbao check -" (or import -, text -) without a file piped in
// saw nothing happen, the tool waiting for a notice from the keyboard.
// The first read says so, and how to end or give up.
type keyboardReader struct {
	r    io.Reader
	once sync.Once
	say  func()
}

func (k *keyboardReader) Read(p []byte) (int, error) {
	k.once.Do(k.say)
	return k.r.Read(p)
}

// fromKeyboard wraps stdin in a keyboardReader when it is a terminal.
func (e *env) fromKeyboard(stdin io.Reader) io.Reader {
	if !isTerminalIn(stdin) {
		return stdin
	}
	return &keyboardReader{r: stdin, say: func() {
		fmt.Fprintln(e.stderr, e.tr(
			"thongbao: đang chờ đọc thông báo từ bàn phím (\"-\" là đầu vào chuẩn): dán nội dung rồi nhấn Ctrl-D (trên Windows: Ctrl-Z rồi Enter), hoặc nhấn Ctrl-C để thôi; muốn đọc một tệp thì ghi tên tệp thay cho \"-\"",
			"thongbao: waiting for a notice from the keyboard (\"-\" is standard input): paste it and press Ctrl-D (on Windows: Ctrl-Z then Enter), or Ctrl-C to give up; to read a file, name it instead of \"-\""))
	}}
}

// isTerminalIn reports whether r is a terminal.
var isTerminalIn = func(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && isTerminalFile(f)
}
