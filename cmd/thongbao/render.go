package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/markdown"
	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/templates"
)

type renderOpts struct {
	format  string
	out     string
	force   bool
	example bool
}

func newRender(e *env) *cobra.Command {
	o := &renderOpts{}
	cmd := &cobra.Command{
		Use:   "render [flags] FILE.toml...",
		Short: e.tr("Trình bày thông báo thành Markdown", "Render notices as Markdown"),
		Long: e.tr(`render đọc từng tệp TOML và ghi thông báo đã trình bày.

Không có -o, kết quả được ghi cạnh tệp nguồn (thongbao.toml -> thongbao.md); với -o -
kết quả ra đầu ra chuẩn; với -o THƯ_MỤC, mỗi tệp vào thư mục đó. FILE là - thì đọc từ
đầu vào chuẩn. Tệp được ghi qua tệp tạm rồi đổi tên, không bao giờ ghi đè tệp nguồn.`,
			`render reads each TOML file and writes the rendered notice.

Without -o the result goes next to the source (thongbao.toml -> thongbao.md); with
-o - to standard output; with -o DIR each file into DIR. A FILE of - reads standard
input. Files are written through a temporary file and renamed; a source is never
overwritten.`),
		Example: `  thongbao render thongbao.toml
  thongbao render --format md -o - thongbao.toml
  thongbao render -o out/ notices/*.toml
  thongbao render --example -o -`,
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(e, args) },
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "md", e.tr("định dạng: md", "output format: md"))
	f.StringVarP(&o.out, "output", "o", "", e.tr("tệp, thư mục, hoặc - (đầu ra chuẩn)", "file, directory, or - (standard output)"))
	f.BoolVar(&o.example, "example", false, e.tr("trình bày thông báo mẫu có sẵn thay cho tệp", "render the built-in example notice instead of files"))
	return cmd
}

// input is one notice source.
type input struct {
	name string // as the user gave it; "-" for standard input
	data []byte // set for the example and standard input
}

func (o *renderOpts) run(e *env, args []string) error {
	formats, err := parseFormats(e, o.format)
	if err != nil {
		return err
	}
	inputs, err := o.inputs(e, args)
	if err != nil {
		return err
	}
	plan, err := o.plan(e, inputs, formats)
	if err != nil {
		return err
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
	var ins []input
	for _, a := range args {
		in := input{name: a}
		if a == "-" {
			var buf bytes.Buffer
			if _, err := buf.ReadFrom(e.stdin); err != nil {
				return nil, fmt.Errorf("read standard input: %w", err)
			}
			in.name, in.data = "<stdin>", buf.Bytes()
		}
		ins = append(ins, in)
	}
	return ins, nil
}

// parseFormats reads --format.
func parseFormats(e *env, s string) ([]string, error) {
	switch s {
	case "md":
		return []string{"md"}, nil
	}
	return nil, usageError{e.tr(fmt.Sprintf("định dạng %q không có; dùng md", s), fmt.Sprintf("unknown format %q; use md", s))}
}

// plan decides where each output goes, before anything is read.
type plan struct {
	stdout bool
	dir    string // write into this directory
	file   string // write this one file
	guard  output.Guard
	seen   map[string]string // output path -> input that produced it
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
		if err := os.MkdirAll(p.dir, 0o755); err != nil {
			return nil, fmt.Errorf("create %s: %w", p.dir, err)
		}
	default:
		p.file = o.out
	}
	return p, nil
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

func (o *renderOpts) renderOne(e *env, in input, formats []string, p *plan) {
	n, err := load(in)
	if err != nil {
		e.report(err)
		return
	}
	doc := compose.Compose(n)
	for _, f := range formats {
		data, err := renderFormat(f, doc)
		if err != nil {
			e.report(err)
			continue
		}
		if err := p.write(e, in, f, data); err != nil {
			e.report(err)
		}
	}
}

func load(in input) (*notice.Notice, error) {
	if in.data != nil {
		return notice.Load(in.name, in.data)
	}
	return notice.LoadFile(in.name)
}

func renderFormat(format string, doc *compose.Document) ([]byte, error) {
	var buf bytes.Buffer
	err := markdown.Render(&buf, doc)
	return buf.Bytes(), err
}

func (p *plan) write(e *env, in input, format string, data []byte) error {
	if p.stdout {
		_, err := e.stdout.Write(data)
		return err
	}
	dest := p.target(in, format)
	if err := p.guard.Check(dest); err != nil {
		return fmt.Errorf("%s", e.tr("không ghi "+dest+": đây là tệp nguồn", "not writing "+dest+": it is a source file"))
	}
	if prev, ok := p.seen[dest]; ok {
		return fmt.Errorf("%s", e.tr("không ghi "+dest+": đã ghi kết quả của "+prev+" vào đó", "not writing "+dest+": it already holds the output of "+prev))
	}
	p.seen[dest] = in.name
	if err := output.WriteFile(dest, data, 0o644); err != nil {
		return err
	}
	return nil
}
