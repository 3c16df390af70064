package check

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/source"
)

// Stdin names standard input among the files of Collect, and in findings.
const Stdin = diag.Stdin

// Collect expands the paths of a command line into the notice files they
// name, in a stable order, with paths relative to the working directory
// where possible: a directory gives every file below it that FormatOf
// reads (but a .md rendered from a .toml beside it, and hidden files); "-"
// is standard input. What cannot be read is a finding of its own and the
// walk goes on past it.
func Collect(args []string) ([]string, diag.List) {
	var out []string
	var problems diag.List
	for _, a := range args {
		if a == "-" {
			out = append(out, Stdin)
			continue
		}
		found, p := source.Walk([]string{a}, source.WalkOptions{Keep: isNoticeFile})
		problems = append(problems, p...)
		var paths []string
		for _, f := range found {
			paths = append(paths, relative(f.Path))
		}
		out = append(out, dropRenders(paths)...)
	}
	for i := range problems {
		problems[i].Pos.Path = relative(problems[i].Pos.Path)
	}
	return out, problems
}

func isNoticeFile(p string) bool {
	base := filepath.Base(p)
	if base == config.FileName || strings.HasPrefix(base, ".") {
		return false
	}
	return FormatOf(p) != FormatNone
}

// dropRenders leaves out a .md rendered from a .toml beside it.
func dropRenders(paths []string) []string {
	have := map[string]bool{}
	for _, p := range paths {
		have[p] = true
	}
	var out []string
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), ".md") && have[strings.TrimSuffix(p, filepath.Ext(p))+".toml"] {
			continue
		}
		out = append(out, p)
	}
	return out
}

func relative(p string) string {
	if !filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}
