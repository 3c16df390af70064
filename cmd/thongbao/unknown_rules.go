package main

import (
	"errors"
	"fmt"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
)

// noteUnknownRules says on standard error, once per configuration file,
// each rule id it names that no rule has: a warning that leaves the exit
// code as it is.
func noteUnknownRules(e *env, cfg *config.Config, seen map[string]bool) {
	if cfg.Path == "" || seen["unknown-rules:"+cfg.Path] {
		return
	}
	seen["unknown-rules:"+cfg.Path] = true
	var known []string
	for _, r := range check.Rules() {
		known = append(known, r.ID)
	}
	for _, f := range cfg.UnknownRules(known) {
		f.Pos.Path = relative(f.Pos.Path)
		fmt.Fprintf(e.stderr, "%s: %s: %s; %s\n", f.Pos, e.tr("cảnh báo", "warning"), f.Message.In(e.lang), f.Fix.In(e.lang))
	}
}

// relativeErr writes the paths of a list of findings relative to the
// working directory, as check writes them: a configuration is found by
// its absolute path.
func relativeErr(err error) error {
	var list diag.List
	if !errors.As(err, &list) {
		return err
	}
	out := make(diag.List, len(list))
	for i, f := range list {
		f.Pos.Path = relative(f.Pos.Path)
		out[i] = f
	}
	return out
}
