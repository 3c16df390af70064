package check

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/plain"
)

var ruleCost = flag.Bool("rule-cost", false, "TestRuleCost: time each rule over the seeds and the dev corpus")

// TestRuleCost times each rule's run over fresh views of the seeds and the
// dev corpus (rounds of each), in the order a check runs them, and prints
// the costliest with how many notices each reports on.
func TestRuleCost(t *testing.T) {
	if !*ruleCost {
		t.Skip("-rule-cost not set")
	}
	seeds, _ := filepath.Glob("../../testdata/seeds/*.toml")
	texts, _ := filepath.Glob("../../testdata/corpus/round*/*.txt")
	type cost struct {
		id          string
		ns          time.Duration
		runs, fires int
		warm        time.Duration
	}
	costs := map[string]*cost{}
	var total time.Duration
	views := func() []*View {
		var vs []*View
		for _, p := range seeds {
			src, _ := os.ReadFile(p)
			n, err := notice.Load(p, src)
			if err != nil {
				t.Fatal(err)
			}
			vs = append(vs, FromNotice(n))
		}
		for _, p := range texts {
			src, _ := os.ReadFile(p)
			f, err := plain.Read(p, src)
			if err != nil {
				continue
			}
			vs = append(vs, FromText(f))
		}
		return vs
	}
	cfg := &config.Config{}
	for round := 0; round < 3; round++ {
		for _, v := range views() {
			list := &found{}
			for _, r := range sortedRules() {
				sev, ok := runs(r, v, cfg, &Options{})
				if !ok {
					continue
				}
				c := costs[r.ID]
				if c == nil {
					c = &cost{id: r.ID}
					costs[r.ID] = c
				}
				rule := *r
				rule.Severity = sev
				before := len(list.list)
				p := Pass{View: v, Opts: &Options{}, cfg: cfg, rule: &rule, found: list}
				start := time.Now()
				r.Run(&p)
				p.sayRest()
				d := time.Since(start)
				c.ns += d
				total += d
				c.runs++
				if len(list.list) > before {
					c.fires++
				}
			}
			for _, r := range sortedRules() { // again, the shared readings made: the rule's own work
				sev, ok := runs(r, v, cfg, &Options{})
				if !ok {
					continue
				}
				rule := *r
				rule.Severity = sev
				p := Pass{View: v, Opts: &Options{}, cfg: cfg, rule: &rule, found: &found{}}
				start := time.Now()
				r.Run(&p)
				p.sayRest()
				costs[r.ID].warm += time.Since(start)
			}
		}
	}
	var cs []*cost
	for _, c := range costs {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].ns > cs[j].ns })
	out := os.Stdout
	fmt.Fprintf(out, "rules %d, all rules %v\n", len(cs), total)
	for i, c := range cs {
		if i == 40 {
			break
		}
		fmt.Fprintf(out, "%-34s %6.2f%% %8.1fus/run warm %8.1fus  runs %5d fires %5d\n", c.id, 100*float64(c.ns)/float64(total), float64(c.ns)/float64(c.runs)/1e3, float64(c.warm)/float64(c.runs)/1e3, c.runs, c.fires)
	}
}

// TestRuleFuncs prints each rule's id and its run function's name, to
// read a profile by rule.
func TestRuleFuncs(t *testing.T) {
	if !*ruleCost {
		t.Skip("-rule-cost not set")
	}
	for _, r := range sortedRules() {
		if r.Run != nil {
			fmt.Printf("%s\t%s\n", r.ID, runtime.FuncForPC(reflect.ValueOf(r.Run).Pointer()).Name())
		}
	}
}
