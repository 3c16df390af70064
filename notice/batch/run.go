package batch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/notice/pool"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/render"
	"github.com/thongbao/thongbao/notice/source"
)

// Options configure a batch.
type Options struct {
	OutDir  string
	Workers int
	// Render is how each notice is checked and rendered, as by the render
	// command: Force also redoes unchanged ones; the archive of the batch
	// is added to the check's options.
	Render   render.Options
	Manifest string // file name of the manifest in OutDir
	Tool     string // the tool's version, recorded in the manifest
	Shard    Select // which sources to render; all of them form the archive
	// Progress is called after each source, from one goroutine.
	Progress func(Progress)
	// Waiting is called when another run holds the output directory and
	// this one waits for it.
	Waiting func()
}

// Progress is how far a batch has got.
type Progress struct {
	Done, Total       int
	Rendered, Skipped int
	Refused, Failed   int
	// Checked counts the notices checked but not rendered (Word, text);
	// CheckedErrors those of them with errors.
	Checked, CheckedErrors int
	Elapsed                time.Duration
}

// Result is the outcome of one source.
type Result struct {
	Source   Source
	Entry    Entry
	Findings diag.List // of a refused or failed source, and warnings of the others
	Skipped  bool

	// line is Entry as its line of the manifest, encoded by the worker
	// once: the manifest written every few seconds is then a copy of
	// lines, not a new encoding of every entry.
	line    []byte
	lineErr error
}

// Summary is the outcome of a batch.
type Summary struct {
	Progress
	Results     []Result // the sources not rendered (failed, refused, checked only), sorted
	Interrupted bool
	// ManifestReset says the manifest found was damaged or of another
	// version, so every source was done again.
	ManifestReset bool
	// ManifestMissing says the output directory held outputs but no
	// manifest, so every source was done again.
	ManifestMissing bool
}

// ErrOutsideInput means the output directory lies inside an input tree.
var ErrOutsideInput = errors.New("the output directory is inside a source directory")

// Run checks and renders the sources of o.Shard (all of them by default);
// every source of srcs forms the archive citations are checked against.
// It returns when all are done or ctx is cancelled; either way the
// manifest records what was done.
func Run(ctx context.Context, all []Source, inputs []string, o Options) (*Summary, error) {
	if err := guardOutDir(o.OutDir, inputs); err != nil {
		return nil, err
	}
	if err := output.MkdirAll(o.OutDir); err != nil {
		return nil, err
	}
	release, err := lockDir(ctx, o.OutDir, o.Waiting)
	if err != nil {
		return nil, err
	}
	defer release()
	if err := removeTemps(o.OutDir); err != nil {
		return nil, err
	}
	mpath := filepath.Join(o.OutDir, o.Manifest)
	old, err := ReadManifest(mpath)
	reset := errors.Is(err, ErrBadManifest)
	missing := errors.Is(err, os.ErrNotExist) && hasOutputs(o.OutDir)
	switch {
	case errors.Is(err, os.ErrNotExist) || reset:
		old, err = &Manifest{Version: manifestVersion}, nil // a first run, or nothing to trust: do all
	case err != nil:
		return nil, manifestFix(err)
	}
	r := &runner{o: o, old: old.entries(), archive: check.NewArchive(), registryID: o.Render.Check.Registry.Digest(),
		lines: map[string][]byte{}, oldLines: map[string][]byte{}, accepted: source.NewAccepted()}
	r.loadArchive(ctx, all)
	var srcs []Source
	for _, s := range all {
		if o.Shard.InShard(s.Rel) {
			srcs = append(srcs, s)
		}
	}
	r.options = r.digest()
	if old.Tool != o.Tool || old.Options != r.options {
		r.old = map[string]Entry{} // made by another version or other options: redo all
	}
	r.sorted = slices.Clone(srcs)
	slices.SortFunc(r.sorted, func(a, b Source) int { return strings.Compare(a.Rel, b.Rel) })
	sum := r.render(ctx, srcs, mpath)
	sum.ManifestReset, sum.ManifestMissing = reset, missing
	if err := r.writeManifest(mpath); err != nil {
		return sum, manifestNotWritten(mpath, err)
	}
	return sum, nil
}

