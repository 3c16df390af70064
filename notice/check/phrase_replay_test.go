package check

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestPhraseReplayAsRun: phrase-typo's turn reporting the findings of
// the scratch pass name-spelling ran it on (replayScratch) gives what the
// turn reading the notice itself gives, on the notices where name-spelling
// asks phrase-typo first: the fixtures of phrase-typo, name-spelling and
// spacing, the lint copies of the corpus, and the seeds.
func TestPhraseReplayAsRun(t *testing.T) {
	var paths []string
	for _, g := range []string{"../../testdata/lint/phrase-typo*.txt", "../../testdata/lint/name-*.txt", "../../testdata/lint/spacing*.txt", "../../testdata/lint/corpus/*/*.txt", "../../testdata/seeds/*.txt"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	if len(paths) < 100 {
		t.Fatalf("only %d notices", len(paths))
	}
	defer func() { replayPhrases = true }()
	replayed := 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		run := func(on bool) []diag.Finding {
			replayPhrases = on
			f, err := plain.Read(path, src)
			if err != nil {
				t.Fatal(err)
			}
			return Text(f, &config.Config{}, Options{Least: diag.Info})
		}
		with, without := run(true), run(false)
		if !reflect.DeepEqual(with, without) {
			t.Errorf("%s: replayed findings differ from phrase-typo's own run:\n%v\n%v", path, with, without)
		}
		for _, f := range with {
			if f.Rule == "phrase-typo" {
				replayed++
				break
			}
		}
	}
	if replayed < 20 {
		t.Errorf("only %d notices with a phrase-typo finding: the comparison tells little", replayed)
	}
}
