package check

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/cputime"
	"github.com/thongbao/thongbao/notice/reading"
)

// BenchmarkRules runs every rule over the views of the seeds (TOML and
// text) and the real Word files ("all"), then each rule alone over the views of the seeds (TOML
// and text) and the real Word files, each time on a fresh copy of the
// view: what a rule costs, the shared readings it is the first to ask
// for (citations, deadlines, the token index) included. The sum over the
// rules is more than a check costs, since a check works those out once.
//
//	go test -run '^$' -bench Rules ./notice/check/
func BenchmarkRules(b *testing.B) {
	views := benchViews(b)
	opts := &Options{}
	for _, v := range views {
		run(fresh(v), nil, opts, nil) // the expressions compiled, the phrase book read
	}
	b.Run("all", func(b *testing.B) {
		start := cputime.Used()
		for b.Loop() {
			for _, base := range views {
				runAll(fresh(base), opts)
			}
		}
		b.ReportMetric(float64(cputime.Used()-start)/float64(b.N), "cpu-ns/op")
	})
	for _, r := range Rules() {
		if r.Run == nil {
			continue
		}
		b.Run(r.ID, func(b *testing.B) {
			start := cputime.Used()
			for b.Loop() {
				for _, base := range views {
					runOne(r, fresh(base), opts)
				}
			}
			b.ReportMetric(float64(cputime.Used()-start)/float64(b.N), "cpu-ns/op")
		})
	}
}

// runAll runs every rule on v, as a check does. It is a function of
// its own for the profilers (valgrind --toggle-collect='*check.runAll').
//
//go:noinline
func runAll(v *View, opts *Options) {
	run(v, nil, opts, nil)
}

// runOne runs rule r on v, as a check does.
//
//go:noinline
func runOne(r *Rule, v *View, opts *Options) {
	if v.Unreadable || !r.applies(v) {
		return
	}
	r.Run(&Pass{View: v, Opts: opts, rule: r, found: &found{}})
}

// fresh copies a view without what its rules worked out.
func fresh(v *View) *View {
	c := *v
	c.texts, c.cites, c.deadlines, c.done = nil, nil, nil, 0
	c.indexes, c.indexAt, c.lexemes, c.quoteMemo = nil, indexTable{}, nil, nil
	c.attendees, c.attendeesRead = nil, false
	c.trigKnown, c.trigHas = 0, 0
	return &c
}

// benchViews reads the seeds and the real Word files once.
func benchViews(b *testing.B) []*View {
	var paths []string
	for _, g := range []string{"../../testdata/seeds/*.toml", "../../testdata/seeds/*.txt", "../../testdata/real/*.docx"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	var views []*View
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		r, err := reading.Read(p, src)
		if err != nil {
			b.Fatal(err)
		}
		switch {
		case r.Notice != nil:
			views = append(views, FromNotice(r.Notice))
		case r.Word != nil:
			v := FromText(r.Text)
			v.Word = newWordView(r)
			views = append(views, v)
		default:
			views = append(views, FromText(r.Text))
		}
	}
	return views
}
