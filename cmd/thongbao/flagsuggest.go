package main

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/thongbao/thongbao/notice/tomlpos"
)

// unknownFlag is pflag's sentence on a long option it does not know.
var unknownFlag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^unknown flag: --(\S+)$`)
})

// flagError is the command line's error in the language of the run, with
// the command's option closest to a misspelt one ("--fromat": "có phải
// là --format?"): cobra suggests commands, never options.
func flagError(e *env, cmd *cobra.Command, err error) error {
	msg := e.commandLine(err.Error())
	m := unknownFlag().FindStringSubmatch(err.Error())
	if m == nil {
		return usageError{msg}
	}
	var names []string
	add := func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	}
	cmd.Flags().VisitAll(add)
	cmd.InheritedFlags().VisitAll(add)
	if near := tomlpos.Suggest(strings.ToLower(m[1]), names); near != "" {
		msg += e.tr(fmt.Sprintf("; có phải là --%s?", near), fmt.Sprintf("; did you mean --%s?", near))
	}
	return usageError{msg}
}
