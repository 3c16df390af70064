package check

import (
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// Notice checks a notice loaded from TOML.
func Notice(n *notice.Notice, cfg *config.Config, opts Options) diag.List {
	v := FromNotice(n)
	list := checkNotice(v, n, cfg, opts)
	v.releaseLexicon()
	return list
}

// NoticeLookups is Notice that also gives the notice's Lookups, reading
// its text once for both: what a batch needs of every source. Notice
// alone does not read them: a check with every citation rule disabled
// would read each text's citations for nothing.
func NoticeLookups(n *notice.Notice, cfg *config.Config, opts Options) (diag.List, []string) {
	v := FromNotice(n)
	list, looked := checkNotice(v, n, cfg, opts), lookups(v)
	v.releaseLexicon()
	return list, looked
}

// checkNotice runs the rules on v, the view of n, and applies the
// directives of n's source.
func checkNotice(v *View, n *notice.Notice, cfg *config.Config, opts Options) diag.List {
	dirs := directives(v.Path, n.SourceText(), tomlIgnoreIn)
	for i := range dirs {
		if first, last, ok := n.ValueLines(dirs[i].target); ok {
			dirs[i].target, dirs[i].last = first, last
		}
	}
	fd := run(v, cfg, &opts, dirs)
	fd.list = append(fd.list, n.Warnings()...)
	return limit(apply(fd.list, dirs), fd)
}

// Text checks a notice read as plain text or Markdown.
func Text(f *plain.File, cfg *config.Config, opts Options) diag.List {
	v := FromText(f)
	dirs := directives(f.Path, f.Text, htmlIgnoreIn)
	fd := run(v, cfg, &opts, dirs)
	v.releaseLexicon()
	return limit(apply(fd.list, dirs), fd)
}

// run runs every enabled rule on v; on a text too garbled to read, only
// the rule that says so. dirs are the source's thongbao:ignore
// directives, applied by the caller after the run; a rule that leaves a
// place to another asks them first (Pass.saysAt).
func run(v *View, cfg *config.Config, opts *Options, dirs []directive) *found {
	if cfg == nil {
		cfg = &config.Config{}
	}
	v.dirs = dirs
	list := &found{}
	var rule Rule // one rule and one pass, written over for each rule: no rule keeps its pass
	var p Pass
	for _, r := range sortedRules() {
		sev, ok := runs(r, v, cfg, opts)
		if !ok {
			continue
		}
		rule = *r
		rule.Severity = sev
		p = Pass{View: v, Opts: opts, cfg: cfg, rule: &rule, found: list}
		r.Run(&p)
		p.sayRest()
	}
	return list
}

// runs reports whether r runs on v under cfg and opts, and with which
// severity (after the configuration): a rule disabled, not for this kind
// of notice, shut by its gate or whose findings all fall below
// opts.Least does not run.
func runs(r *Rule, v *View, cfg *config.Config, opts *Options) (diag.Severity, bool) {
	if cfg.Disabled(r.ID) || r.Run == nil || v.Unreadable && r.ID != "unreadable" || silencedNoBreaks(v, r) || !r.applies(v) || r.Gate != nil && !r.Gate(v) {
		return 0, false
	}
	sev := cfg.SeverityOf(r.ID, r.Severity)
	return sev, sev >= opts.Least // every finding of a rule carries its severity (Pass.ReportAt)
}

// MaxFindings is the most findings reported for one file; a real notice
// has a few dozen at most. maxStored bounds what a run keeps on the way.
const (
	MaxFindings = 1000
	maxStored   = 5 * MaxFindings
)

// findingsCap sums up the findings past MaxFindings.
var findingsCap = diag.Cap{Max: MaxFindings, Rule: "too-many-findings", Noun: diag.Msg("điểm", "findings")}

// limit keeps the first MaxFindings findings (sorted) and sums up the rest.
func limit(list diag.List, fd *found) diag.List {
	return findingsCap.Apply(list, fd.dropped)
}

// apply drops the findings a directive silences, adds the directives that
// silence nothing for want of a reason, and sorts.
func apply(list diag.List, dirs []directive) diag.List {
	var out diag.List
	for _, f := range list {
		if !silenced(f, dirs) {
			out = append(out, f)
		}
	}
	for _, d := range dirs {
		if d.reason == "" {
			out = append(out, diag.Finding{
				Pos: d.pos, Rule: "suppression-reason", Severity: diag.Error, Ref: diag.Practice,
				Message: diag.Msg("chú thích thongbao:ignore thiếu lý do", "a thongbao:ignore comment gives no reason"),
				Fix:     diag.Msg("viết lý do sau \"--\": thongbao:ignore %s -- lý do", "give the reason after \"--\": thongbao:ignore %s -- reason", joinIDs(d.rules)),
			})
		}
	}
	out.Sort()
	return dedup(out)
}

func silenced(f diag.Finding, dirs []directive) bool {
	for _, d := range dirs {
		if d.reason == "" || !d.has(f.Rule) {
			continue
		}
		if f.Pos.Line == d.pos.Line || f.Pos.Line >= d.target && f.Pos.Line <= d.last {
			return true
		}
	}
	return false
}

func dedup(l diag.List) diag.List {
	out := l[:0]
	for i, f := range l {
		if i > 0 && f.Pos == l[i-1].Pos && f.Rule == l[i-1].Rule && f.Message == l[i-1].Message {
			continue
		}
		out = append(out, f)
	}
	return out
}