// hasOutputs reports whether dir holds anything but the lock: outputs of
// an earlier run whose manifest is gone.
func hasOutputs(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != LockName {
			return true
		}
	}
	return false
}

// manifestNotWritten says what a manifest that could not be written
// means: the outputs are there, but the next run cannot know them.
func manifestNotWritten(path string, err error) error {
	list := diag.AsList(path, err, "write-file", diag.Msg("không ghi được", "cannot write"), diag.Text{})
	return append(list, diag.Finding{Pos: diag.Pos{Path: path}, Rule: "write-file", Severity: diag.Error,
		Message: diag.Msg("tệp manifest.json không được ghi: các tệp kết quả đã có, nhưng lần chạy sau sẽ phải làm lại tất cả", "the manifest was not written: the outputs are there, but the next run will have to do everything again"),
		Fix:     diag.Msg("sửa chỗ ghi của thư mục kết quả rồi chạy lại", "make the output directory writable and run again")})
}

type runner struct {
	o       Options
	old     map[string]Entry
	archive *check.Archive
	options string
	// registryID identifies the --registry file's content.
	registryID string
	// accepted are the sources whose encoding the archive's pre-pass
	// checked: their load does not check it again.
	accepted *source.Accepted

	mu sync.Mutex
	// lines are the manifest lines of the sources done in this run, and
	// oldLines those of the last run's entries written again, each
	// encoded once; lineErr is the first encoding that failed.
	lines    map[string][]byte
	oldLines map[string][]byte
	lineErr  error
	// sorted are the sources of the run in the manifest's order.
	sorted []Source
	// bufs are the buffers of sources read only to be hashed or peeked
	// at.
	bufs source.Buffers
	// dirs are the output directories this run has made (or found).
	dirs sync.Map
}

// guardOutDir refuses an output directory inside a source directory: the
// next run would take its own outputs for sources.
func guardOutDir(out string, inputs []string) error {
	o, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	for _, in := range inputs {
		fi, err := os.Stat(in)
		if err != nil || !fi.IsDir() {
			continue
		}
		i, err := filepath.Abs(in)
		if err != nil {
			continue
		}
		if o == i || strings.HasPrefix(o, i+string(filepath.Separator)) {
			return fmt.Errorf("%s: %w %s", out, ErrOutsideInput, in)
		}
	}
	return nil
}

// removeTemps deletes the temporary files a killed run left behind, and
// puts back an earlier output it had kept aside and not yet replaced.
func removeTemps(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return output.Failure(p, err)
		}
		if !d.IsDir() && output.IsTemp(d.Name()) {
			return output.ClearTemp(p)
		}
		return nil
	})
}

// loadArchive reads every source once for the numbers and dates of the
// archive, which the citation checks of every other source need. A source
// unchanged since the last run is known from its manifest entry without
// being loaded.
func (r *runner) loadArchive(ctx context.Context, srcs []Source) {
	type item struct {
		e  check.ArchivedNotice
		ok bool
	}
	// Only the small entries are kept: the notices themselves are dropped
	// as soon as they are read, so memory does not grow with the archive.
	results := make([]item, len(srcs))
	pool.Run(ctx, r.o.Workers, len(srcs), func(i int) {
		results[i].e, results[i].ok = r.archived(srcs[i])
	})
	for _, it := range results {
		if it.ok {
			r.archive.Put(it.e)
		}
	}
}

