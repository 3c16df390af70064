// Package cacheenv reads THONGBAO_CACHE, the environment variable that
// turns check's cache of results off, for cmd/thongbao and for hugeheap
// (which runs before the command line is parsed) alike.
package cacheenv

import "strings"

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
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "on", "1", "true", "yes":
		return On
	case "off", "0", "false", "no":
		return Off
	}
	return Unknown
}

// LooksLikeFolder tells whether an unknown value was likely meant as the
// cache's folder (a path), for the warning to name THONGBAO_CACHE_DIR.
func LooksLikeFolder(v string) bool {
	return strings.ContainsAny(v, `/\`) || strings.HasPrefix(v, "~") || strings.HasPrefix(v, ".")
}
