// Package source reads the files thongbao is given, whatever their kind:
// it refuses what is not a regular file (a pipe, a device, a directory)
// before opening it, reads through a size limit the caller sets, names an
// encoding that is not UTF-8 (UTF-16, TCVN3, VNI, Windows-1258, a binary
// file) with how to convert it, and normalises text to NFC with a map back
// to the bytes the clerk typed.
//
// A File turns byte offsets into line and character-column positions.
package source