// archived is what the archive keeps of a source, from the last manifest
// when the source has not changed, else from the header of the source,
// peeked at without loading it: the full load is for the second pass.
func (r *runner) archived(s Source) (check.ArchivedNotice, bool) {
	src, err := source.ReadInto(s.Path, notice.MaxSourceSize, r.bufs.Get())
	defer r.bufs.Put(src)
	if err != nil {
		return check.ArchivedNotice{}, false
	}
	cfg, err := config.For(s.Path)
	if err != nil {
		return check.ArchivedNotice{}, false
	}
	if old, ok := r.old[s.Rel]; ok && old.Notice != nil && old.SHA256 == sourceHash(src, cfg) {
		return fromEntry(old.Notice, s.Rel)
	}
	h, ok := notice.PeekHeaderWith(s.Path, src, r.accepted)
	if !ok {
		return check.ArchivedNotice{}, false
	}
	return check.ArchivedHeader(h, s.Rel), true
}

// toEntry and fromEntry carry an archived notice through the manifest.
func toEntry(a check.ArchivedNotice, ok bool) *Archived {
	if !ok {
		return nil
	}
	return &Archived{Number: a.Number.Raw, Date: a.Date.ISO(), Issuer: a.Issuer}
}

func fromEntry(e *Archived, rel string) (check.ArchivedNotice, bool) {
	if e == nil {
		return check.ArchivedNotice{}, false
	}
	num, err := cite.ParseNumber(e.Number)
	if err != nil {
		return check.ArchivedNotice{}, false
	}
	date, err := cite.ParseISO(e.Date)
	if err != nil {
		return check.ArchivedNotice{}, false
	}
	return check.ArchivedNotice{Number: num, Date: date, Issuer: e.Issuer, Path: rel}, true
}

