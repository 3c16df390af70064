// Package cacheenv reads THONGBAO_CACHE, the environment variable that
// turns check's cache of results off, for cmd/thongbao and for hugeheap
// (which runs before the command line is parsed) alike.
//
// It imports neither strings nor slices: hugeheap imports it, and Go
// initialises a package only after every package it imports, each in the
// order of their import paths among those ready; strings and slices,
// late in that order, held hugeheap's readying back until some sixty
// packages' initialisation had allocated in small pages.
package cacheenv

import (
	"unicode"
	"unicode/utf8"
)

// Name is the variable read.
const Name = "THONGBAO_CACHE"

// Setting is what a value of THONGBAO_CACHE asks for.
type Setting int

const (
	// On is the default: unset, empty, or one of on, 1, true, yes.
	On Setting = iota
	// Off is one of off, 0, false, no (any case, spaces around).
	Off
	// Unknown is any other value: the cache stays on, and the user is
	// warned (a folder there is the mistake most likely: the folder is
	// THONGBAO_CACHE_DIR's).
	Unknown
)

// Parse reads a value of THONGBAO_CACHE.
func Parse(v string) Setting {
	switch lowerASCII(trimSpace(v)) {
	case "", "on", "1", "true", "yes":
		return On
	case "off", "0", "false", "no":
		return Off
	}
	return Unknown
}

// trimSpace is strings.TrimSpace: the white space of unicode.IsSpace
// taken from both ends.
func trimSpace(v string) string {
	for v != "" {
		r, n := utf8.DecodeRuneInString(v)
		if !unicode.IsSpace(r) {
			break
		}
		v = v[n:]
	}
	for v != "" {
		r, n := utf8.DecodeLastRuneInString(v)
		if !unicode.IsSpace(r) {
			break
		}
		v = v[:len(v)-n]
	}
	return v
}

// lowerASCII lowers the ASCII capitals of v. For Parse's words it is
// strings.ToLower: of the other letters only K (the Kelvin sign) and İ
// lower to an ASCII letter, k and i, which none of them holds.
func lowerASCII(v string) string {
	for i := 0; i < len(v); i++ {
		if 'A' <= v[i] && v[i] <= 'Z' {
			b := []byte(v)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return v
}

// LooksLikeFolder tells whether an unknown value was likely meant as the
// cache's folder (a path), for the warning to name THONGBAO_CACHE_DIR.
func LooksLikeFolder(v string) bool {
	if v != "" && (v[0] == '~' || v[0] == '.') {
		return true
	}
	for i := 0; i < len(v); i++ {
		if v[i] == '/' || v[i] == '\\' {
			return true
		}
	}
	return false
}
