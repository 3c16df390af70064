package tasks

import (
	"io"

	"github.com/thongbao/thongbao/notice/diag"
)

// Options say what Run reads, lists and prints.
type Options struct {
	Query
	Format  string // one of Formats
	Lang    diag.Lang
	Stdin   io.Reader // read for "-"
	Workers int
	// Groups, when set and an owner is asked for, is told the groups
	// that take it in whose tasks are listed, and how many lines they
	// have (GroupsOf).
	Groups func(groups []string, n int)
}

// Run is the register as the command line asks for it: it reads the
// notice files (the files a command's walk found; diag.Stdin for standard
// input), builds their register and prints the tasks o asks for in
// o.Format. It returns the problems of the files that could not be read;
// the others are listed all the same. When no notice could be read, it
// prints nothing: "no tasks" would be said of notices it did not read.
func Run(w io.Writer, files []string, o Options) (diag.List, error) {
	reg, problems := Load(files, LoadOptions{Stdin: o.Stdin, Workers: o.Workers})
	if len(reg.Notices) == 0 && len(problems) > 0 {
		return problems, nil
	}
	list := reg.Select(o.Query)
	if groups, n := GroupsOf(list, o.Owner); n > 0 && o.Groups != nil {
		o.Groups(groups, n)
	}
	return problems, Write(w, o.Format, list, PrintOptions{Lang: o.Lang, Today: o.Today, DueWithin: o.DueWithin})
}
