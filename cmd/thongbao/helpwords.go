package main

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// flagLine finds, in a line of pflag's list of options, the option's
// name, the word that names the kind of its value and the spaces after
// that word: "      --format string     định dạng ...". It is compiled
// when help is first written.
var flagLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^(\s*(?:-\S, )?--\S+) (string|strings|int)( +)`)
})

// viValueWords are the Vietnamese words for the kinds of value pflag names
// in English.
var viValueWords = map[string]string{
	"string":  "GIÁ_TRỊ",
	"strings": "MẪU",
	"int":     "SỐ",
}

// viFlagUsages puts pflag's list of options in Vietnamese: "(default" and
// the kind of each value. The descriptions stay in their column: the
// Vietnamese word takes its place with the spaces after it made up to the
// width the English word had (pflag counts bytes, the terminal letters).
func viFlagUsages(s string) string {
	s = strings.ReplaceAll(s, "(default ", "(mặc định ")
	return flagLine().ReplaceAllStringFunc(s, func(m string) string {
		sub := flagLine().FindStringSubmatch(m)
		vi := viValueWords[sub[2]]
		pad := len(sub[2]) + len(sub[3]) - utf8.RuneCountInString(vi)
		if pad < 1 {
			pad = 1
		}
		return sub[1] + " " + vi + strings.Repeat(" ", pad)
	})
}
