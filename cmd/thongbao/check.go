package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/batch"
	"github.com/thongbao/thongbao/notice/cache"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/pool"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/source"
)

type checkOpts struct {
	format   string
	failOn   string
	today    string
	registry string
	noCache  bool
	// allowEmpty passes a run that finds no notice to check (exit 0), as
	// it did before it exited 2.
	allowEmpty bool
	exclude    []string // globs of files not to check, as batch's
}

func newCheck(e *env) *cobra.Command {
	o := &checkOpts{}
	cmd := &cobra.Command{
		Use:   "check [flags] PATH...",
		Short: e.tr("Kiểm tra thể thức, thời hạn và trích dẫn của thông báo", "Check notices: structure, deadlines, citations"),
		Long: e.tr(`check kiểm tra từng thông báo: nguồn TOML, tệp Word (.docx, .doc), hoặc thông báo viết
bằng Markdown hay văn bản thường (.md, .txt); "-" đọc từ đầu vào chuẩn. Với thư mục, check
đọc mọi tệp .toml, .docx, .doc, .md, .txt bên trong (bỏ qua tệp .md được trình bày từ tệp
.toml cùng tên, tệp ẩn, và tệp riêng của kho như README.md, LICENSE.txt, CHANGELOG.md). Với tệp
Word, check kiểm tra cả thể thức: khổ giấy, lề, phông, cỡ chữ và kiểu chữ của từng thành
phần; số dòng của lỗi là số dòng của "thongbao text TỆP.docx". Tệp Word 97-2003 (.doc)
được đọc cả định dạng và kiểm tra như tệp .docx; tệp .doc không đọc được định dạng (bảng
kiểu hay bảng phông hỏng) chỉ được kiểm tra chữ, và một dòng doc-layout-unchecked nói điều
đó (lưu thành .docx để kiểm tra cả thể thức).

Mỗi lỗi ghi tệp:dòng:cột, mức độ, mã quy tắc, điều sai, cách sửa và căn cứ (mục của
Nghị định 30 hoặc thực tiễn). Tệp .thongbao.toml ở thư mục của tệp hoặc thư mục cha có
thể tắt quy tắc hay đổi mức độ; chú thích "thongbao:ignore MÃ -- lý do" bỏ qua một
quy tắc ở một dòng.

Kết quả được lưu để lần sau kiểm tra tệp không đổi nhanh hơn. --no-cache, hoặc biến
THONGBAO_CACHE là off, 0, false hay no, bỏ qua phần lưu; on, 1, true, yes (hoặc để trống)
thì dùng; giá trị khác được báo và phần lưu vẫn dùng. Thư mục lưu: THONGBAO_CACHE_DIR.

Mã thoát: 0 không có lỗi; 1 có lỗi từ mức --fail-on; 2 không kiểm tra được, kể cả khi
các đường dẫn không có thông báo nào để kiểm tra (thư mục trống hay gõ nhầm; --allow-empty
để coi là không lỗi).`,
			`check checks each notice: TOML sources, Word files (.docx, .doc), and notices written as
Markdown or plain text (.md, .txt); "-" reads standard input. Given a directory, it reads
every .toml, .docx, .doc, .md and .txt in it (but a .md rendered from a .toml of the same name,
hidden files, and a repository's own README.md, LICENSE.txt, CHANGELOG.md).
On a Word file it also checks the thể thức: paper, margins, faces, the size and style of
each element; the lines of its findings are those of "thongbao text FILE.docx". Of a
Word 97-2003 file (.doc) the formatting is read too, and it is checked as a .docx is; a .doc
whose formatting cannot be read (a damaged stylesheet or font table) is checked for its
text only, and one doc-layout-unchecked finding says so (save it as .docx for that).

Each finding gives file:line:col, a severity, a rule id, what is wrong, how to fix
it, and its source (a section of Nghị định 30, or practice). A .thongbao.toml in the
file's directory or above can turn rules off or change their severity; a comment
"thongbao:ignore RULE -- reason" silences a rule on one line.

Results are kept, so that checking an unchanged file again is fast. --no-cache, or
THONGBAO_CACHE set to off, 0, false or no, bypasses them; on, 1, true, yes (or empty)
uses them; any other value is told and the cache stays on. The folder: THONGBAO_CACHE_DIR.

Exit codes: 0 clean; 1 findings at or above --fail-on; 2 the check could not run,
also when the paths hold no notice to check (an empty or mistyped folder; --allow-empty
passes that).`),
		Example: `  thongbao check thongbao.toml
  thongbao check du-thao.docx
  thongbao check --format sarif notices/ > thongbao.sarif
  thongbao check --format github --fail-on warning .
  thongbao check --today 2024-10-14 --registry so-van-ban.csv notices/
  thongbao check --exclude 'mau/**' --exclude '*-nhap.md' .`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return o.run(e, args, cmd.Flags().Changed("fail-on"))
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", e.tr("định dạng: text, json, sarif, github, junit", "output format: text, json, sarif, github, junit"))
	f.StringVar(&o.failOn, "fail-on", "error", e.tr("mức thoát mã 1: error, warning hoặc never", "exit 1 at this level: error, warning or never"))
	f.StringVar(&o.today, "today", "", e.tr("ngày hôm nay để so thời hạn (YYYY-MM-DD; mặc định SOURCE_DATE_EPOCH hoặc đồng hồ)", "today's date for deadlines (YYYY-MM-DD; default SOURCE_DATE_EPOCH or the clock)"))
	f.BoolVar(&o.noCache, "no-cache", false, e.tr("không dùng kết quả đã lưu của lần kiểm tra trước (như THONGBAO_CACHE=off)", "do not use the results kept from earlier checks (as THONGBAO_CACHE=off)"))
	f.StringSliceVar(&o.exclude, "exclude", nil, e.tr("bỏ tệp khớp mẫu, như 'mau/**' hay '*-nhap.md' (lặp lại được)", "leave out files matching this glob, such as 'drafts/**' or '*-draft.md' (repeatable)"))
	f.BoolVar(&o.allowEmpty, "allow-empty", false, e.tr("không coi là lỗi khi không có thông báo nào để kiểm tra (mã thoát 0 thay vì 2)", "pass when there is no notice to check (exit 0 instead of 2)"))
	f.StringVar(&o.registry, "registry", "", e.tr("sổ văn bản đã ban hành (TOML hoặc CSV) để đối chiếu trích dẫn", "registry of known documents (TOML or CSV) to check citations against"))
	return cmd
}

func (o *checkOpts) run(e *env, args []string, failOnSet bool) error {
	foldFlags(&o.format, &o.failOn)
	if len(args) == 0 {
		return usageError{e.tr("cần ít nhất một tệp hoặc thư mục", "give at least one file or directory")}
	}
	if !slices.Contains(diag.Formats, o.format) {
		return usageError{e.tr(fmt.Sprintf("định dạng %q không có; dùng %s", o.format, strings.Join(diag.Formats, ", ")),
			fmt.Sprintf("unknown format %q; use %s", o.format, strings.Join(diag.Formats, ", ")))}
	}
	if err := stdinOnce(e, args); err != nil {
		return err
	}
	rep := newReport()
	var err error
	if rep.FailOn, rep.NeverFail, err = parseFailOn(e, o.failOn); err != nil {
		return err
	}
	opts := check.Options{}
	if opts.Today, err = today(e, o.today); err != nil {
		return err
	}
	if o.registry != "" {
		if opts.Registry, err = check.LoadRegistry(o.registry); err != nil {
			return err
		}
	}
	files, problems := collect(args, o.exclude)
	nothing := len(files) == 0 && len(problems) == 0
	if nothing {
		// A path that holds no notice checks nothing: say so, for a CI
		// pointed at the wrong directory would pass in silence.
		fmt.Fprintf(e.stderr, "%s\n", e.tr("check: không có thông báo nào (.toml, .docx, .doc, .md, .txt) trong "+strings.Join(args, ", "),
			"check: no notice (.toml, .docx, .doc, .md, .txt) in "+strings.Join(args, ", ")))
		if !o.allowEmpty {
			fmt.Fprintf(e.stderr, "    %s\n", e.tr("kiểm tra tên thư mục; nếu thư mục chưa có thông báo là bình thường, thêm --allow-empty",
				"check the folder's name; if a folder without notices is expected, add --allow-empty"))
		}
	}
	if len(files) <= oneShotInputs {
		oneShotGC()
	} else {
		batchGC(len(files))
	}
	rep.Findings = append(rep.Findings, problems...)
	rep.Unchecked = map[string]bool{}
	for _, f := range problems {
		rep.Unchecked[f.Pos.Path] = true
	}
	// Nothing checked is a check that could not run, as linters have it
	// (eslint, prettier: exit 2): a script that checks an empty or
	// mistyped folder is told so by the exit code, not only on standard
	// error. --allow-empty keeps the exit 0 of before.
	failed := len(problems) > 0 || nothing && !o.allowEmpty
	rep.FileFailOn = map[string]diag.Severity{}
	ck := newChecker(e, opts, o.noCache)
	defer ck.cache.Close()
	cfgSeen := map[string]bool{} // a configuration's problems, said once
	all := ck.all(files, e.stdin)
	rep.Findings = slices.Grow(rep.Findings, countFindings(all))
	rep.Files = make([]string, 0, len(all))
	for _, r := range all {
		if r.cfg != nil {
			// Before the findings, and also when the configuration has
			// errors: its misspelt rule ids were told only once those
			// were mended, one run later.
			noteUnknownRules(e, r.cfg, cfgSeen)
		}
		if r.cfgErr != nil {
			list := asFindings(r.file, r.cfgErr)
			for i := range list {
				list[i].Pos.Path = relative(list[i].Pos.Path) // as the files' own paths
			}
			rep.Findings = appendOnce(rep.Findings, cfgSeen, list)
			rep.Unchecked[r.file] = true
			for _, f := range list {
				rep.Unchecked[f.Pos.Path] = true
			}
			failed = true
			continue
		}
		if !failOnSet && r.cfg.Check.FailOn != "" {
			level, never, _ := parseFailOn(e, r.cfg.Check.FailOn) // validated when the configuration was read
			if never {
				level = diag.Never
			}
			rep.FileFailOn[r.file] = level
		}
		if r.err != nil {
			rep.Findings = append(rep.Findings, asFindings(r.file, r.err)...)
			rep.Unchecked[r.file] = true
			failed = true
		}
		rep.Findings = append(rep.Findings, r.list...)
		rep.Files = append(rep.Files, r.file)
	}
	for _, r := range check.Rules() {
		rep.Rules = append(rep.Rules, r.Info())
	}
	rep.Unreadable = failed
	// Buffered: the text of 2,000 notices is some 17,000 lines, each
	// line two writes to standard output unbuffered.
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	if err := diag.Write(out, o.format, rep, e.lang); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	writeCheckSummary(e, o.format, rep)
	switch {
	case failed:
		e.worse(exitFailed)
	case slices.ContainsFunc(rep.Findings, rep.Fails):
		e.worse(exitFindings)
	}
	return nil
}

// countFindings counts the findings of the outcomes, for the report's
// list to be made once at its size.
func countFindings(all []checked) int {
	n := 0
	for _, r := range all {
		n += len(r.list)
	}
	return n
}

// newReport starts a report by this version of the tool, with relative
// paths read from the working directory.
func newReport() diag.Report {
	wd, _ := os.Getwd() // unknown: SARIF leaves relative paths unanchored
	return diag.Report{Version: version(), Dir: wd}
}

func parseFailOn(e *env, s string) (diag.Severity, bool, error) {
	if s == "never" {
		return diag.Error, true, nil
	}
	sev, err := diag.ParseSeverity(s)
	if err != nil || sev == diag.Info {
		return 0, false, usageError{e.tr("--fail-on phải là error, warning hoặc never", "--fail-on must be error, warning or never")}
	}
	return sev, false, nil
}

// stdinName names standard input in findings, as render does.
const stdinName = diag.Stdin

// checkFile checks one file, of any kind reading reads. With a cache the
// file is read into a buffer of the run's, which an answer from the cache
// hands back for the next file: a warm run then reads an archive of 30 MB
// into a few buffers, not into 30 MB of fresh memory, every page of which
// costs a fault (some 12-15 µs on a VM) while the heap grows to its limit.
//
// Before that, the file's stamp (its metadata) is looked up: a file
// checked before and unchanged since is answered without being read or
// hashed, the stat a file that git and make trust. A stamp is filed only
// for a settled file (settleTime), so that a write within the same tick
// of the file system's clock, same size, is never taken for no change;
// any write moves the change time, which no tool sets back.
func (ck *checker) checkFile(path string, cfg *config.Config) (diag.List, error) {
	max := reading.MaxSize(reading.KindOf(path, nil))
	if ck.cache == nil {
		src, err := source.Read(path, max)
		if err != nil {
			return nil, err
		}
		return ck.read(path, src, cfg)
	}
	stamp, settled, stamped := fileStamp(path, stampClock())
	var alias cache.Key
	if stamped {
		alias = cache.NewKey(ck.base, []byte("stamp"), []byte(cfg.Digest), []byte(ck.abs(path)), stamp)
		if key, ok := ck.cache.GetAlias(alias); ok {
			if l, ok := ck.cache.Get(key, path); ok {
				return l, nil
			}
		}
	}
	buf := ck.bufs.Get()
	src, err := source.ReadInto(path, max, buf)
	if err != nil {
		ck.bufs.Put(buf)
		return nil, err
	}
	key, l, hit, err := ck.checkCached(path, src, cfg)
	if hit {
		ck.bufs.Put(src) // nothing kept its bytes
	}
	if err == nil && stamped && settled {
		ck.cache.PutAlias(alias, key)
	}
	return l, err
}

// checkStdin checks the notice on standard input: a TOML source when it
// reads as one, a Word file when it is one, else a notice as text.
func (ck *checker) checkStdin(r io.Reader, cfg *config.Config) (diag.List, error) {
	src, err := source.ReadAll(stdinName, r, reading.MaxSize(reading.Word))
	if err != nil {
		return nil, err
	}
	return ck.checkSource(stdinName, src, cfg)
}

// checkSource checks one notice, or takes its findings from the cache when
// nothing they depend on has changed.
func (ck *checker) checkSource(path string, src []byte, cfg *config.Config) (diag.List, error) {
	if ck.cache == nil {
		// No key is hashed without a cache (--no-cache): the SHA-256 of
		// a Word file of 86 KB is some 3M instructions.
		return ck.read(path, src, cfg)
	}
	_, l, _, err := ck.checkCached(path, src, cfg)
	return l, err
}

// checkCached is checkSource with a cache; hit says the findings came from
// the cache, so that nothing read src and its buffer may be used again.
func (ck *checker) checkCached(path string, src []byte, cfg *config.Config) (key cache.Key, l diag.List, hit bool, err error) {
	kind := reading.KindOf(path, src)
	key = cache.NewKey(ck.base, []byte(kind.String()), []byte(cfg.Digest), src)
	if l, ok := ck.cache.Get(key, path); ok {
		return key, l, true, nil
	}
	if l, err = ck.read(path, src, cfg); err != nil {
		return key, nil, false, err
	}
	ck.cache.Put(key, path, l)
	return key, l, false, nil
}

// read reads and checks one notice. A panic of the program's own while
// it does is the notice's finding (diag.Fault), never the end of the run;
// it is not cached.
func (ck *checker) read(path string, src []byte, cfg *config.Config) (l diag.List, err error) {
	defer func() {
		if p := recover(); p != nil {
			l, err = nil, diag.Fault(path, p)
		}
	}()
	r, err := reading.Read(path, src)
	if err != nil {
		return nil, err
	}
	return checkReading(r, cfg, ck.opts), nil
}

// checkReading is check.Reading; a test puts a failing one in its place.
var checkReading = check.Reading

// asFindings turns an error about a file into findings.
// appendOnce appends the findings of more that seen has not met yet: the
// problems of a configuration shared by a thousand files are said once,
// not once a file.
func appendOnce(list diag.List, seen map[string]bool, more diag.List) diag.List {
	for _, f := range more {
		if key := f.Pos.String() + " " + f.Rule + " " + f.Message.EN; !seen[key] {
			seen[key] = true
			list = append(list, f)
		}
	}
	return list
}

func asFindings(path string, err error) diag.List {
	return diag.AsList(path, err, "read-file", diag.Msg("không kiểm tra được", "cannot check"),
		diag.Msg("kiểm tra đường dẫn và quyền đọc tệp", "check the path and that the file may be read"))
}

// collect expands directories into the notice files in them, in a stable
// order, with paths relative to the working directory where possible; "-"
// is standard input. A file named twice (a.toml a.toml, or dir and
// dir/a.toml) is taken once, where its findings were reported twice and
// its tasks counted twice. What cannot be read is a finding of its own
// and the walk goes on past it.
func collect(args, exclude []string) ([]string, diag.List) {
	var out []string
	var problems diag.List
	seen := map[string]bool{}
	wd, _ := os.Getwd() // "": paths left absolute
	for _, a := range args {
		if a == "-" {
			out = append(out, stdinName)
			continue
		}
		found, p := source.Walk([]string{a}, source.WalkOptions{Keep: isNoticeFile})
		problems = append(problems, p...)
		var paths []string
		for _, f := range found {
			rel := relativeTo(wd, f.Path)
			if excluded(exclude, f, rel) {
				continue
			}
			paths = append(paths, rel)
		}
		for _, f := range dropRenders(paths) {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	for i := range problems {
		problems[i].Pos.Path = relative(problems[i].Pos.Path)
	}
	return out, problems
}

// excluded reports a file that --exclude leaves out: a glob is matched as
// batch matches it, against the path below the folder walked and against
// the path as the run names it ("mau/**" leaves out "mau/x.toml" given
// by name too, as pre-commit gives files).
func excluded(globs []string, f source.Found, rel string) bool {
	return len(globs) > 0 && (batch.MatchGlobs(globs, f.Rel) || batch.MatchGlobs(globs, filepath.ToSlash(rel)))
}

func isNoticeFile(p string) bool {
	base := filepath.Base(p)
	if base == config.FileName || strings.HasPrefix(base, ".") {
		return false
	}
	return slices.Contains(reading.Exts, strings.ToLower(filepath.Ext(p))) && !strings.HasPrefix(base, "~$") // Word's lock file of an open document
}

// dropRenders leaves out a .md rendered from a .toml beside it.
func dropRenders(paths []string) []string {
	have := map[string]bool{}
	for _, p := range paths {
		have[p] = true
	}
	var out []string
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), ".md") && have[strings.TrimSuffix(p, filepath.Ext(p))+".toml"] {
			continue
		}
		out = append(out, p)
	}
	return out
}

