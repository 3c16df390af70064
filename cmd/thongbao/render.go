package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/render"
	"github.com/thongbao/thongbao/notice/source"
	"github.com/thongbao/thongbao/templates"
)

type renderOpts struct {
	format  string
	out     string
	force   bool
	example bool
	watch   bool
	// rendered, when set, is called after each render of a watch (the
	// tests wait on it instead of sleeping).
	rendered func(name string)
	fontDir  string
	bodySize int
	today    string

	setFlag map[string]bool
	cfgSeen map[string]bool // the configurations whose unknown rule ids were said
	checks  check.Options
	date    time.Time // SOURCE_DATE_EPOCH; zero: each notice's own date
}

func newRender(e *env) *cobra.Command {
	o := &renderOpts{}
	cmd := &cobra.Command{
		Use:   "render [flags] FILE.toml...",
		Short: e.tr("Trình bày thông báo thành Markdown và PDF", "Render notices as Markdown and PDF"),
		Long: e.tr(`render đọc từng tệp TOML và ghi thông báo đã trình bày: Markdown (--format md), PDF
đúng thể thức Nghị định 30/2020/NĐ-CP (--format pdf), hoặc cả hai (--format all).

Không có -o, kết quả được ghi cạnh tệp nguồn (thongbao.toml -> thongbao.pdf); với -o -
kết quả ra đầu ra chuẩn; với -o THƯ_MỤC/ (thư mục đã có, tên kết thúc bằng /, hoặc khi
có nhiều tệp kết quả), mỗi tệp vào thư mục đó; với -o TỆP.md hay -o TỆP.pdf, định dạng
theo đuôi tên tệp; một tên không có đuôi được thêm đuôi của định dạng (-o baocao ghi
baocao.pdf). Nhiều thông báo Markdown in ra đầu ra chuẩn được ngăn cách bằng một dòng
"---" và tên tệp nguồn ("<!-- b.toml -->"). FILE là - thì đọc từ đầu vào chuẩn. Tệp được
ghi qua tệp tạm rồi đổi tên, không bao giờ ghi đè tệp nguồn.

PDF dùng phông Liberation Serif có sẵn (cùng số đo với Times New Roman); --font-dir chỉ
tới thư mục có times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf để dùng Times New Roman.
Ngày tạo tệp PDF lấy từ --today, SOURCE_DATE_EPOCH hoặc ngày của thông báo, nên cùng đầu vào
luôn cho cùng một tệp.

Với --watch, render trình bày rồi theo dõi các tệp nguồn: mỗi lần tệp được lưu, thông báo
được trình bày lại (để mở sẵn tệp PDF bên cạnh trình soạn thảo); lỗi được in ra và việc
theo dõi vẫn tiếp tục. Tệp cấu hình .thongbao.toml được lưu, tạo hay xóa trong lúc đó được
đọc lại, và các thông báo theo nó được trình bày lại. Nhấn Ctrl-C để dừng.

Mã thoát: 0 đã trình bày; 1 có thông báo không được trình bày vì có lỗi (dùng --force
để vẫn trình bày); 2 có tệp không đọc được hoặc không ghi được, hay dùng sai lệnh.`,
			`render reads each TOML file and writes the rendered notice: Markdown (--format md),
PDF laid out as Nghị định 30/2020/NĐ-CP requires (--format pdf), or both (--format all).

Without -o the result goes next to the source (thongbao.toml -> thongbao.pdf); with
-o - to standard output; with -o DIR/ (a directory that exists, a name ending in /, or
whenever there are several outputs) each file into DIR; with -o FILE.md or -o FILE.pdf
the format follows the file's name; a name without either ending gets the format's
(-o report writes report.pdf). Several notices printed in Markdown to standard output
are parted by a line "---" and the next source's name ("<!-- b.toml -->"). A FILE of -
reads standard input. Files are written through a temporary file and renamed; a source
is never overwritten.

The PDF uses the built-in Liberation Serif (metric-compatible with Times New Roman);
--font-dir names a directory with times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf to
use Times New Roman. The PDF's dates come from --today, SOURCE_DATE_EPOCH or the notice's own
date, so the same input always gives the same file.

With --watch, render renders, then watches the sources: each time one is saved, it is
rendered again (keep the PDF open beside the editor); an error is printed and the
watch goes on. A .thongbao.toml saved, made or removed meanwhile is read again, and the
notices under it rendered again. Ctrl-C stops it.

Exit codes: 0 rendered; 1 a notice was not rendered for its errors (--force renders
it anyway); 2 a file could not be read or written, or a usage error.`),
		Example: `  thongbao render thongbao.toml
  thongbao render --format md -o - thongbao.toml
  thongbao render --format all -o out/ notices/*.toml
  thongbao render --font-dir /usr/share/fonts/msttcorefonts thongbao.toml
  thongbao render --example --format pdf -o example.pdf
  thongbao render --watch thongbao.toml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.setFlag = map[string]bool{"font-dir": cmd.Flags().Changed("font-dir"), "body-size": cmd.Flags().Changed("body-size"), "format": cmd.Flags().Changed("format")}
			return o.run(e, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.force, "force", false, e.tr("trình bày cả khi kiểm tra thấy lỗi", "render even when the check finds errors"))
	f.StringVar(&o.today, "today", "", e.tr("ngày hôm nay để so thời hạn (YYYY-MM-DD; mặc định SOURCE_DATE_EPOCH hoặc đồng hồ)", "today's date for deadlines (YYYY-MM-DD; default SOURCE_DATE_EPOCH or the clock)"))
	f.StringVar(&o.format, "format", "pdf", e.tr("định dạng: md, pdf hoặc all", "output format: md, pdf or all"))
	f.StringVar(&o.fontDir, "font-dir", "", e.tr("thư mục phông Times New Roman (mặc định: Liberation Serif có sẵn)", "directory of Times New Roman fonts (default: the built-in Liberation Serif)"))
	f.IntVar(&o.bodySize, "body-size", 14, e.tr("cỡ chữ phần nội dung: 13 hoặc 14", "body text size in points: 13 or 14"))
	f.StringVarP(&o.out, "output", "o", "", e.tr("tệp, thư mục, hoặc - (đầu ra chuẩn)", "file, directory, or - (standard output)"))
	f.BoolVar(&o.example, "example", false, e.tr("trình bày thông báo mẫu có sẵn thay cho tệp", "render the built-in example notice instead of files"))
	f.BoolVar(&o.watch, "watch", false, e.tr("trình bày lại mỗi khi tệp nguồn được lưu, đến khi nhấn Ctrl-C", "render again each time a source is saved, until Ctrl-C"))
	return cmd
}

// input is one notice source.
type input struct {
	name string // as the user gave it; "-" for standard input
	data []byte // set for the example and standard input
}

func (o *renderOpts) run(e *env, args []string) error {
	foldFlags(&o.format)
	args = uniqueArgs(args)
	if err := o.formatOfOutput(e, args); err != nil {
		return err
	}
	formats, err := parseFormats(e, o.format)
	if err != nil {
		return err
	}
	if o.bodySize != 13 && o.bodySize != 14 {
		return usageError{e.tr("--body-size phải là 13 hoặc 14 ("+diag.RefBody+")", "--body-size must be 13 or 14 ("+diag.RefBody+")")}
	}
	if o.date, err = sourceDate(e); err != nil {
		return err
	}
	if o.checks.Today, err = today(e, o.today); err != nil {
		return err
	}
	o.date = pdfDate(o.today, o.checks.Today, o.date)
	setProducer()
	o.checks.Least = renderShows // the rules that can only inform are not run
	o.cfgSeen = map[string]bool{}
	if slices.Contains(formats, "pdf") && o.setFlag["font-dir"] {
		if _, err = render.Fonts(o.fontDir); err != nil {
			return err
		}
	}
	inputs, err := o.inputs(e, args)
	if err != nil {
		return err
	}
	if len(inputs) <= oneShotInputs {
		oneShotGC()
	}
	plan, err := o.plan(e, inputs, formats)
	if err != nil {
		return err
	}
	if o.watch {
		if err := o.canWatch(e, inputs, plan); err != nil {
			return err
		}
		w := newSourceWatcher(inputs, watchEvery)
		for _, in := range inputs {
			o.renderOne(e, in, formats, plan)
		}
		ctx, stop := stoppable() // Ctrl-C ends the watch, and the process by SIGINT
		defer stop()
		o.watchLoop(ctx, e, w, inputs, formats, plan)
		return nil
	}
	for _, in := range inputs {
		o.renderOne(e, in, formats, plan)
	}
	return nil
}

func (o *renderOpts) inputs(e *env, args []string) ([]input, error) {
	if o.example {
		if len(args) > 0 {
			return nil, usageError{e.tr("--example không dùng cùng với tệp", "--example takes no files")}
		}
		return []input{{name: "example.toml", data: templates.Example}}, nil
	}
	if len(args) == 0 {
		return nil, usageError{e.tr("cần ít nhất một tệp TOML (hoặc --example)", "give at least one TOML file (or --example)")}
	}
	if err := stdinOnce(e, args); err != nil {
		return nil, err
	}
	var ins []input
	for _, a := range args {
		in := input{name: a}
		if a == "-" {
			data, err := source.ReadAll(diag.Stdin, e.stdin, notice.MaxSourceSize)
			if err != nil {
				return nil, err
			}
			in.name, in.data = diag.Stdin, data
		}
		ins = append(ins, in)
	}
	return ins, nil
}

// formatOfOutput matches the format with an output file named .md or
// .pdf: "-o x.md" without --format writes Markdown, where it wrote a PDF
// under that name; a --format the name contradicts ("-o x.pdf --format
// md"), or several notices into one such name (which made a directory
// "out.pdf"), is a usage error.
func (o *renderOpts) formatOfOutput(e *env, args []string) error {
	if o.out == "" || o.out == "-" || strings.HasSuffix(o.out, "/") || isDir(o.out) {
		return nil
	}
	ext := strings.ToLower(filepath.Ext(o.out))
	if otherDocExts[ext] || ext == ".toml" && !namesInput(o.out, args) { // the source itself: "đây là tệp nguồn", below
		// "-o x.docx" wrote a PDF under a name Word then could not open.
		return usageError{e.tr(fmt.Sprintf("render không ghi tệp %s; đặt tên tệp đuôi .pdf hoặc .md (như %s), hoặc -o THƯ_MỤC/", ext, strings.TrimSuffix(o.out, filepath.Ext(o.out))+".pdf"),
			fmt.Sprintf("render does not write %s files; name the file .pdf or .md (such as %s), or use -o DIR/", ext, strings.TrimSuffix(o.out, filepath.Ext(o.out))+".pdf"))}
	}
	if ext != ".md" && ext != ".pdf" {
		return nil
	}
	if err := stdinOnce(e, args); err != nil {
		return err // "- -" is one mistake, said first
	}
	if n := len(args); n > 1 {
		return usageError{e.tr(fmt.Sprintf("-o %s là tên một tệp, nhưng có %d thông báo; dùng -o THƯ_MỤC", o.out, n),
			fmt.Sprintf("-o %s names one file, but there are %d notices; use -o DIR", o.out, n))}
	}
	want := ext[1:]
	switch {
	case !o.setFlag["format"]:
		o.format = want
	case o.format != want:
		return usageError{e.tr(fmt.Sprintf("--format %s không ghi vào tệp %s; đặt tên tệp đuôi hợp với định dạng, hoặc dùng --format %s", o.format, o.out, want),
			fmt.Sprintf("--format %s does not go into the file %s; name the file for the format, or use --format %s", o.format, o.out, want))}
	}
	return nil
}

// otherDocExts are the endings of documents render does not write: an
// output so named would hold a PDF or Markdown under a name that lies.
var otherDocExts = map[string]bool{".docx": true, ".doc": true, ".odt": true, ".rtf": true, ".txt": true,
	".html": true, ".htm": true, ".json": true, ".xlsx": true, ".csv": true}

// namesInput reports whether out is one of the inputs args names.
func namesInput(out string, args []string) bool {
	o, err := filepath.Abs(out)
	if err != nil {
		return false
	}
	for _, a := range args {
		if in, err := filepath.Abs(a); err == nil && in == o {
			return true
		}
	}
	return false
}

// parseFormats reads --format.
func parseFormats(e *env, s string) ([]string, error) {
	switch s {
	case "md", "pdf":
		return []string{s}, nil
	case "all":
		return []string{"md", "pdf"}, nil
	}
	return nil, usageError{e.tr(fmt.Sprintf("định dạng %q không có; dùng md, pdf hoặc all", s), fmt.Sprintf("unknown format %q; use md, pdf or all", s))}
}

// sourceDate returns the PDF's date from SOURCE_DATE_EPOCH when it is
// set, else zero: the notice's own date. The clock is never read.
func sourceDate(e *env) (time.Time, error) {
	t, _, err := sourceDateEpoch(e)
	return t, err
}

// plan decides where each output goes, before anything is read.
type plan struct {
	stdout bool
	dir    string // write into this directory
	file   string // write this one file
	guard  output.Guard
	seen   map[string]string // output path -> input that produced it
	shown  int               // notices printed to standard output so far
}

func (o *renderOpts) plan(e *env, inputs []input, formats []string) (*plan, error) {
	p := &plan{seen: map[string]string{}}
	for _, in := range inputs {
		if in.data == nil {
			p.guard.AddInput(in.name)
		}
	}
	fromData := len(inputs) == 1 && inputs[0].data != nil
	switch {
	case o.out == "-" || o.out == "" && fromData:
		p.stdout = true
	case o.out == "":
	case isDir(o.out) || strings.HasSuffix(o.out, "/") || len(inputs)*len(formats) > 1:
		p.dir = o.out
	default:
		p.file = withEnding(o.out, formats[0])
	}
	if !p.stdout && p.file == "" && slices.ContainsFunc(inputs, isStdin) {
		// The output's name comes from the source's, which standard
		// input has not: it wrote "<stdin>.pdf".
		return nil, usageError{e.tr("nguồn đọc từ đầu vào chuẩn (-) không có tên để đặt cho tệp kết quả; dùng -o TỆP.pdf, hoặc -o - để in ra đầu ra chuẩn",
			"a source read from standard input (-) has no name to give its output; use -o FILE.pdf, or -o - to print it")}
	}
	if p.stdout && len(formats) > 1 {
		// --format all to the screen: a PDF after the Markdown, which
		// the message for several notices did not tell.
		return nil, usageError{e.tr("-o - in được một định dạng; dùng --format md hoặc --format pdf, hoặc -o THƯ_MỤC để ghi cả hai",
			"-o - prints one format; use --format md or --format pdf, or -o DIR to write both")}
	}
	if p.stdout && slices.Contains(formats, "pdf") && len(inputs) > 1 {
		return nil, usageError{e.tr("-o - ghi được một tệp PDF; dùng -o THƯ_MỤC cho nhiều tệp", "-o - takes one PDF; use -o DIR for several files")}
	}
	if p.dir != "" {
		if err := output.MkdirAll(p.dir); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// stdinOnce refuses standard input (-) named more than once: the second
// read would find it empty.
func stdinOnce(e *env, args []string) error {
	n := 0
	for _, a := range args {
		if a == "-" {
			n++
		}
	}
	if n > 1 {
		return usageError{e.tr("chỉ đọc được đầu vào chuẩn (-) một lần", "standard input (-) can be read only once")}
	}
	return nil
}

// isStdin reports whether in is read from standard input.
func isStdin(in input) bool { return in.data != nil && in.name == diag.Stdin }

// isTerminal reports whether w is a terminal, where a PDF would be garbage.
func isTerminal(w io.Writer) bool {
	if o, ok := w.(outWriter); ok {
		w = o.w
	}
	f, ok := w.(*os.File)
	return ok && isTerminalFile(f)
}

// withEnding gives an output named without .pdf or .md ("-o x") the
// format's ending: a clerk who writes "-o bienban" means the PDF
// bienban.pdf, and a file named "x" holding a PDF opens in nothing (it
// was written so). A device or a pipe that exists (-o /dev/null) is
// written into as named.
func withEnding(out, format string) string {
	ext := strings.ToLower(filepath.Ext(out))
	if ext == ".pdf" || ext == ".md" || ext == ".toml" { // .toml: the source itself, which the guard refuses
		return out
	}
	if fi, err := os.Stat(out); err == nil && !fi.Mode().IsRegular() {
		return out
	}
	return out + "." + format
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// target returns the path the output of in in format goes to.
func (p *plan) target(in input, format string) string {
	switch {
	case p.file != "":
		return p.file
	case p.dir != "":
		return filepath.Join(p.dir, baseName(in.name)+"."+format)
	}
	return strings.TrimSuffix(in.name, filepath.Ext(in.name)) + "." + format
}

func baseName(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// renderOne renders one source and writes its outputs. A panic of the
// program's own while it does is the source's finding (diag.Fault), and
// the other sources, and the watch, go on; nothing of it is written.
func (o *renderOpts) renderOne(e *env, in input, formats []string, p *plan) {
	defer func() {
		if r := recover(); r != nil {
			e.report(diag.Fault(in.name, r))
		}
	}()
	n, err := load(in)
	if err != nil {
		e.report(err)
		return
	}
	cfg, err := config.For(in.name)
	if cfg != nil {
		noteUnknownRules(e, cfg, o.cfgSeen)
	}
	if err != nil {
		// Said once, as check says it: it was said again for each notice
		// under the same configuration.
		if key := "error:" + err.Error(); !o.cfgSeen[key] {
			o.cfgSeen[key] = true
			e.report(relativeErr(err))
		}
		e.worse(exitFailed)
		return
	}
	res, err := renderNotice(n, cfg, o.pipeline(formats))
	if res != nil {
		o.show(e, n, res)
	}
	if err != nil {
		e.report(err)
		return
	}
	if res.Refused {
		return
	}
	diag.WriteText(e.stderr, res.Notes, e.lang)
	for _, f := range res.Files {
		dest, err := p.write(e, in, f.Format, f.Data)
		switch {
		case err != nil:
			e.report(err)
		case dest != "":
			fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: đã ghi "+dest, "thongbao: wrote "+dest))
		}
	}
}

// renderNotice is render.Notice; a test puts a failing one in its place.
var renderNotice = render.Notice

// pipeline gives the flags to the rendering pipeline; those not set are
// left to each notice's configuration.
func (o *renderOpts) pipeline(formats []string) render.Options {
	ro := render.Options{Formats: formats, Force: o.force, Check: o.checks, Date: o.date,
		FontDir: o.fontDir, FontDirSet: o.setFlag["font-dir"]}
	if o.setFlag["body-size"] {
		ro.BodySize = o.bodySize
	}
	return ro
}

func load(in input) (*notice.Notice, error) {
	if in.data != nil {
		return notice.Load(in.name, in.data)
	}
	if err := notTOML(in.name); err != nil {
		return nil, err
	}
	if err := notFolder(in.name); err != nil {
		return nil, err
	}
	return notice.LoadFile(in.name)
}

// notFolder refuses a folder given to render, saying how to render the
// notices in it: "render thong-bao/" was told to name "the notice's own
// file", which did not say that render takes no folder.
func notFolder(path string) error {
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		return nil
	}
	all := filepath.Join(path, "*.toml")
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("render trình bày từng tệp nguồn; %s là một thư mục", "render renders source files; %s is a folder", path),
		Fix: diag.Msg("nêu các tệp nguồn, như thongbao render %s, hoặc trình bày cả thư mục bằng thongbao batch -o KẾT_QUẢ %s",
			"name the sources, such as thongbao render %s, or render the whole folder with thongbao batch -o OUT %s", all, path)}}
}

// notTOML refuses a Word or text notice given to render, which renders
// TOML sources: read as TOML, a text gave a syntax error on its first line
// and a Word file the advice to give a .md or .txt, which render does not
// take either.
func notTOML(path string) error {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".toml" || reading.KindOf(path, nil) == reading.Text && ext != ".txt" {
		return nil // a source, or a name that says nothing: read as TOML
	}
	// A text, a Word file or a document Word saves (.doc, .rtf, .odt):
	// an .rtf was read as TOML, giving a syntax error at its "{".
	return diag.List{{Pos: diag.Pos{Path: path}, Rule: "read-file", Severity: diag.Error,
		Message: diag.Msg("render trình bày tệp nguồn TOML; %s là một văn bản đã viết, không phải tệp nguồn", "render renders TOML sources; %s is a written notice, not a source", filepath.Base(path)),
		Fix: diag.Msg("viết tệp nguồn bằng thongbao import -o thongbao.toml %s rồi trình bày tệp đó; để kiểm tra văn bản này, dùng thongbao check %s",
			"write its source with thongbao import -o thongbao.toml %s and render that; to check this notice, use thongbao check %s", path, path)}}
}

// renderShows is the least severity of the findings render prints: it
// renders, and leaves the information to check.
const renderShows = diag.Warning

// show prints the check's findings at renderShows and above, and says why
// a notice with errors is not rendered.
func (o *renderOpts) show(e *env, n *notice.Notice, res *render.Result) {
	var shown diag.List
	for _, f := range res.Findings {
		if f.Severity >= renderShows {
			shown = append(shown, f)
		}
	}
	diag.WriteText(e.stderr, shown, e.lang)
	if res.Refused {
		fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: không trình bày "+diag.PathIn(n.Number.Text.Pos.Path, e.lang)+" vì có lỗi; sửa lỗi, hoặc dùng --force",
			"thongbao: not rendering "+n.Number.Text.Pos.Path+" because of errors; fix them, or use --force"))
		e.worse(exitFindings)
	}
}

// write writes one output and returns the file it wrote, "" for standard
// output.
func (p *plan) write(e *env, in input, format string, data []byte) (string, error) {
	if p.stdout && format == "pdf" && isTerminal(e.stdout) {
		return "", usageError{e.tr("không in tệp PDF ra màn hình; dùng -o TỆP.pdf", "not writing a PDF to a terminal; use -o FILE.pdf")}
	}
	if p.stdout {
		if p.shown > 0 {
			// Several notices in Markdown: a rule and the source's name
			// between two, where the first ran into the next.
			if _, err := io.WriteString(e.stdout, mdSeparator(in.name)); err != nil {
				return "", err
			}
		}
		p.shown++
		_, err := e.stdout.Write(data)
		return "", err
	}
	dest := p.target(in, format)
	if err := p.guard.Check(dest); err != nil {
		return "", fmt.Errorf("%s", e.tr("không ghi "+dest+": đây là tệp nguồn", "not writing "+dest+": it is a source file"))
	}
	if prev, ok := p.seen[dest]; ok && prev != in.name {
		return "", fmt.Errorf("%s", e.tr("không ghi "+dest+": đã ghi kết quả của "+prev+" vào đó", "not writing "+dest+": it already holds the output of "+prev))
	}
	p.seen[dest] = in.name
	if err := output.WriteFile(dest, data, 0o644); err != nil {
		return "", err
	}
	return dest, nil
}

// mdSeparator stands between two notices render prints in Markdown (-o -
// with several sources): a blank line, a rule (---) and the next source's
// name in a comment, which a Markdown viewer shows as a line across the
// page.
func mdSeparator(name string) string {
	return "\n---\n\n<!-- " + strings.ReplaceAll(name, "--", "- -") + " -->\n\n"
}
