package tasks

import (
	"io"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
)

// Options say what Run reads, lists and prints.
type Options struct {
	Query
	Format  string // one of Formats
	Lang    diag.Lang
	Stdin   io.Reader // read for "-"
	Workers int
}

// Run is the register as the command line asks for it: it reads the
// notices at paths (files and directories, as check does; "-" for
// standard input), builds their register and prints the tasks o asks for
// in o.Format. It returns the files it read, and the problems of those
// that could not be read; the others are listed all the same.
func Run(w io.Writer, paths []string, o Options) ([]string, diag.List, error) {
	files, problems := check.Collect(paths)
	reg, p := Load(files, LoadOptions{Stdin: o.Stdin, Workers: o.Workers})
	problems = append(problems, p...)
	list := reg.Select(o.Query)
	return files, problems, Write(w, o.Format, list, PrintOptions{Lang: o.Lang, Today: o.Today, DueWithin: o.DueWithin})
}