func relative(p string) string {
	if !filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	return relativeTo(wd, p)
}

// relativeTo is relative with the working directory read once by the
// caller: os.Getwd stats "." and $PWD, two system calls a file of an
// archive named by its absolute path.
func relativeTo(wd, p string) string {
	if !filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	if wd == "" {
		return p
	}
	if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

// checked is the outcome of checking one file.
type checked struct {
	file        string
	cfg         *config.Config
	list        diag.List
	cfgErr, err error
}

// checkAll checks the files on one worker per core and returns the
// outcomes in the order of files.
func (ck *checker) all(files []string, stdin io.Reader) []checked {
	out := make([]checked, len(files))
	pool.Run(context.Background(), runtime.NumCPU(), len(files), func(i int) { out[i] = ck.one(files[i], stdin) })
	return out
}

func (ck *checker) one(f string, stdin io.Reader) checked {
	r := checked{file: f}
	if f == stdinName {
		r.cfg, r.cfgErr = config.For(".")
	} else {
		r.cfg, r.cfgErr = config.For(ck.abs(f))
	}
	if r.cfgErr != nil {
		return r
	}
	if f == stdinName {
		r.list, r.err = ck.checkStdin(stdin, r.cfg)
	} else {
		r.list, r.err = ck.checkFile(f, r.cfg)
	}
	return r
}
