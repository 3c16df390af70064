package lazyre

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// FirstBytes marks in first every byte a match of expr can start with,
// and reports false when expr can match the empty text (at some place of
// a text, so that there is no first byte).
func FirstBytes(expr string, first *[256]bool) bool {
	prog := Prog(expr)
	seen := make([]bool, len(prog.Inst))
	var walk func(pc uint32) bool
	walk = func(pc uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return walk(in.Out) && walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			return walk(in.Out)
		case syntax.InstMatch:
			return false
		case syntax.InstFail:
			return true
		case syntax.InstRune1:
			MarkRange(first, in.Rune[0], in.Rune[0])
		case syntax.InstRune:
			markRunes(first, in)
		default: // any character
			MarkRange(first, 0, unicode.MaxRune)
		}
		return true
	}
	return walk(uint32(prog.Start))
}

// markRunes marks the first bytes of the characters an InstRune matches.
func markRunes(first *[256]bool, in *syntax.Inst) {
	if len(in.Rune) == 1 {
		r0 := in.Rune[0]
		MarkRange(first, r0, r0)
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				MarkRange(first, r, r)
			}
		}
		return
	}
	for i := 0; i+1 < len(in.Rune); i += 2 {
		MarkRange(first, in.Rune[i], in.Rune[i+1])
	}
}

// MarkRange marks the first bytes of the characters lo to hi; a range
// that holds utf8.RuneError also matches a byte of no character, so every
// byte from 0x80 on is marked.
func MarkRange(first *[256]bool, lo, hi rune) {
	if lo <= utf8.RuneError && utf8.RuneError <= hi {
		for b := 0x80; b < 256; b++ {
			first[b] = true
		}
	}
	for b := leadByte(lo); b <= leadByte(hi); b++ {
		first[b] = true
	}
}

// leadByte is the first byte of r in UTF-8, surrogates and runes past
// unicode.MaxRune counted as if they could be written: it grows with r.
func leadByte(r rune) int {
	switch {
	case r < 0x80:
		return int(r)
	case r < 0x800:
		return 0xC0 | int(r>>6)
	case r < 0x10000:
		return 0xE0 | int(r>>12)
	}
	return min(0xF0|int(r>>18), 0xFF)
}
