// Package reading turns any file a clerk has into the one reading the
// checker, the task register and the listing work on: a TOML source
// through the model, a notice written as text or Markdown through package
// plain, and a Word file (.docx) through package docx, whose listing (one
// paragraph per line, numbering labels written out, table rows as cells)
// is then read as text one paragraph per line. The line numbers of
// anything said about a Word file are the line numbers of its listing,
// which `thongbao text` prints.
//
// Which reader reads a file is decided here, and only here.
package reading
