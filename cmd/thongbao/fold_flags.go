package main

import "strings"

// foldFlags reads the values of word flags (--format, --fail-on) in any
// case, as --fail-on Error always was: "--format PDF" is "--format pdf".
func foldFlags(values ...*string) {
	for _, v := range values {
		*v = strings.ToLower(strings.TrimSpace(*v))
	}
}
