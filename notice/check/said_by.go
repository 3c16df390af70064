package check

import (
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
)

// One slip, one finding, across rules. When two rules say one slip and
// the one whose fix mends it runs later (rules run in the order of their
// ids), the earlier one asks whether the later will speak there before
// it does: the later rule must run on the notice (not disabled, not below
// Options.Least, for this kind of notice) and its finding at the place
// must not be silenced by a thongbao:ignore directive. Otherwise the
// earlier rule says the slip, which so stays found whichever rules run.

// saysAt reports whether the rule id runs on the notice and a finding of
// it at pos would be kept by the directives.
func (p *Pass) saysAt(id string, pos diag.Pos) bool {
	return p.runsToo(id) && !silenced(diag.Finding{Pos: pos, Rule: id}, p.View.dirs)
}

// runsToo reports whether the rule id runs on p's notice.
func (p *Pass) runsToo(id string) bool {
	r, ok := registry[id]
	if !ok {
		return false
	}
	cfg, opts := p.cfg, p.Opts
	if cfg == nil {
		cfg = &config.Config{}
	}
	if opts == nil {
		opts = &Options{}
	}
	_, ok = runs(r, p.View, cfg, opts)
	return ok
}

// scratch is a pass of the rule id on p's notice whose findings are
// read by the caller and never reported.
func (p *Pass) scratch(id string) *Pass {
	r := *registry[id]
	if p.cfg != nil {
		r.Severity = p.cfg.SeverityOf(id, r.Severity)
	}
	return &Pass{View: p.View, Opts: p.Opts, cfg: p.cfg, rule: &r, found: &found{}}
}
