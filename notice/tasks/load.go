package tasks

import (
	"context"
	"io"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/pool"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/source"
)

// LoadOptions say how to read the notices of a register.
type LoadOptions struct {
	Stdin   io.Reader // read for diag.Stdin ("<stdin>")
	Workers int       // files read at once; at least one
}

// Load reads the notices at paths (files; diag.Stdin for standard input) on
// Workers goroutines and builds their register. A file that cannot be
// read is a problem of its own and the others are read.
func Load(paths []string, o LoadOptions) (*Register, diag.List) {
	type read struct {
		n     *Notice
		tasks []Task
		err   diag.List
	}
	out := make([]read, len(paths))
	pool.Run(context.Background(), o.Workers, len(paths), func(i int) {
		n, tasks, err := loadOne(paths[i], o.Stdin)
		if err != nil {
			out[i].err = diag.AsList(paths[i], err, "read-file", diag.Msg("không đọc được", "cannot read"),
				diag.Msg("kiểm tra đường dẫn, quyền đọc tệp và lỗi của tệp (thongbao check)", "check the path, that the file may be read, and its problems (thongbao check)"))
			return
		}
		out[i] = read{n: n, tasks: tasks}
	})
	var entries []Entry
	var problems diag.List
	for _, r := range out {
		if r.err != nil {
			problems = append(problems, r.err...)
			continue
		}
		entries = append(entries, Entry{Notice: r.n, Tasks: r.tasks})
	}
	return Build(entries), problems
}

// loadOne reads one notice with the reader its kind calls for (package
// reading: TOML, text, Markdown, Word) and extracts its tasks. A panic of
// the program's own while it does is the notice's problem (diag.Fault),
// never the end of the register.
func loadOne(path string, stdin io.Reader) (n *Notice, tasks []Task, err error) {
	defer func() {
		if p := recover(); p != nil {
			n, tasks, err = nil, nil, diag.Fault(path, p)
		}
	}()
	var src []byte
	if path == diag.Stdin {
		src, err = source.ReadAll(path, stdin, reading.MaxSize(reading.Word))
	} else {
		src, err = source.Read(path, reading.MaxSize(reading.KindOf(path, nil)))
	}
	if err != nil {
		return nil, nil, err
	}
	r, err := reading.Read(path, src)
	if err != nil {
		return nil, nil, err
	}
	n, tasks = extract(r)
	return n, tasks, nil
}

// extract is Extract; a test puts a failing one in its place.
var extract = Extract
