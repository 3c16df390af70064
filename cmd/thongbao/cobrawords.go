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
	if vi, en, ok := commandLineError(msg); ok {
		return e.tr(vi, en)
	}
	return msg
}

// commandLineError says in Vietnamese what cobra or pflag said in English
// about a command line they cannot take, and the English on one line; ok
// is false for any other error. cobra's suggestions for a mistyped command
// ("Did you mean this?" and the names below it) are said as a question
// after the sentence, in both languages.
func commandLineError(msg string) (vi, en string, ok bool) {
	msg = strings.TrimSpace(msg)
	msg, more, _ := strings.Cut(msg, "\n\nDid you mean this?")
	var names []string
	for _, n := range strings.Fields(more) {
		names = append(names, fmt.Sprintf("%q", n))
	}
	if msg == `unknown command "version" for "thongbao"` && len(names) == 0 {
		// "thongbao version", as go and kubectl have it: the flag.
		names = []string{"--version"}
	}
	for _, w := range cobraWords() {
		if m := w.re.FindStringSubmatch(msg); m != nil {
			vi, en = w.vi(m), plainEnglish(msg)
			if len(names) > 0 {
				vi += "; có phải là " + strings.Join(names, " hay ") + "?"
				en += "; did you mean " + strings.Join(names, " or ") + "?"
			}
			return vi, en, true
		}
	}
	return "", "", false
}

// argCount is cobra's sentence on a wrong number of files, in a
// programmer's words ("accepts 1 arg(s), received 0"), compiled on first
// use as cobraWords are.
var argCount = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(accepts|requires at least) (\d+) arg\(s\), (?:only )?received (\d+)$`)
})

// plainEnglish says cobra's sentence on a wrong number of files as the
// Vietnamese does, "this command takes exactly 1 file, 0 given"; any
// other sentence as it is.
func plainEnglish(msg string) string {
	m := argCount().FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	if m[1] == "accepts" {
		return fmt.Sprintf("this command takes exactly %s file, %s given", m[2], m[3])
	}
	return fmt.Sprintf("this command needs at least %s file, %s given", m[2], m[3])
}
