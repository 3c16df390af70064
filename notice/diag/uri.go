package diag

import (
	"path"
	"strings"
)

// srcRoot is the uriBaseId under which SARIF names files relative to the
// working directory; the run declares what it stands for.
const srcRoot = "SRCROOT"

// artifactURI is how SARIF names the file at p: a path relative to dir
// (the working directory, absolute) stays relative under srcRoot; any
// other becomes an absolute file:// URI without a base. windows reads p
// and dir as Windows paths (backslashes, drive letters, \\server\share).
// Every byte outside the unreserved characters of RFC 3986 is
// percent-encoded, so Vietnamese letters and spaces survive any reader.
func artifactURI(p, dir string, windows bool) (uri, base string) {
	p = slashed(p, windows)
	if !isAbsSlashed(p, windows) {
		p = path.Clean(p)
		if p != ".." && !strings.HasPrefix(p, "../") {
			return escapePath(p), srcRoot
		}
		if dir == "" {
			return escapePath(p), srcRoot // nothing to anchor it to: leave it to the reader
		}
		p = path.Join(slashed(dir, windows), p)
	}
	return fileURI(p, windows), ""
}

// dirURI is the file:// URI of the directory dir, ending in a slash as
// SARIF wants a base URI to.
func dirURI(dir string, windows bool) string {
	u := fileURI(slashed(dir, windows), windows)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// fileURI turns an absolute slashed path into a file:// URI.
func fileURI(p string, windows bool) string {
	switch {
	case windows && strings.HasPrefix(p, "//"): // \\server\share\x -> file://server/share/x
		return "file:/" + escapePath(path.Clean(p[1:]))
	case windows && hasDrive(p): // C:\x -> file:///C:/x
		return "file:///" + p[:2] + escapePath(path.Clean("/"+p[2:]))
	}
	return "file://" + escapePath(path.Clean(p))
}

func slashed(p string, windows bool) string {
	if windows {
		return strings.ReplaceAll(p, `\`, "/")
	}
	return p
}

func isAbsSlashed(p string, windows bool) bool {
	return strings.HasPrefix(p, "/") || windows && hasDrive(p)
}

// hasDrive reports whether p starts with a Windows drive letter and colon.
func hasDrive(p string) bool {
	return len(p) >= 2 && p[1] == ':' && ('a' <= p[0] && p[0] <= 'z' || 'A' <= p[0] && p[0] <= 'Z')
}

// escapePath percent-encodes every byte of p but the unreserved characters
// of RFC 3986 and the slash.
func escapePath(p string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
