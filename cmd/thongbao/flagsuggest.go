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

// outputByFlag is cobra.NoArgs for a command that writes one file named
// by -o (new, schema): "thongbao new thongbao.toml", the file given as
// an argument, is answered with the command to type, where cobra said
// only that the command takes no "thongbao.toml".
func outputByFlag(e *env) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		if len(args) == 1 && strings.Contains(args[0], ".") && !strings.HasPrefix(args[0], "-") {
			return usageError{e.tr(fmt.Sprintf("%s ghi vào tệp nêu sau -o: thongbao %s -o %s", cmd.Name(), cmd.Name(), args[0]),
				fmt.Sprintf("%s writes the file named after -o: thongbao %s -o %s", cmd.Name(), cmd.Name(), args[0]))}
		}
		return cobra.NoArgs(cmd, args)
	}
}
