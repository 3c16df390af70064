package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/batch"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/render"
)

type batchOpts struct {
	out, format, reportFormat, shard string
	today, registry, fontDir         string
	include, exclude                 []string
	workers, bodySize                int
	force, quiet, allowEmpty         bool
	nothing                          bool // the paths held no source at all
	setFlag                          map[string]bool
}

func newBatch(e *env) *cobra.Command {
	o := &batchOpts{}
	cmd := &cobra.Command{
		Use:   "batch -o OUTDIR [flags] PATH...",
		Short: e.tr("Kiểm tra và trình bày cả kho thông báo", "Check and render whole archives of notices"),
		Long: e.tr(`batch tìm mọi tệp .toml trong các PATH, kiểm tra và trình bày từng thông báo bằng
nhiều luồng, và ghi kết quả vào OUTDIR theo đúng cây thư mục nguồn. Thông báo bằng Word
(.docx, .doc) hay văn bản (.md, .txt) được kiểm tra và liệt kê lỗi, không trình bày.

Tệp được ghi qua tệp tạm rồi đổi tên; một tệp hỏng không làm dừng các tệp khác; Ctrl-C
dừng gọn gàng. OUTDIR/manifest.json ghi mã băm của từng nguồn và kết quả của nó, nên lần
chạy sau bỏ qua những gì không đổi (--force để làm lại tất cả). Các thông báo trong kho
tạo thành sổ văn bản: trích dẫn một thông báo khác trong kho được đối chiếu số và ngày.

Mã thoát: 0 tất cả đã trình bày; 1 có thông báo bị từ chối vì lỗi, hay thông báo Word
hoặc văn bản có lỗi; 2 có tệp không đọc hoặc không ghi được, không có thông báo nào
(--allow-empty để coi là 0), hoặc lần chạy bị dừng bằng SIGTERM. Dừng bằng Ctrl-C thì
chương trình kết thúc như mọi chương trình bị Ctrl-C (mã 130 trong shell), để vòng lặp
của script cũng dừng.`,
			`batch finds every .toml under the PATHs, checks and renders each notice on several
workers, and writes the results into OUTDIR, mirroring the source tree. Notices in Word
(.docx, .doc) or as text (.md, .txt) are checked and their findings listed, not rendered.

Files are written through a temporary file and renamed; one bad file never stops the
others; Ctrl-C stops cleanly. OUTDIR/manifest.json records each source's hash and
outputs, so that a rerun skips what has not changed (--force redoes all). The notices
of the batch form a registry: a citation of another notice of the archive is checked
against its number and date.

Exit codes: 0 all rendered; 1 some refused for errors, or a Word or text notice with
errors; 2 some could not be read or written, there was no notice at all (--allow-empty
makes that 0), or the run was stopped by SIGTERM. Stopped by Ctrl-C, the process ends
as any program Ctrl-C stops (130 in the shell), so that a script's loop stops too.`),
		Example: `  thongbao batch -o out/ archive/
  thongbao batch -o out/ -j 4 --format pdf --exclude 'nhap/**' archive/
  thongbao batch -o out/ --shard 2/8 --report-format sarif archive/ > shard2.sarif
  thongbao batch merge-manifests -o out/manifest.json out/manifest-*-of-8.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.setFlag = map[string]bool{"font-dir": cmd.Flags().Changed("font-dir"), "body-size": cmd.Flags().Changed("body-size")}
			return o.run(e, args)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.out, "output", "o", "", e.tr("thư mục kết quả (bắt buộc)", "output directory (required)"))
	f.IntVarP(&o.workers, "jobs", "j", runtime.NumCPU(), e.tr("số luồng", "number of workers"))
	f.StringVar(&o.format, "format", "all", e.tr("định dạng: md, pdf hoặc all", "output format: md, pdf or all"))
	f.StringSliceVar(&o.include, "include", nil, e.tr("chỉ lấy tệp khớp mẫu (lặp lại được)", "only sources matching this glob (repeatable)"))
	f.StringSliceVar(&o.exclude, "exclude", nil, e.tr("bỏ tệp khớp mẫu (lặp lại được)", "leave out sources matching this glob (repeatable)"))
	f.StringVar(&o.shard, "shard", "", e.tr("chỉ làm phần I trong N phần, dạng I/N", "process only the I-th of N slices, as I/N"))
	f.BoolVar(&o.force, "force", false, e.tr("làm lại mọi tệp, và trình bày cả thông báo có lỗi", "redo every source, and render notices with errors"))
	f.BoolVar(&o.allowEmpty, "allow-empty", false, e.tr("không coi là lỗi khi không có thông báo nào (mã thoát 0 thay vì 2)", "pass when there is no notice at all (exit 0 instead of 2)"))
	f.BoolVarP(&o.quiet, "quiet", "q", false, e.tr("không hiện tiến độ", "show no progress"))
	f.StringVar(&o.reportFormat, "report-format", "text", e.tr("định dạng báo cáo lỗi: text, json, sarif, github, junit", "report format: text, json, sarif, github, junit"))
	f.StringVar(&o.today, "today", "", e.tr("so thời hạn với ngày này (mặc định: không so)", "compare deadlines with this date (default: none)"))
	f.StringVar(&o.registry, "registry", "", e.tr("sổ văn bản (TOML hoặc CSV)", "registry of known documents (TOML or CSV)"))
	f.StringVar(&o.fontDir, "font-dir", "", e.tr("thư mục phông Times New Roman", "directory of Times New Roman fonts"))
	f.IntVar(&o.bodySize, "body-size", 14, e.tr("cỡ chữ phần nội dung: 13 hoặc 14", "body text size: 13 or 14"))
	cmd.AddCommand(newMergeManifests(e))
	return cmd
}

func (o *batchOpts) run(e *env, args []string) error {
	foldFlags(&o.format, &o.reportFormat)
	if o.out == "" {
		return usageError{e.tr("cần -o THƯ_MỤC", "-o OUTDIR is required")}
	}
	if len(args) == 0 {
		return usageError{e.tr("cần ít nhất một tệp hoặc thư mục", "give at least one file or directory")}
	}
	formats, err := parseFormats(e, o.format)
	if err != nil {
		return err
	}
	if !slices.Contains(diag.Formats, o.reportFormat) {
		return usageError{e.tr("--report-format không có: "+o.reportFormat, "unknown --report-format: "+o.reportFormat)}
	}
	if o.workers < 1 {
		return usageError{e.tr("-j phải từ 1 trở lên", "-j must be at least 1")}
	}
	sel, err := parseShard(e, o.shard)
	if err != nil {
		return err
	}
	sel.Include, sel.Exclude = o.include, o.exclude
	opts := batch.Options{OutDir: o.out, Workers: o.workers, Manifest: batch.ManifestName, Tool: version(), Shard: sel,
		Render: render.Options{Formats: formats, Force: o.force}}
	if sel.Of > 0 {
		opts.Manifest = fmt.Sprintf("manifest-%d-of-%d.json", sel.Shard, sel.Of)
	}
	if err := o.setup(e, &opts); err != nil {
		return err
	}
	srcs, problems := batch.Walk(args, o.out, sel)
	batchGC(len(srcs))
	ctx, stop := stoppable()
	defer stop()
	prog := newProgress(e, o.quiet)
	opts.Progress = prog.update
	if hook := signalHook(ctx); hook != nil {
		opts.Progress = func(p batch.Progress) { prog.update(p); hook(p) }
	}
	opts.Waiting = func() {
		fmt.Fprintln(e.stderr, e.tr("batch: một lần chạy khác đang ghi vào "+o.out+"; đang chờ (Ctrl-C để thôi)",
			"batch: another run is writing into "+o.out+"; waiting (Ctrl-C to give up)"))
	}
	if len(srcs) == 0 && len(problems) == 0 && o.noSources(e, args) {
		o.report(e, &batch.Summary{}, nil) // nothing to render: leave no output directory behind
		return nil
	}
	if len(srcs) == 0 && len(problems) > 0 {
		o.report(e, &batch.Summary{}, problems) // nothing to render: leave no output directory behind
		return nil
	}
	sum, err := batch.Run(ctx, srcs, args, opts)
	if errors.Is(err, batch.ErrOutsideInput) {
		return usageError{e.tr("thư mục kết quả "+o.out+" nằm trong thư mục nguồn; chọn thư mục khác",
			"the output directory "+o.out+" is inside a source directory; choose another")}
	}
	prog.finish()
	seen := map[string]bool{}
	for _, s := range srcs {
		if dir := "dir:" + filepath.Dir(s.Path); !seen[dir] {
			seen[dir] = true
			if cfg, _ := config.For(s.Path); cfg != nil { // also beside an error of the configuration
				noteUnknownRules(e, cfg, seen)
			}
		}
	}
	if sum != nil {
		o.report(e, sum, problems)
	}
	return err
}

// noSources says that the paths hold no notice, as check does: a script
// pointed at an empty or mistyped folder is told so by the exit code (2),
// not only by a summary of zeros. With --allow-empty it is said and passes,
// and the run goes on as before (an empty manifest is written).
func (o *batchOpts) noSources(e *env, args []string) bool {
	fmt.Fprintf(e.stderr, "%s\n", e.tr("batch: không có thông báo nào (.toml, .docx, .doc, .md, .txt) trong "+strings.Join(args, ", "),
		"batch: no notice (.toml, .docx, .doc, .md, .txt) in "+strings.Join(args, ", ")))
	if o.allowEmpty {
		return false
	}
	fmt.Fprintf(e.stderr, "    %s\n", e.tr("kiểm tra tên thư mục và các mẫu --include, --exclude; nếu thư mục chưa có thông báo là bình thường, thêm --allow-empty",
		"check the folder's name and the --include and --exclude patterns; if a folder without notices is expected, add --allow-empty"))
	o.nothing = true
	e.worse(exitFailed)
	return true
}

func (o *batchOpts) setup(e *env, opts *batch.Options) error {
	var err error
	if o.bodySize != 13 && o.bodySize != 14 {
		return usageError{e.tr("--body-size phải là 13 hoặc 14", "--body-size must be 13 or 14")}
	}
	ro := &opts.Render
	if o.today != "" {
		if ro.Check.Today, err = today(e, o.today); err != nil {
			return err
		}
	}
	if ro.Date, err = sourceDate(e); err != nil {
		return err
	}
	ro.Date = pdfDate(o.today, ro.Check.Today, ro.Date)
	setProducer()
	if o.registry != "" {
		if ro.Check.Registry, err = check.LoadRegistry(o.registry); err != nil {
			return err
		}
	}
	if o.setFlag["body-size"] {
		ro.BodySize = o.bodySize
	}
	if o.setFlag["font-dir"] {
		ro.FontDir, ro.FontDirSet = o.fontDir, true
		if slices.Contains(ro.Formats, "pdf") {
			if _, err = render.Fonts(o.fontDir); err != nil {
				return err
			}
		}
	}
	return nil
}

func parseShard(e *env, s string) (batch.Select, error) {
	if s == "" {
		return batch.Select{}, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return batch.Select{}, usageError{e.tr("--shard phải có dạng I/N với 1 ≤ I ≤ N, như 2/8", "--shard must read I/N with 1 ≤ I ≤ N, such as 2/8")}
	}
	return batch.Select{Shard: i, Of: n}, nil
}

// report prints the summary and the findings of the sources not rendered,
// and sets the exit code.
func (o *batchOpts) report(e *env, sum *batch.Summary, problems diag.List) {
	rep := newReport()
	rep.FailOn = diag.Error
	rep.Unchecked = map[string]bool{}
	for _, p := range problems {
		rep.Files = append(rep.Files, p.Pos.Path)
		rep.Findings = append(rep.Findings, p)
		rep.Unchecked[p.Pos.Path] = true
	}
	seen := map[string]bool{}
	for _, r := range sum.Results {
		if r.Entry.Status == batch.Rendered {
			continue
		}
		rep.Files = append(rep.Files, r.Source.Path)
		if r.Entry.Status == batch.Failed {
			rep.Unchecked[r.Source.Path] = true
		}
		for i, f := range r.Findings {
			if filepath.IsAbs(f.Pos.Path) { // a configuration's, found from the source
				r.Findings[i].Pos.Path = relative(f.Pos.Path)
			}
		}
		rep.Findings = appendOnce(rep.Findings, seen, r.Findings)
	}
	for _, r := range check.Rules() {
		rep.Rules = append(rep.Rules, r.Info())
	}
	rep.Unreadable = sum.Interrupted || sum.Failed > 0 || len(problems) > 0 || o.nothing
	if len(rep.Files) > 0 || o.reportFormat != "text" {
		if err := diag.Write(e.stdout, o.reportFormat, rep, e.lang); err != nil {
			// The outputs are written; only the report is lost.
			e.exit(err)
		}
	}
	if o.nothing {
		return // said by noSources; a line of zeros would add nothing
	}
	fmt.Fprintf(e.stderr, e.tr("batch: %d đã trình bày, %d bỏ qua vì không đổi, %d bị từ chối vì lỗi, %d không làm được; %s%s\n",
		"batch: %d rendered, %d skipped as unchanged, %d refused for errors, %d failed; %s%s\n"),
		sum.Rendered, sum.Skipped, sum.Refused, sum.Failed+len(problems), sum.Elapsed.Round(time.Millisecond), batchRate(e, sum.Done-sum.Skipped, sum.Elapsed))
	if sum.Checked > 0 {
		fmt.Fprintf(e.stderr, e.tr("batch: %d thông báo Word hoặc văn bản đã kiểm tra (không trình bày), %d có lỗi\n",
			"batch: %d Word or text "+plural(sum.Checked, "notice")+" checked (not rendered), %d with errors\n"), sum.Checked, sum.CheckedErrors)
	}
	if sum.ManifestMissing {
		fmt.Fprintln(e.stderr, e.tr("batch: thư mục kết quả có tệp nhưng không có tệp manifest.json; đã làm lại tất cả",
			"batch: the output directory held files but no manifest; everything was done again"))
	}
	if sum.ManifestReset {
		fmt.Fprintln(e.stderr, e.tr("batch: manifest.json cũ bị hỏng hoặc của phiên bản khác; đã làm lại tất cả và ghi tệp mới",
			"batch: the old manifest.json was damaged or of another version; everything was done again and a new one written"))
	}
	switch {
	case sum.Interrupted:
		fmt.Fprintln(e.stderr, e.tr("batch: đã dừng; chạy lại để làm tiếp", "batch: stopped; run again to finish"))
		e.worse(exitFailed)
	case sum.Failed > 0 || len(problems) > 0:
		e.worse(exitFailed)
	case sum.Refused > 0 || sum.CheckedErrors > 0:
		e.worse(exitFindings)
	}
}

func newMergeManifests(e *env) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "merge-manifests -o OUT MANIFEST...",
		Short: e.tr("Gộp các tệp manifest của các phần (--shard) thành một", "Merge the manifests of shards into one"),
		Args:  cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if out == "" {
				return usageError{e.tr("cần -o TỆP", "-o FILE is required")}
			}
			var ms []*batch.Manifest
			for _, a := range args {
				m, err := batch.ReadManifest(a)
				if err != nil {
					return diag.List{{Pos: diag.Pos{Path: a}, Rule: "merge-manifests", Severity: diag.Error,
						Message: diag.Msg("không đọc được tệp manifest này (hỏng, thiếu, hoặc của phiên bản khác)", "cannot read the manifest (damaged, missing, or of another version)"),
						Fix:     diag.Msg("chạy lại phần (--shard) đã tạo ra nó", "run the shard that made it again")}}
				}
				ms = append(ms, m)
			}
			m, err := batch.Merge(ms)
			if err != nil {
				return err
			}
			return m.Write(out)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", e.tr("tệp manifest gộp", "the merged manifest"))
	return cmd
}

// progress shows how far a batch has got: a bar on a terminal, a line
// every few seconds otherwise, nothing with --quiet.
type progress struct {
	e        *env
	w        io.Writer
	tty      bool
	quiet    bool
	last     time.Time
	lastLine string
}

func newProgress(e *env, quiet bool) *progress {
	return &progress{e: e, w: e.stderr, tty: isTerminal(e.stderr), quiet: quiet}
}

func (p *progress) update(pr batch.Progress) {
	if p.quiet {
		return
	}
	now := time.Now()
	every := 5 * time.Second
	if p.tty {
		every = 100 * time.Millisecond
	}
	if now.Sub(p.last) < every && pr.Done < pr.Total {
		return
	}
	p.last = now
	rate := 0.0
	if s := pr.Elapsed.Seconds(); s > 0 {
		rate = float64(pr.Done) / s
	}
	left := "?"
	if rate > 0 {
		left = (time.Duration(float64(pr.Total-pr.Done)/rate) * time.Second).Round(time.Second).String()
	}
	failed := pr.Failed + pr.Refused
	if !p.tty {
		fmt.Fprintf(p.w, p.e.tr("batch: %d/%d, %.0f tệp/giây, còn %s, %d lỗi\n", "batch: %d/%d, %.0f files/s, %s left, %d failed\n"), pr.Done, pr.Total, rate, left, failed)
		return
	}
	const width = 30
	fill := 0
	if pr.Total > 0 {
		fill = width * pr.Done / pr.Total
	}
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
	line := fmt.Sprintf(p.e.tr("\r[%s] %d/%d  %.0f tệp/giây  còn %s  %d lỗi ", "\r[%s] %d/%d  %.0f files/s  %s left  %d failed "), bar, pr.Done, pr.Total, rate, left, failed)
	fmt.Fprint(p.w, line)
	p.lastLine = line
}

func (p *progress) finish() {
	if p.tty && !p.quiet && p.lastLine != "" {
		fmt.Fprintln(p.w)
	}
}

// batchRate is the summary's rate of the files worked on, " (303 tệp/giây)";
// empty when none was (a rerun that skipped every file said "0 tệp/giây").
func batchRate(e *env, worked int, elapsed time.Duration) string {
	if worked <= 0 || elapsed <= 0 {
		return ""
	}
	return fmt.Sprintf(e.tr(" (%.0f tệp/giây)", " (%.0f files/s)"), float64(worked)/elapsed.Seconds())
}
