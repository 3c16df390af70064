package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/render"
)

const seedDir = "../../testdata/seeds"

func options(t *testing.T, out string) Options {
	t.Helper()
	return Options{OutDir: out, Workers: 2, Render: render.Options{Formats: []string{"md", "pdf"}}, Manifest: ManifestName, Tool: "test"}
}

func archive(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "src")
	if err := Synthesize(n, dir, seedDir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runBatch(t *testing.T, ctx context.Context, src string, o Options) *Summary {
	t.Helper()
	srcs, problems := Walk([]string{src}, o.OutDir, Select{})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	sum, err := Run(ctx, srcs, []string{src}, o)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// tree returns every file under dir with its content, but the manifest.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[rel] = b
		}
		return nil
	})
	return out
}

func sameTrees(t *testing.T, a, b map[string][]byte) {
	t.Helper()
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			t.Errorf("only in the second: %s", k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !bytes.Equal(a[k], b[k]) {
			t.Errorf("%s differs", k)
		}
	}
}

func TestRenderAndSkip(t *testing.T) {
	src := archive(t, 12)
	out := filepath.Join(t.TempDir(), "out")
	sum := runBatch(t, context.Background(), src, options(t, out))
	if sum.Rendered != 12 || sum.Failed+sum.Refused != 0 {
		t.Fatalf("summary %+v, results %+v", sum.Progress, sum.Results)
	}
	if _, err := os.Stat(filepath.Join(out, "2023", "02", "tb-00002.pdf")); err != nil {
		t.Errorf("the source tree is not mirrored: %v", err)
	}
	first := tree(t, out)
	again := runBatch(t, context.Background(), src, options(t, out))
	if again.Skipped != 12 || again.Rendered != 0 {
		t.Errorf("rerun: %+v", again.Progress)
	}
	sameTrees(t, first, tree(t, out))
	// An output removed by hand is made again.
	os.Remove(filepath.Join(out, "2023", "02", "tb-00002.md"))
	if s := runBatch(t, context.Background(), src, options(t, out)); s.Rendered != 1 || s.Skipped != 11 {
		t.Errorf("after removing an output: %+v", s.Progress)
	}
	sameTrees(t, first, tree(t, out))
}

// TestInterruptedRunFinishes stops a batch halfway and reruns it: the
// outputs and the manifest are those of one clean run, and no temporary
// file is left.
func TestInterruptedRunFinishes(t *testing.T) {
	src := archive(t, 20)
	clean := filepath.Join(t.TempDir(), "clean")
	runBatch(t, context.Background(), src, options(t, clean))

	out := filepath.Join(t.TempDir(), "out")
	ctx, cancel := context.WithCancel(context.Background())
	o := options(t, out)
	o.Progress = func(p Progress) {
		if p.Done == 7 {
			cancel()
		}
	}
	sum := runBatch(t, ctx, src, o)
	if !sum.Interrupted || sum.Done >= 20 {
		t.Fatalf("not interrupted: %+v", sum.Progress)
	}
	// A killed run may leave a temporary file; the next run removes it.
	stray := filepath.Join(out, "2023", ".thongbao-tmp-123")
	os.MkdirAll(filepath.Dir(stray), 0o755)
	os.WriteFile(stray, []byte("half"), 0o644)

	rest := runBatch(t, context.Background(), src, options(t, out))
	if rest.Interrupted || rest.Skipped < 7 || rest.Rendered+rest.Skipped != 20 {
		t.Fatalf("rerun: %+v", rest.Progress)
	}
	sameTrees(t, tree(t, clean), tree(t, out))
}

func TestBadSources(t *testing.T) {
	src := archive(t, 6)
	bad := filepath.Join(src, "bad")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "broken.toml"), []byte("number = \"x\n"), 0o644)
	os.Symlink(filepath.Join(bad, "missing-target"), filepath.Join(bad, "unreadable.toml"))
	seed, _ := os.ReadFile(filepath.Join(seedDir, "002.toml"))
	os.WriteFile(filepath.Join(bad, "errors.toml"), bytes.Replace(seed, []byte(`name = "Nguyễn Xuân Hải"`), []byte(`name = "Trần Văn X"`), 1), 0o644)

	out := filepath.Join(t.TempDir(), "out")
	sum := runBatch(t, context.Background(), src, options(t, out))
	if sum.Rendered != 6 || sum.Failed != 2 || sum.Refused != 1 {
		t.Fatalf("summary %+v", sum.Progress)
	}
	rules := map[string]string{}
	for _, r := range sum.Results {
		rules[r.Source.Rel] = strings.Join(r.Entry.Rules, ",")
	}
	want := map[string]string{"bad/broken.toml": "toml-syntax", "bad/unreadable.toml": "read-file", "bad/errors.toml": "abbreviation,chair-in-subject"}
	for k, v := range want {
		if rules[k] != v {
			t.Errorf("%s: rules %q, want %q", k, rules[k], v)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "bad", "errors.pdf")); err == nil {
		t.Error("a notice with errors was rendered")
	}
}

