package check

import (
	"slices"
	"sort"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
)

// Rule is one check.
type Rule struct {
	ID       string
	Severity diag.Severity // the default
	Ref      string        // where the decree says it (diag.RefNoiNhan ...), or diag.Practice
	Title    diag.Text     // what the rule looks for, in a line
	Help     diag.Text     // why it matters and how to fix it
	// Only lists the document types the rule is for; empty, every type.
	Only []DocType
	// Conclusions: the rule is for a notice of conclusions only (View.
	// Conclusions), one that reports a meeting, its chair and what was
	// concluded: not for a Thông báo that announces, calls or informs.
	Conclusions bool
	// StateForm: the rule checks a mark of form that Nghị định 30 sets
	// and a Party document writes its own way (Hướng dẫn 36-HD/VPTW):
	// it does not run on a Party document (View.Party).
	StateForm bool
	// Gate, when set, is a cheap necessary condition on the notice
	// (gate.go): false only when the rule cannot report on it, which
	// then does not run. Nil: the rule always runs.
	Gate func(*View) bool
	Run  func(*Pass)
}

// Info returns the rule's description for output formats that carry rule
// metadata (SARIF).
func (r *Rule) Info() diag.RuleInfo {
	return diag.RuleInfo{ID: r.ID, Severity: r.Severity, Ref: r.Ref, Title: r.Title, Help: r.Help}
}

// registry holds every rule, by id.
var registry = map[string]*Rule{}

func register(rs ...*Rule) {
	for _, r := range rs {
		if _, dup := registry[r.ID]; dup {
			panic("check: rule registered twice: " + r.ID)
		}
		registry[r.ID] = r
	}
}

// Rules returns every rule, sorted by id.
func Rules() []*Rule {
	return slices.Clone(sortedRules())
}

// sortedRules is every rule sorted by id, sorted once: the registry is
// complete once the package is initialised, and a check runs the rules
// in this order for every notice.
var sortedRules = sync.OnceValue(func() []*Rule {
	out := make([]*Rule, 0, len(registry))
	for _, r := range registry {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
})

// Lookup returns a rule by id.
func Lookup(id string) (*Rule, bool) {
	r, ok := registry[id]
	return r, ok
}

// Pass is one rule running on one notice.
type Pass struct {
	View  *View
	Opts  *Options
	cfg   *config.Config // the configuration the run follows (Pass.saysAt)
	rule  *Rule
	found *found
	ref   string // a reference that replaces the rule's while it is set (withRef, ReportAtRef)
	// lesser: the findings reported while it is set carry the severity
	// one step below the rule's (withLesser).
	lesser bool

	perSeg   map[*Seg]*segCount // per_paragraph.go
	segOrder []*segCount        // the same, in the order first reported
}

// found collects the findings of a run, up to maxStored; past that it only
// counts them, so that a pathological file cannot exhaust memory.
type found struct {
	list    diag.List
	dropped diag.Dropped
}

// Report records a finding of the pass's rule at byte off of seg.
func (p *Pass) Report(seg *Seg, off int, msg diag.Text, fix ...diag.Text) {
	pos := diag.Pos{Path: p.View.Path}
	if seg != nil {
		if !p.keep(seg, off) {
			return
		}
		pos = seg.PosAt(off)
	}
	p.ReportAt(pos, msg, fix...)
}

// ReportAtRef records a finding at a position with a reference other
// than the rule's own: a part of whichever form fits a text whose kind
// cannot be told.
func (p *Pass) ReportAtRef(pos diag.Pos, ref string, msg diag.Text, fix ...diag.Text) {
	defer p.withRef(ref)()
	p.ReportAt(pos, msg, fix...)
}

// withRef makes ref the reference of the findings reported until the
// function it returns is called, which restores the one before: a rule
// whose findings on some kind of document cite another form (a Công
// văn's parts, Mẫu 1.5) reports them all under it.
func (p *Pass) withRef(ref string) (restore func()) {
	prev := p.ref
	p.ref = ref
	return func() { p.ref = prev }
}

// withLesser makes the findings reported until the function it returns
// is called carry the severity one step below the rule's (after the
// configuration): an error becomes a warning, a warning an info, an
// info stays an info. A rule whose slip is sometimes the clerk's to correct
// and sometimes not (a number as another office issued it, which the
// citing office copies and cannot change) says the second more softly.
// A finding that falls below Options.Least so is not kept.
func (p *Pass) withLesser() (restore func()) {
	prev := p.lesser
	p.lesser = true
	return func() { p.lesser = prev }
}

// ReportAt records a finding at a position.
func (p *Pass) ReportAt(pos diag.Pos, msg diag.Text, fix ...diag.Text) {
	if pos.Path == "" {
		pos.Path = p.View.Path
	}
	if p.rule.ID != "required" && (inCutWord(p.View, pos) || inCutRecipients(p.View, pos)) {
		return // cut_end.go, cut_recipients.go: required says the copy is cut
	}
	if p.rule.ID == "citation-duplicate-number" && inCutSentence(p.View, pos) {
		return // cut_end.go: the cited subject runs on past the cut
	}
	sev := p.rule.Severity
	if p.lesser && sev > diag.Info {
		sev--
		if p.Opts != nil && sev < p.Opts.Least {
			return
		}
	}
	f := diag.Finding{Pos: pos, Rule: p.rule.ID, Severity: sev, Message: boundQuotes(msg, maxQuote), Fix: p.rule.Help, Ref: p.rule.Ref}
	if len(fix) > 0 {
		f.Fix = boundQuotes(fix[0], maxFixQuote)
	}
	if p.ref != "" {
		f.Ref = p.ref
	}
	if len(p.found.list) >= maxStored {
		p.found.dropped.Add(f)
		return
	}
	p.found.list = append(p.found.list, f)
}

// Options are what a run of the checker may depend on besides the notice.
type Options struct {
	// Today is the date deadlines are compared with; zero skips that.
	Today cite.Date
	// Registry lists known earlier documents; nil skips those checks.
	Registry *Registry
	// Archive holds the notices of a batch; nil skips those checks.
	Archive *Archive
	// Least is the least severity the caller shows or acts on: a rule
	// whose findings all fall below it (its severity after the
	// configuration) is not run. render shows warnings and errors only;
	// check and batch list every finding and leave it at diag.Info. Past
	// MaxFindings the list differs: the findings below Least no longer
	// take places in it (see limit).
	Least diag.Severity
}
