package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
)

// BenchmarkRuleCosts checks the seeds in segments, each rule alone ("only
// ID") and every rule but one ("drop ID"), with an empty run (every rule
// disabled) and a full one, calling ruleCostMark before each segment. Its
// figures are read under callgrind with --dump-before=*ruleCostMark: each
// dump holds the instructions of one segment, whole, so a rule's cost is
// its segment's less the empty one's (alone: with the shared readings it
// asks for) or the full one's less its drop segment's (its margin: what
// no other rule would pay for). Inclusive counts of a profile are not
// needed, nor trusted across Go's cycles (HISTORY.md, s72c). The
// segments' labels are printed in order, one a line, to the file named by
// THONGBAO_RULECOST_LABELS; THONGBAO_RULECOST_MODE is "only", "drop" or
// "" for both; THONGBAO_RULECOST_RULES, a list of ids parted by commas,
// limits the segments "only" and "drop" to those rules (one rule's step
// measured in a minute); THONGBAO_RULECOST_GLOB, a pattern of paths,
// checks those notices instead of the seeds (an archive's, say). Run it
// with -test.benchtime=1x.
func BenchmarkRuleCosts(b *testing.B) {
	glob := os.Getenv("THONGBAO_RULECOST_GLOB")
	if glob == "" {
		glob = "../../testdata/seeds/*.toml"
	}
	paths, _ := filepath.Glob(glob)
	srcs := readAll(b, paths)
	rules := check.Rules()
	all := make([]string, len(rules))
	for i, r := range rules {
		all[i] = r.ID
	}
	const rounds = 2
	seg := func(disable []string) {
		cfg := &config.Config{Check: config.Check{Disable: disable}}
		for range rounds {
			for k := range srcs {
				n, err := notice.Load(paths[k], srcs[k])
				if err != nil {
					b.Fatal(err)
				}
				check.Notice(n, cfg, check.Options{})
			}
		}
	}
	var labels []string
	mode := os.Getenv("THONGBAO_RULECOST_MODE")
	pick := map[string]bool{}
	for _, id := range strings.Split(os.Getenv("THONGBAO_RULECOST_RULES"), ",") {
		if id != "" {
			pick[id] = true
		}
	}
	for b.Loop() {
		labels = labels[:0]
		seg(padded(all, "")) // warm: every expression compiled, every slab grown
		mark := func(label string) {
			labels = append(labels, label)
			ruleCostMark()
		}
		mark("empty")
		seg(all)
		mark("all")
		seg(padded(all, ""))
		for _, id := range all {
			if len(pick) > 0 && !pick[id] {
				continue
			}
			if mode == "" || mode == "only" {
				mark("only " + id)
				seg(padded(all, id))
			}
			if mode == "" || mode == "drop" {
				mark("drop " + id)
				seg(append(padded(all, "")[:len(all)-1], id))
			}
		}
		mark("end")
	}
	if out := os.Getenv("THONGBAO_RULECOST_LABELS"); out != "" {
		var text string
		for _, l := range labels {
			text += fmt.Sprintln(l)
		}
		if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// padded is every id disabled but keep, each written with a letter before
// it (so that config's look through the list costs as with every id
// there): the list of the segment that runs keep alone, or none if keep
// is "".
func padded(all []string, keep string) []string {
	out := make([]string, 0, len(all))
	for _, id := range all {
		if id == keep || keep == "" {
			id = "~" + id
		}
		out = append(out, id)
	}
	return out
}

// ruleCostMark marks the start of a segment for callgrind's
// --dump-before.
//
//go:noinline
func ruleCostMark() {}