// TestArchiveCitations: a notice citing another of the archive with the
// wrong date is refused, and the finding names the cited notice.
func TestArchiveCitations(t *testing.T) {
	src := archive(t, 10)
	p := filepath.Join(src, "2023", "02", "tb-00007.toml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte("Thông báo số 02/TB-UBND ngày 28/02/2023")) {
		t.Fatalf("the synthetic notice does not cite its sibling:\n%s", b)
	}
	os.WriteFile(p, bytes.Replace(b, []byte("số 02/TB-UBND ngày 28/02/2023"), []byte("số 02/TB-UBND ngày 27/02/2023"), 1), 0o644)
	sum := runBatch(t, context.Background(), src, options(t, filepath.Join(t.TempDir(), "out")))
	if sum.Refused != 1 || len(sum.Results) == 0 {
		t.Fatalf("summary %+v", sum.Progress)
	}
	found := false
	for _, r := range sum.Results {
		for _, f := range r.Findings {
			if f.Rule == "archive-citation-mismatch" {
				found = r.Source.Rel == "2023/02/tb-00007.toml" && strings.Contains(f.Message.EN, "2023/02/tb-00002.toml")
			}
		}
	}
	if !found {
		t.Errorf("no archive-citation-mismatch naming the cited notice: %+v", sum.Results)
	}
}

// TestShardsMerge: the shards of an archive, merged, give the manifest of
// one run over all of it.
func TestShardsMerge(t *testing.T) {
	src := archive(t, 15)
	whole := filepath.Join(t.TempDir(), "whole")
	runBatch(t, context.Background(), src, options(t, whole))
	var ms []*Manifest
	total := 0
	for i := 1; i <= 3; i++ {
		o := options(t, filepath.Join(t.TempDir(), "shard"))
		o.Shard = Select{Shard: i, Of: 3}
		sum := runBatch(t, context.Background(), src, o)
		total += sum.Done
		m, err := ReadManifest(filepath.Join(o.OutDir, ManifestName))
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	if total != 15 {
		t.Errorf("the shards rendered %d notices, want 15", total)
	}
	merged, err := Merge(ms)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "merged.json")
	if err := merged.Write(path); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(path)
	b, _ := os.ReadFile(filepath.Join(whole, ManifestName))
	if !bytes.Equal(a, b) {
		t.Errorf("merged manifest differs from a whole run's:\n%s\n---\n%s", a, b)
	}
}

func TestOutputInsideSource(t *testing.T) {
	src := archive(t, 1)
	srcs, _ := Walk([]string{src}, filepath.Join(src, "out"), Select{})
	if _, err := Run(context.Background(), srcs, []string{src}, options(t, filepath.Join(src, "out"))); err == nil {
		t.Fatal("an output directory inside the sources must be refused")
	}
}

func TestSelect(t *testing.T) {
	sel := Select{Include: []string{"2024/**", "**/keep.toml"}, Exclude: []string{"*-00003.toml"}}
	for rel, want := range map[string]bool{"2024/04/tb-00001.toml": true, "2024/04/tb-00003.toml": false, "2023/02/tb-00002.toml": false, "a/b/keep.toml": true, "keep.toml": true} {
		if sel.keeps(rel) != want {
			t.Errorf("keeps(%s) = %v", rel, !want)
		}
	}
	counts := map[int]int{}
	for i := range 300 {
		counts[ShardOf(filepath.Join("x", strings.Repeat("a", i%7), string(rune('a'+i%26)), "n"+string(rune('0'+i%10))+".toml")+string(rune(i)), 4)]++
	}
	for s := 1; s <= 4; s++ {
		if counts[s] < 30 {
			t.Errorf("shard %d got only %d of 300", s, counts[s])
		}
	}
}

// TestManifestLinesAsWrite: the manifest a batch writes from the lines its
// workers encoded is the one Manifest.Write makes of the same entries; an
// interrupted rerun writes the last run's entries of the sources it did
// not reach as they were.
func TestManifestLinesAsWrite(t *testing.T) {
	src := archive(t, 8)
	out := filepath.Join(t.TempDir(), "out")
	mpath := filepath.Join(out, ManifestName)
	o := options(t, out)
	runBatch(t, context.Background(), src, o)
	m, err := ReadManifest(mpath)
	if err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(t.TempDir(), "again.json")
	if err := m.Write(again); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(mpath)
	if b, _ := os.ReadFile(again); !bytes.Equal(first, b) {
		t.Errorf("the batch's manifest differs from Manifest.Write's:\n%s\n---\n%s", first, b)
	}
	o.Workers = 1
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	o.Progress = func(p Progress) {
		if p.Done == 3 {
			cancel()
		}
	}
	if sum := runBatch(t, ctx, src, o); !sum.Interrupted || sum.Done >= 8 {
		t.Fatalf("the rerun was not interrupted: %+v", sum.Progress)
	}
	if b, _ := os.ReadFile(mpath); !bytes.Equal(first, b) {
		t.Errorf("the interrupted rerun's manifest differs from the first:\n%s\n---\n%s", first, b)
	}
}
