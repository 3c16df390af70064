package check_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
)

// TestFindingsSameEveryRun reads and checks a sample of testdata three
// times each and requires the same findings, in the same order, with the
// same messages, fixes and references: the lint fixtures, the seeds, the
// Word files of testdata/real and every sixth text of the corpus's dev
// set. Go changes a map's order on every range over it, so a rule whose
// result follows that order (a winner kept by the last write, the first
// found, a list appended in that order) gives one notice other findings
// from run to run; a second and a third run in the same process meet
// another order. The sample is kept small enough for every go test (the
// whole dev corpus, the lint copies and testdata/prose and broken, 1,041
// files checked four times each, gave the same findings on 2026-12-02;
// a "last write wins" put into list-punct's usual mark fails 8 files here).
func TestFindingsSameEveryRun(t *testing.T) {
	var paths []string
	for _, pat := range []string{lintDir + "/*.txt", lintDir + "/*.md", lintDir + "/*.toml",
		"../../testdata/seeds/*.toml", "../../testdata/seeds/*.md", "../../testdata/seeds/*.txt",
		"../../testdata/real/*.docx"} {
		p, _ := filepath.Glob(pat)
		paths = append(paths, p...)
	}
	for i, rel := range corpusFiles(t) {
		if i%6 == 0 && !strings.HasPrefix(rel, "heldout/") {
			paths = append(paths, filepath.Join(corpusDir, rel))
		}
	}
	if len(paths) < 300 {
		t.Fatalf("only %d texts to check: testdata no longer holds the sample", len(paths))
	}
	opts := check.Options{Today: cite.Date{Year: 2026, Month: 6, Day: 1}}
	findings := 0
	for _, p := range paths {
		first := checkOnce(t, p, opts)
		findings += len(first)
		for run := 2; run <= 3; run++ {
			if got := checkOnce(t, p, opts); !reflect.DeepEqual(got, first) {
				t.Errorf("%s: run %d differs from run 1:\n%s", p, run, firstDifference(first, got))
				break
			}
		}
	}
	if findings < 1000 {
		t.Fatalf("only %d findings on %d texts: the sample holds too little to compare", findings, len(paths))
	}
}

// checkOnce reads and checks one file as the command does; a file the
// reader refuses gives the findings of its refusal.
func checkOnce(t *testing.T, path string, opts check.Options) diag.List {
	t.Helper()
	r, err := reading.ReadFile(path)
	var refused diag.List
	if errors.As(err, &refused) {
		return refused
	}
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return check.Reading(r, nil, opts)
}

// firstDifference names the first finding where two runs part.
func firstDifference(a, b diag.List) string {
	for i := range min(len(a), len(b)) {
		if !reflect.DeepEqual(a[i], b[i]) {
			return "run 1: " + oneFinding(a[i]) + "\nlater: " + oneFinding(b[i])
		}
	}
	return "run 1 has " + strconv.Itoa(len(a)) + " findings, the later " + strconv.Itoa(len(b))
}

func oneFinding(f diag.Finding) string {
	return fmt.Sprintf("%s %s: %s (%s; %s)", f.Pos, f.Rule, f.Message.In(diag.EN), f.Fix.In(diag.EN), f.Ref)
}
