package cacheenv

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for v, want := range map[string]Setting{
		"": On, "on": On, "1": On, "true": On, "YES": On,
		"off": Off, "OFF": Off, " Off ": Off, "0": Off, "false": Off, "False": Off, "no": Off,
		"tắt": Unknown, "disable": Unknown, "/tmp/cache": Unknown, "2": Unknown,
	} {
		if got := Parse(v); got != want {
			t.Errorf("Parse(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestLooksLikeFolder(t *testing.T) {
	for v, want := range map[string]bool{
		"/tmp/cache": true, `C:\cache`: true, "~/c": true, "./c": true, "disable": false, "tắt": false,
	} {
		if got := LooksLikeFolder(v); got != want {
			t.Errorf("LooksLikeFolder(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestAsStrings holds Parse and LooksLikeFolder to the strings package's
// functions they were written with, on the values above, every value
// made of a few pieces (words in any case, spaces of every kind, slashes,
// dots, letters that fold to ASCII ones), and every one-rune value up to
// U+3100.
func TestAsStrings(t *testing.T) {
	parse := func(v string) Setting {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "", "on", "1", "true", "yes":
			return On
		case "off", "0", "false", "no":
			return Off
		}
		return Unknown
	}
	folder := func(v string) bool {
		return strings.ContainsAny(v, `/\`) || strings.HasPrefix(v, "~") || strings.HasPrefix(v, ".")
	}
	pieces := []string{"", "on", "ON", "Off", "fAlSe", "yes", "YES", "no", "No", "1", "0", "true",
		" ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000", "\u200b", "/", `\`, "~", ".",
		"\u212a", "\u0130", "\u017f", "tắt", "ı", "x"}
	var values []string
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				values = append(values, a+b+c)
			}
		}
	}
	for r := rune(0); r < 0x3100; r++ {
		values = append(values, string(r), " "+string(r)+"on", "OF"+string(r))
	}
	values = append(values, "\xff", "on\xff", "\xffoff", " \xc2")
	for _, v := range values {
		if got, want := Parse(v), parse(v); got != want {
			t.Errorf("Parse(%q) = %v, strings say %v", v, got, want)
		}
		if got, want := LooksLikeFolder(v), folder(v); got != want {
			t.Errorf("LooksLikeFolder(%q) = %v, strings say %v", v, got, want)
		}
	}
}
