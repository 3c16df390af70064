package main

import (
	"os"
	"path/filepath"
	"strings"
)

// withExt gives an output named without any ending ("-o theo-doi") the
// ending of what is written in it (".toml", ".json", ".csv"): the file
// was written under the bare name, which the clerk's computer then opened
// with nothing. The message "đã ghi theo-doi.csv" names the file written.
// A directory, a device or a pipe that exists (-o /dev/stdout) is left
// as named.
func withExt(out, ext string) string {
	if out == "" || out == "-" || filepath.Ext(out) != "" || strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return out
	}
	if fi, err := os.Stat(out); err == nil && !fi.Mode().IsRegular() {
		return out
	}
	return out + ext
}

// namesFolder reports whether an -o of new, import, schema or tasks, which
// each write one file, names a folder: one that exists, or a name ending in
// "/". "-o ra/" was told the folder "ra" did not exist, and once made,
// that it was a folder.
func namesFolder(out string) bool {
	return strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) || isDir(out)
}
