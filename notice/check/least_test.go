package check_test

import (
	"reflect"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
)

// TestLeastFollowsConfig: Options.Least skips a rule by its severity
// after the configuration. Seed 004 has abbreviation findings (info)
// and deadline-past ones (warning, with today): raised to warning, abbreviation runs
// again under Least warning and gives what it gives with every rule
// run; deadline-past lowered to info is skipped.
func TestLeastFollowsConfig(t *testing.T) {
	n, err := notice.LoadFile("../../testdata/seeds/004.toml")
	if err != nil {
		t.Fatal(err)
	}
	of := func(l diag.List, rule string) diag.List {
		var out diag.List
		for _, f := range l {
			if f.Rule == rule {
				out = append(out, f)
			}
		}
		return out
	}
	const info, warn = "abbreviation", "deadline-past"
	today := cite.Date{Year: 2026, Month: 12, Day: 1}
	plain := &config.Config{}
	all := check.Notice(n, plain, check.Options{Today: today})
	if len(of(all, info)) == 0 || len(of(all, warn)) == 0 {
		t.Fatalf("seed 004 no longer has %s and %s findings: choose other rules", info, warn)
	}
	least := check.Notice(n, plain, check.Options{Today: today, Least: diag.Warning})
	if len(of(least, info)) != 0 || !reflect.DeepEqual(of(least, warn), of(all, warn)) {
		t.Errorf("Least warning: %s %v, %s %v", info, of(least, info), warn, of(least, warn))
	}

	cfg := &config.Config{Check: config.Check{Severity: map[string]string{info: "warning", warn: "info"}}}
	allCfg := check.Notice(n, cfg, check.Options{Today: today})
	leastCfg := check.Notice(n, cfg, check.Options{Today: today, Least: diag.Warning})
	got, want := of(leastCfg, info), of(allCfg, info)
	if len(want) == 0 || want[0].Severity != diag.Warning || !reflect.DeepEqual(got, want) {
		t.Errorf("%s raised to warning, Least warning: %v, want %v", info, got, want)
	}
	if len(of(leastCfg, warn)) != 0 || len(of(allCfg, warn)) == 0 {
		t.Errorf("%s lowered to info still runs under Least warning", warn)
	}
}
