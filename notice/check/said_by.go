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
//
// When the rule whose fix mends the slip runs first, it records each
// place it said and the directives keep (Pass.reportSaid), and the later
// rule asks View.saidBy before it says that place: a rule disabled,
// below Options.Least, not for this kind of notice or silenced there
// records nothing, and the later rule says the slip. (phrase-typo keeps
// a record of its own, the phrases it says with their fix: phrase_said.go.)

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

// saidKey is a place a rule said: its id and the finding's position.
type saidKey struct {
	rule string
	pos  diag.Pos
}

// reportSaid is Report that records, in the view, the place of the
// finding when it is kept: reported and not silenced by a directive.
func (p *Pass) reportSaid(seg *Seg, off int, msg diag.Text, fix ...diag.Text) {
	n := len(p.found.list)
	p.Report(seg, off, msg, fix...)
	if !p.keptSince(n) {
		return
	}
	if p.View.said == nil {
		p.View.said = map[saidKey]bool{}
	}
	p.View.said[saidKey{p.rule.ID, p.found.list[n].Pos}] = true
}

// keptSince reports whether the pass reported a finding since its list
// held n and no directive silences it.
func (p *Pass) keptSince(n int) bool {
	return len(p.found.list) > n && !silenced(p.found.list[n], p.View.dirs)
}

// saidBy reports whether the rule id, run before the asking rule, said
// a finding at pos that is kept (reportSaid).
func (v *View) saidBy(id string, pos diag.Pos) bool {
	return v.said[saidKey{id, pos}]
}
