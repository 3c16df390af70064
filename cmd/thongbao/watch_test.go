package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/templates"
)

// TestWatcherWaitsForQuiet: a save is reported once the file has stopped
// changing for one poll, and once only.
func TestWatcherWaitsForQuiet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "n.toml")
	write(t, path, "a")
	w := newWatcher([]string{path}, time.Hour)
	if got := w.poll(); len(got) != 0 {
		t.Fatalf("nothing saved yet: %v", got)
	}
	write(t, path, "ab")
	if got := w.poll(); len(got) != 0 {
		t.Fatalf("reported while it may still change: %v", got)
	}
	write(t, path, "abc")
	if got := w.poll(); len(got) != 0 {
		t.Fatalf("reported while still changing: %v", got)
	}
	if got := w.poll(); len(got) != 1 || got[0] != path {
		t.Fatalf("still for a poll: got %v", got)
	}
	if got := w.poll(); len(got) != 0 {
		t.Fatalf("reported twice: %v", got)
	}
	write(t, path, "") // an editor saving in place empties the file first
	w.poll()
	if got := w.poll(); len(got) != 0 {
		t.Fatalf("an empty file reported as a save: %v", got)
	}
	write(t, path, "abcd")
	w.poll()
	if got := w.poll(); len(got) != 1 {
		t.Fatalf("the text after the empty file: got %v", got)
	}
	os.Remove(path)
	w.poll()
	if got := w.poll(); len(got) != 1 {
		t.Fatalf("a file gone is a change too: %v", got)
	}
}

// TestRenderWatch runs render --watch in-process with a short poll: each
// save renders again; a save that breaks the source prints the problem,
// leaves the last output as it was, and the watch goes on; cancelling (as
// Ctrl-C does) stops it. The test waits on each render, never on a clock.
func TestRenderWatch(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "n.toml")
	md := filepath.Join(dir, "n.md")
	example := string(templates.Example)
	write(t, src, example)
	rig := newWatchRig(t, src)
	o, e, inputs, p, stderr := rig.o, rig.e, rig.inputs, rig.p, rig.stderr
	if err := o.canWatch(e, inputs, p); err != nil {
		t.Fatal(err)
	}
	w := newWatcher([]string{src}, 5*time.Millisecond)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		o.watchLoop(ctx, e, w, inputs, []string{"md"}, p)
		close(done)
	}()
	wait := func(what string) {
		t.Helper()
		rig.waitRender(t, src, what)
	}
	write(t, src, strings.Replace(example, "Trần Văn B", "Trần Văn Bình", 1))
	wait("first save")
	if b, _ := os.ReadFile(md); !strings.Contains(string(b), "Trần Văn Bình") {
		t.Fatalf("n.md was not rendered again:\n%.300s", b)
	}
	write(t, src, example+"\n[signer\n")
	wait("broken save")
	if !strings.Contains(stderr.String(), "toml-syntax") {
		t.Errorf("the problem is not printed:\n%s", stderr.String())
	}
	if b, _ := os.ReadFile(md); !strings.Contains(string(b), "Trần Văn Bình") {
		t.Errorf("a broken save touched the last output")
	}
	write(t, src, strings.Replace(example, "Trần Văn B", "Trần Văn Bảo", 1))
	wait("fixed save")
	if b, _ := os.ReadFile(md); !strings.Contains(string(b), "Trần Văn Bảo") {
		t.Errorf("the watch did not go on after an error; stderr:\n%s", stderr.String())
	}
	cancel()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the watch does not stop when cancelled")
	}
	if !strings.Contains(stderr.String(), "đã ghi "+md) {
		t.Errorf("the files written are not printed:\n%s", stderr.String())
	}
}

// TestWatchRefusesStreams: --watch writes files from files.
func TestWatchRefusesStreams(t *testing.T) {
	for _, args := range [][]string{
		{"render", "--watch", "--example"},
		{"render", "--watch", "-o", "-", "x.toml"},
		{"render", "--watch", "-"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, strings.NewReader(string(templates.Example)), &stdout, &stderr); code != exitFailed || !strings.Contains(stderr.String(), "--watch") {
			t.Errorf("%v: exit %d, %s", args, code, stderr.String())
		}
	}
}

// write saves a file as most editors do, through a temporary file and a
// rename, so that a poll never sees it half-written (os.WriteFile
// truncates first: on a loaded machine a poll between the two steps sees
// an empty file).
func write(t *testing.T, path, s string) {
	t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// lockedBuffer is a buffer the watch writes to while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestRenderWatchConfig: a configuration made, saved or removed while the
// watch runs applies at the next render, and renders the notices under it
// again; it was read once, at the start, for the whole watch.
func TestRenderWatchConfig(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "n.toml")
	cfg := filepath.Join(dir, config.FileName)
	write(t, src, string(templates.Example))
	rig := newWatchRig(t, src)
	o, e, inputs, p, stderr := rig.o, rig.e, rig.inputs, rig.p, rig.stderr
	w := newSourceWatcher(inputs, 5*time.Millisecond)
	o.renderOne(e, inputs[0], []string{"md"}, p)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go o.watchLoop(ctx, e, w, inputs, []string{"md"}, p)
	wait := func(what, want string) {
		t.Helper()
		rig.waitRender(t, src, what)
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: stderr lacks %q:\n%s", what, want, stderr.String())
		}
	}
	write(t, cfg, "[check]\ndisable = [\"khong-co-quy-tac\"]\n")
	wait("configuration made", "khong-co-quy-tac")
	write(t, cfg, "[check]\ndisable = [\"quy-tac-khac\"]\n")
	wait("configuration saved", "quy-tac-khac")
	if !strings.Contains(stderr.String(), "tệp cấu hình") {
		t.Errorf("the change of configuration is not said:\n%s", stderr.String())
	}
	if err := os.Remove(cfg); err != nil {
		t.Fatal(err)
	}
	before := stderr.String()
	wait("configuration removed", "")
	if after := stderr.String()[len(before):]; strings.Contains(after, "quy-tac-khac") {
		t.Errorf("the removed configuration still applies:\n%s", after)
	}
}

// watchRig is render --watch's state for one source, set up in-process as
// run sets it: Markdown out, a fixed day, and each source rendered sent on
// rendered.
type watchRig struct {
	o        *renderOpts
	e        *env
	stderr   *lockedBuffer
	rendered chan string
	inputs   []input
	p        *plan
}

// waitRender waits for the watch to render src again after what was
// done, and fails when it renders another file or nothing.
func (r *watchRig) waitRender(t *testing.T, src, what string) {
	t.Helper()
	select {
	case name := <-r.rendered:
		if name != src {
			t.Fatalf("%s: rendered %s", what, name)
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("%s: no render; stderr:\n%s", what, r.stderr.String())
	}
}

func newWatchRig(t *testing.T, src string) *watchRig {
	t.Helper()
	r := &watchRig{stderr: &lockedBuffer{}, rendered: make(chan string, 8)}
	r.e = &env{stdout: &bytes.Buffer{}, stderr: r.stderr}
	r.o = &renderOpts{format: "md", bodySize: 14, setFlag: map[string]bool{}, cfgSeen: map[string]bool{},
		rendered: func(name string) { r.rendered <- name }}
	r.o.checks.Today = cite.Date{Year: 2026, Month: 6, Day: 1}
	var err error
	if r.inputs, err = r.o.inputs(r.e, []string{src}); err != nil {
		t.Fatal(err)
	}
	if r.p, err = r.o.plan(r.e, r.inputs, []string{"md"}); err != nil {
		t.Fatal(err)
	}
	return r
}
