package main

import (
	"fmt"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
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
