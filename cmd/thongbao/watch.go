package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/thongbao/thongbao/notice/config"
)

// watchEvery is how often render --watch looks at its sources: often
// enough that the PDF follows a save at once, rarely enough to cost
// nothing. Polling needs no dependency and works the same on every system
// and file system (network shares included), where change notifications
// do not.
const watchEvery = 300 * time.Millisecond

// stamp is what a poll sees of a file: a save changes its time or size.
type stamp struct {
	mod  time.Time
	size int64
	err  bool // the file could not be read: being replaced, or gone
}

func stampOf(path string) stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{err: true}
	}
	return stamp{mod: fi.ModTime(), size: fi.Size()}
}

// watcher polls files for saves. A file that changed is reported once it
// has stopped changing for one poll, so that an editor that writes in
// several steps (a temporary file, then a rename) gives one render; an
// empty file is taken as a save still under way.
type watcher struct {
	every   time.Duration
	files   []string
	last    map[string]stamp // as seen at the last poll
	pending map[string]bool  // changed, not yet still for a poll
	emptyOK map[string]bool  // a file that may be saved empty: a configuration
}

// newWatcher takes the files as they are now: only later saves count.
func newWatcher(files []string, every time.Duration) *watcher {
	w := &watcher{every: every, last: map[string]stamp{}, pending: map[string]bool{}, emptyOK: map[string]bool{}}
	w.add(files, false)
	return w
}

// add watches more files, as they are now; emptyOK for files whose empty
// save is a save (a configuration), not one under way.
func (w *watcher) add(files []string, emptyOK bool) {
	for _, f := range files {
		if _, ok := w.last[f]; ok {
			continue
		}
		w.files = append(w.files, f)
		w.last[f] = stampOf(f)
		w.emptyOK[f] = emptyOK
	}
}

// newSourceWatcher watches the sources and every configuration file that
// may apply to them (config.Paths): one saved, made or removed while the
// clerk edits changes the next render, which read the first one for good.
func newSourceWatcher(inputs []input, every time.Duration) *watcher {
	w := newWatcher(inputNames(inputs), every)
	for _, in := range inputs {
		w.add(config.Paths(in.name), true)
	}
	return w
}

// poll looks at every file once and returns those saved and still since.
func (w *watcher) poll() []string {
	var ready []string
	for _, f := range w.files {
		s := stampOf(f)
		switch {
		case s != w.last[f]:
			w.last[f] = s
			w.pending[f] = true
		case w.pending[f] && s.size == 0 && !s.err && !w.emptyOK[f]:
			// An editor that saves in place empties the file first: wait
			// for its text rather than report an empty notice.
		case w.pending[f]:
			delete(w.pending, f)
			ready = append(ready, f)
		}
	}
	return ready
}

// run calls saved with the files saved since the last call, until ctx is
// done.
func (w *watcher) run(ctx context.Context, saved func([]string)) {
	t := time.NewTicker(w.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if ready := w.poll(); len(ready) > 0 {
				saved(ready)
			}
		}
	}
}

// canWatch refuses what cannot be watched: standard input, the example,
// standard output.
func (o *renderOpts) canWatch(e *env, inputs []input, p *plan) error {
	for _, in := range inputs {
		if in.data != nil {
			// Before -o -: "--watch --example" was told it took no -o -.
			return usageError{e.tr("--watch theo dõi tệp nguồn; không dùng với --example hay đầu vào chuẩn", "--watch watches source files; it takes neither --example nor standard input")}
		}
	}
	if p.stdout {
		return usageError{e.tr("--watch ghi kết quả ra tệp; không dùng với -o - hay đầu vào chuẩn", "--watch writes files; it takes neither -o - nor standard input")}
	}
	for _, in := range inputs {
		// A misspelt name or a folder was watched until Ctrl-C, for a
		// file that would never be saved there.
		fi, err := os.Stat(in.name)
		switch {
		case err != nil:
			return usageError{e.tr(fmt.Sprintf("--watch: không có tệp %s; kiểm tra tên và thư mục của tệp nguồn", in.name),
				fmt.Sprintf("--watch: there is no file %s; check the source's name and folder", in.name))}
		case fi.IsDir():
			return usageError{e.tr(fmt.Sprintf("--watch: %s là một thư mục; nêu từng tệp nguồn, như %s", in.name, filepath.Join(in.name, "*.toml")),
				fmt.Sprintf("--watch: %s is a folder; name each source, such as %s", in.name, filepath.Join(in.name, "*.toml")))}
		}
	}
	return nil
}

func inputNames(inputs []input) []string {
	names := make([]string, len(inputs))
	for i, in := range inputs {
		names[i] = in.name
	}
	return names
}

// watchLoop renders each source again when it is saved, until ctx is done
// (Ctrl-C). A source that does not render is reported like any other, and
// the watch goes on.
func (o *renderOpts) watchLoop(ctx context.Context, e *env, w *watcher, inputs []input, formats []string, p *plan) {
	fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: đang theo dõi tệp nguồn; lưu tệp để trình bày lại, nhấn Ctrl-C để dừng",
		"thongbao: watching the sources; save one to render it again, Ctrl-C to stop"))
	byName := map[string]input{}
	for _, in := range inputs {
		byName[in.name] = in
	}
	w.run(ctx, func(saved []string) {
		for _, name := range o.toRender(e, saved, inputs) {
			o.renderOne(e, byName[name], formats, p)
			if o.rendered != nil {
				o.rendered(name)
			}
		}
	})
}

// toRender says what changed and gives the sources to render again: those
// saved, and every source a changed configuration applies to, once each
// and in the order given. The configurations are read again.
func (o *renderOpts) toRender(e *env, saved []string, inputs []input) []string {
	changed := map[string]bool{}
	cfgChanged := false
	for _, name := range saved {
		changed[name] = true
		if filepath.Base(name) == config.FileName && !slices.ContainsFunc(inputs, func(in input) bool { return in.name == name }) {
			cfgChanged = true
			fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: tệp cấu hình "+relative(name)+" đã thay đổi; trình bày lại các thông báo theo tệp này",
				"thongbao: the configuration "+relative(name)+" changed; rendering the notices under it again"))
			continue
		}
		fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: "+name+" đã thay đổi", "thongbao: "+name+" changed"))
	}
	if cfgChanged {
		config.Forget()
		o.cfgSeen = map[string]bool{} // its unknown rule ids are said again
	}
	var out []string
	for _, in := range inputs {
		if changed[in.name] || cfgChanged && slices.ContainsFunc(config.Paths(in.name), func(p string) bool { return changed[p] }) {
			out = append(out, in.name)
		}
	}
	return out
}
