package main

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// cobraWord is one of the English sentences cobra and pflag write about a
// command line they cannot take, with its Vietnamese.
type cobraWord struct {
	re *regexp.Regexp
	vi func(m []string) string
}

// cobraWords are compiled on the first error of the command line, not
// in every process (0.6M instructions).
var cobraWords = sync.OnceValue(func() []cobraWord {
	return []cobraWord{
		{regexp.MustCompile(`^unknown command "(.*)" for "(.*)"$`), func(m []string) string {
			if !strings.Contains(m[2], " ") {
				return fmt.Sprintf("không có lệnh %q", m[1])
			}
			return fmt.Sprintf("lệnh %s không nhận %q", m[2], m[1])
		}},
		{regexp.MustCompile(`^unknown flag: (--\S+)$`), func(m []string) string {
			return "không có tùy chọn " + m[1]
		}},
		{regexp.MustCompile(`^unknown shorthand flag: '(.)' in (-\S+)$`), func(m []string) string {
			if m[2] == "-"+m[1] {
				return "không có tùy chọn " + m[2]
			}
			return fmt.Sprintf("không có tùy chọn -%s (trong %s)", m[1], m[2])
		}},
		{regexp.MustCompile(`^flag needs an argument: '(.)' in -\S+$`), func(m []string) string {
			return fmt.Sprintf("tùy chọn -%s cần một giá trị", m[1])
		}},
		{regexp.MustCompile(`^flag needs an argument: (--?\S+)$`), func(m []string) string {
			return fmt.Sprintf("tùy chọn %s cần một giá trị", m[1])
		}},
		{regexp.MustCompile(`^invalid argument "(.*)" for "(?:-\S, )?(--\S+)" flag: .*(?:ParseInt|ParseUint|Atoi)`), func(m []string) string {
			return fmt.Sprintf("giá trị %q của %s phải là một số", m[1], m[2])
		}},
		{regexp.MustCompile(`^invalid argument "(.*)" for "(?:-\S, )?(--\S+)" flag: `), func(m []string) string {
			return fmt.Sprintf("giá trị %q của %s không dùng được", m[1], m[2])
		}},
		{regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)$`), func(m []string) string {
			return fmt.Sprintf("lệnh này nhận đúng %s tệp, đã cho %s", m[1], m[2])
		}},
		{regexp.MustCompile(`^requires at least (\d+) arg\(s\), only received (\d+)$`), func(m []string) string {
			return fmt.Sprintf("lệnh này cần ít nhất %s tệp, đã cho %s", m[1], m[2])
		}},
		{regexp.MustCompile(`^bad flag syntax: (.*)$`), func(m []string) string {
			return fmt.Sprintf("tùy chọn viết sai: %s", m[1])
		}},
	}
})

// commandLine is msg in the language of the run when it is one of cobra's
// or pflag's sentences about the command line.
func (e *env) commandLine(msg string) string {
	if vi, ok := commandLineError(msg); ok {
		return e.tr(vi, msg)
	}
	return msg
}

// commandLineError says in Vietnamese what cobra or pflag said in English
// about a command line they cannot take; ok is false for any other error.
func commandLineError(msg string) (vi string, ok bool) {
	msg = strings.TrimSpace(msg)
	for _, w := range cobraWords() {
		if m := w.re.FindStringSubmatch(msg); m != nil {
			return w.vi(m), true
		}
	}
	return "", false
}