// digest sums up what besides a source decides its outputs and findings.
func (r *runner) digest() string {
	o := r.o.Render
	parts := map[string]any{
		"formats": o.Formats, "force": o.Force, "today": o.Check.Today.ISO(), "date": o.Date.Unix(),
		"body": o.BodySize, "fonts": fontID(o), "registry": r.registryID,
	}
	b, _ := json.Marshal(parts)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// fontID identifies the fonts --font-dir names by their content; a font
// directory of a configuration file is named in the configuration, whose
// digest is part of each source's hash.
func fontID(o render.Options) string {
	if !o.FontDirSet {
		return ""
	}
	s, err := render.Fonts(o.FontDir)
	if err != nil {
		return ""
	}
	h := sha256.New()
	for _, st := range []fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, fonts.Bold | fonts.Italic} {
		h.Write(s.Face(st).Data)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (r *runner) render(ctx context.Context, srcs []Source, mpath string) *Summary {
	sum := &Summary{Progress: Progress{Total: len(srcs)}}
	start := time.Now()
	results := make(chan Result)
	go func() {
		pool.Run(ctx, r.o.Workers, len(srcs), func(i int) {
			res := r.one(srcs[i])
			res.line, res.lineErr = entryLine(res.Entry)
			results <- res
		})
		close(results)
	}()
	lastWrite, every := time.Now(), manifestEvery
	for res := range results {
		r.mu.Lock()
		r.lines[res.Source.Rel] = res.line
		if r.lineErr == nil {
			r.lineErr = res.lineErr
		}
		r.mu.Unlock()
		sum.Done++
		switch {
		case res.Skipped:
			sum.Skipped++
		case res.Entry.Status == Rendered:
			sum.Rendered++
		case res.Entry.Status == Refused:
			sum.Refused++
		case res.Entry.Status == Checked:
			sum.Checked++
			if w, _ := res.Findings.Worst(); w == diag.Error {
				sum.CheckedErrors++
			}
		default:
			sum.Failed++
		}
		if res.Entry.Status != Rendered {
			// The warnings of a rendered source are in its manifest
			// entry's rules; keeping them all would grow the heap with
			// the archive.
			sum.Results = append(sum.Results, res)
		}
		sum.Elapsed = time.Since(start)
		if r.o.Progress != nil {
			r.o.Progress(sum.Progress)
		}
		if time.Since(lastWrite) > every {
			// The manifest grows with the archive: it is written at
			// most a twentieth of the time.
			t := time.Now()
			r.writeManifest(mpath)
			lastWrite = time.Now()
			every = max(manifestEvery, 20*lastWrite.Sub(t))
		}
	}
	sum.Interrupted = ctx.Err() != nil
	sort.Slice(sum.Results, func(i, j int) bool { return sum.Results[i].Source.Rel < sum.Results[j].Source.Rel })
	return sum
}

// manifestEvery is how often at most a batch writes its manifest on the
// way, so that a killed run loses little.
const manifestEvery = 2 * time.Second

// writeManifest records the sources done in this run and, for the others,
// what the last run had, sorted by source.
func (r *runner) writeManifest(mpath string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.lineErr != nil {
		return r.lineErr
	}
	var lines [][]byte
	for _, s := range r.sorted {
		if l, ok := r.lines[s.Rel]; ok {
			lines = append(lines, l)
		} else if e, ok := r.old[s.Rel]; ok {
			l, ok := r.oldLines[s.Rel]
			if !ok {
				var err error
				if l, err = entryLine(e); err != nil {
					return err
				}
				r.oldLines[s.Rel] = l
			}
			lines = append(lines, l)
		}
	}
	return writeManifest(mpath, r.o.Tool, r.options, len(lines), func(i int) ([]byte, error) { return lines[i], nil })
}

// renderNotice is render.Notice; a test puts a failing one in its place.
var renderNotice = render.Notice

// one checks and renders one source. A panic of the program's own while
// it does is the source's finding (diag.Fault), and the batch goes on.
func (r *runner) one(s Source) (res Result) {
	defer func() {
		if p := recover(); p != nil {
			res = r.finish(Result{Source: s, Entry: Entry{Source: s.Rel, Status: Failed}, Findings: diag.Fault(s.Path, p)})
		}
	}()
	res = Result{Source: s, Entry: Entry{Source: s.Rel, Status: Failed}}
	kind := reading.KindOf(s.Path, nil)
	src, err := source.ReadInto(s.Path, reading.MaxSize(kind), r.bufs.Get())
	if err != nil {
		res.Findings = asList(s.Path, err)
		return r.finish(res)
	}
	cfg, err := config.For(s.Path)
	if err != nil {
		res.Findings = asList(s.Path, err)
		return r.finish(res)
	}
	res.Entry.SHA256 = sourceHash(src, cfg)
	if kind != reading.TOML {
		return r.checkOnly(res, src, cfg)
	}
	if old, ok := r.old[s.Rel]; ok && !r.o.Render.Force && old.SHA256 == res.Entry.SHA256 && old.Status == Rendered &&
		r.outputsPresent(old) && r.archive.Answer(old.Lookups) == old.Archive {
		r.bufs.Put(src)
		res.Entry, res.Skipped = old, true
		return res
	}
	n, err := notice.LoadWith(s.Path, src, r.accepted)
	if err != nil {
		res.Findings = asList(s.Path, err)
		return r.finish(res)
	}
	res.Entry.Notice = toEntry(check.Archived(n, s.Rel))
	ro := r.o.Render
	ro.Check.Archive = r.archive
	out, err := renderNotice(n, cfg, ro)
	if out != nil {
		res.Findings, res.Entry.Lookups = out.Findings, out.Lookups
		res.Entry.Archive = r.archive.Answer(res.Entry.Lookups)
	}
	switch {
	case err != nil:
		res.Findings = append(res.Findings, asList(s.Path, err)...)
	case out.Refused:
		res.Entry.Status = Refused
	default:
		res.Entry.Outputs, err = r.write(s, out.Files)
		if err != nil {
			res.Findings = append(res.Findings, asList(s.Path, err)...)
		} else {
			res.Entry.Status = Rendered
		}
	}
	return r.finish(res)
}

// checkOnly checks a notice that has no TOML source (a Word file, a text):
// a batch lists its findings and renders nothing of it.
func (r *runner) checkOnly(res Result, src []byte, cfg *config.Config) Result {
	rd, err := reading.Read(res.Source.Path, src)
	if err != nil {
		res.Findings = asList(res.Source.Path, err)
		return r.finish(res)
	}
	opts := r.o.Render.Check
	opts.Archive = r.archive
	res.Findings = check.Reading(rd, cfg, opts)
	res.Entry.Status = Checked
	return r.finish(res)
}

// finish records the findings in the entry, and removes the outputs a
// source had when it is no longer rendered, so that none is left stale.
func (r *runner) finish(res Result) Result {
	res.Findings.Sort()
	res.Entry.Findings = len(res.Findings)
	seen := map[string]bool{}
	for _, f := range res.Findings {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			res.Entry.Rules = append(res.Entry.Rules, f.Rule)
		}
	}
	sort.Strings(res.Entry.Rules)
	if res.Entry.Status != Rendered && res.Entry.Status != Checked {
		if _, ok := r.old[res.Source.Rel]; ok {
			// Only the outputs the source's own path derives: never a path
			// the manifest names.
			for _, o := range derivedOutputs(res.Source.Rel) {
				os.Remove(filepath.Join(r.o.OutDir, filepath.FromSlash(o)))
			}
		}
	}
	return res
}

// sourceHash identifies a source with the configuration that applies to
// it: a change to either is a change of the source.
func sourceHash(src []byte, cfg *config.Config) string {
	h := sha256.New()
	h.Write(src)
	if cfg.Digest != "" {
		h.Write([]byte{0})
		h.Write([]byte(cfg.Digest))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (r *runner) outputsPresent(e Entry) bool {
	want := map[string]bool{}
	for _, f := range r.o.Render.Formats {
		want[f] = true
	}
	for _, o := range e.Outputs {
		fi, err := os.Stat(filepath.Join(r.o.OutDir, filepath.FromSlash(o.Path)))
		if err != nil || fi.Size() != o.Size {
			return false
		}
		delete(want, strings.TrimPrefix(path.Ext(o.Path), "."))
	}
	return len(want) == 0
}

// write puts the outputs of one source into the mirrored tree: all of
// them, or none.
func (r *runner) write(s Source, files []render.File) ([]Output, error) {
	base := strings.TrimSuffix(s.Rel, path.Ext(s.Rel))
	var outs []Output
	var writes []output.File
	cached := false
	for _, f := range files {
		rel := base + "." + f.Format
		dest := filepath.Join(r.o.OutDir, filepath.FromSlash(rel))
		made, err := r.mkdir(filepath.Dir(dest))
		if err != nil {
			return nil, err
		}
		cached = cached || made
		writes = append(writes, output.File{Path: dest, Data: f.Data, Perm: 0o644})
		sum := sha256.Sum256(f.Data)
		outs = append(outs, Output{Path: rel, SHA256: hex.EncodeToString(sum[:]), Size: int64(len(f.Data))})
	}
	err := output.WriteAll(writes)
	if err != nil && cached {
		// A directory made earlier in the run may have been removed
		// since: made again, the outputs are written once more.
		for _, w := range writes {
			dir := filepath.Dir(w.Path)
			r.dirs.Delete(dir)
			if _, err := r.mkdir(dir); err != nil {
				return nil, err
			}
		}
		err = output.WriteAll(writes)
	}
	if err != nil {
		return nil, err
	}
	slices.SortFunc(outs, func(a, b Output) int { return strings.Compare(a.Path, b.Path) })
	return outs, nil
}

// mkdir makes dir, an output directory of the mirrored tree, unless this
// run made it already; made says it had. The sources of one directory
// share it: its parents are looked at once a run, not twice a notice.
func (r *runner) mkdir(dir string) (made bool, err error) {
	if _, ok := r.dirs.Load(dir); ok {
		return true, nil
	}
	if err := output.MkdirAll(dir); err != nil {
		return false, err
	}
	r.dirs.Store(dir, struct{}{})
	return false, nil
}

func asList(path string, err error) diag.List {
	return diag.AsList(path, err, "render", diag.Msg("không trình bày được", "cannot render"),
		diag.Msg("kiểm tra tệp nguồn và thư mục kết quả", "check the source and the output directory"))
}
