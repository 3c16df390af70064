package source

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/thongbao/thongbao/notice/diag"
)

// Read reads the file at path, refusing before it reads anything what is
// not a regular file (a directory, a pipe, a device such as /dev/zero, a
// socket) and stopping at max bytes: a file that grows, or that is a link
// to an endless device, can never fill the memory or hang the reader.
func Read(path string, max int64) ([]byte, error) {
	return ReadInto(path, max, nil)
}

// ReadInto is Read into buf's storage when the file fits it, so that a
// caller that is done with the bytes at once (a check answered from its
// cache) reads file after file into one buffer rather than into fresh
// memory each time. The bytes returned are buf's only when they fit.
func ReadInto(path string, max int64, buf []byte) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, readFinding(path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(path, st.Mode())
	}
	// O_NONBLOCK: a file swapped for a pipe after the Stat above must not
	// block the open until a writer comes.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, readFinding(path, err)
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, readFinding(path, err)
	} else if !st.Mode().IsRegular() {
		return nil, notRegular(path, st.Mode())
	} else if st.Size() > max {
		return nil, TooLarge(path, max)
	}
	// Room for the whole file and the read that finds its end: two reads
	// and no copy for a file that does not change meanwhile.
	if need := int(st.Size()) + bytes.MinRead; cap(buf) < need {
		buf = make([]byte, 0, need)
	}
	b := bytes.NewBuffer(buf[:0])
	n, err := b.ReadFrom(io.LimitReader(f, max+1))
	if err != nil {
		return nil, readFinding(path, err)
	}
	if n > max {
		return nil, TooLarge(path, max)
	}
	return b.Bytes(), nil
}

// ReadAll reads r to its end, at most max bytes: standard input, which has
// no size to look at first. name names r in the finding.
func ReadAll(name string, r io.Reader, max int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, max+1))
	if err != nil {
		return nil, readFinding(name, err)
	}
	if n > max {
		return nil, TooLarge(name, max)
	}
	return buf.Bytes(), nil
}

func readFinding(path string, err error) error {
	return diag.List{{
		Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("không đọc được tệp: %s", "cannot read the file: %s", diag.OSReason(err)),
		Fix:     diag.Msg("kiểm tra đường dẫn và quyền đọc tệp", "check the path and that the file may be read"),
	}}
}

// notRegular refuses a path that names something other than a file.
func notRegular(path string, mode fs.FileMode) error {
	return diag.List{{
		Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("không đọc được tệp: đây là %s, không phải một tệp", "cannot read the file: it is %s, not a file", kindOf(mode)),
		Fix:     diag.Msg("chỉ tới chính tệp của thông báo", "name the notice's own file"),
	}}
}

func kindOf(mode fs.FileMode) diag.Text {
	switch {
	case mode.IsDir():
		return diag.Msg("một thư mục", "a directory")
	case mode&fs.ModeNamedPipe != 0:
		return diag.Msg("một đường ống dữ liệu (FIFO)", "a pipe (FIFO)")
	case mode&fs.ModeSocket != 0:
		return diag.Msg("một cổng kết nối (socket)", "a socket")
	case mode&fs.ModeDevice != 0:
		return diag.Msg("một thiết bị", "a device")
	}
	return diag.Msg("một đối tượng đặc biệt của hệ thống", "a special system object")
}

// TooLarge refuses a file over max bytes.
func TooLarge(path string, max int64) error {
	return diag.List{{
		Pos: diag.Pos{Path: path}, Rule: "too-large", Severity: diag.Error,
		Message: diag.Msg("tệp lớn hơn %s, không phải một thông báo", "the file is larger than %s; it is not a notice", sizeText(max)),
		Fix: diag.Msg("một thông báo chỉ dài vài chục KB: có thể đã chọn nhầm tệp (tệp nén, sổ dữ liệu, tệp nhật ký); chỉ tới đúng tệp của thông báo",
			"a notice is a few dozen KB long: the wrong file may have been named (an archive, a data export, a log); name the notice's own file"),
	}}
}

func sizeText(n int64) diag.Text {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return diag.Msg("%d MiB", "%d MiB", n>>20)
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return diag.Msg("%d KiB", "%d KiB", n>>10)
	}
	return diag.Msg("%s byte", "%s bytes", diag.Count(n))
}
