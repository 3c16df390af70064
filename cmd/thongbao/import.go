package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/importer"
	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/source"
)

type importOpts struct {
	out   string
	force bool
}

func newImport(e *env) *cobra.Command {
	o := &importOpts{}
	cmd := &cobra.Command{
		Use:   "import [-o FILE.toml] FILE",
		Short: e.tr("Viết tệp nguồn TOML của một thông báo đã có (.docx, .md, .txt)", "Write the TOML source of an existing notice (.docx, .md, .txt)"),
		Long: e.tr(`import đọc một thông báo đã có (tệp Word .docx, Markdown hay văn bản .txt) như check
đọc nó, rồi viết tệp nguồn TOML của thông báo: phần đầu, trích yếu, đoạn mở đầu, các
mục với số thứ tự như văn bản viết, các ý, thời hạn, chú thích, nơi nhận, người ký, phụ
lục. thongbao render --format md của tệp nguồn cho lại lời văn và số thứ tự của văn bản.

Điều gì không có khóa riêng trong tệp nguồn thì được giữ nguyên dưới dạng văn bản ở đúng
chỗ (hoặc dưới dạng chú thích, với phần đầu) và được liệt kê trên đầu ra lỗi, kèm dòng
(của tệp, hay của bản in "thongbao text" với tệp Word), để người soạn xem lại.

Không có -o, tệp nguồn được in ra đầu ra chuẩn. Với -o, tệp được ghi trọn vẹn hoặc không
ghi gì; import không bao giờ ghi đè tệp đầu vào, và không ghi đè tệp đã có trừ khi có
--force. Lược đồ thongbao.schema.json được ghi cạnh tệp mới nếu chưa có.`,
			`import reads an existing notice (a Word file .docx, Markdown or a text .txt) as check
reads it, and writes the notice's TOML source: the header, the trích yếu, the opening,
the parts with their numbers as written, the items, deadlines, footnotes, Nơi nhận, the
signer and the appendices. thongbao render --format md of the source gives back the
notice's words and numbers.

What the source has no key for is kept as text where it stands (or, in the header, as a
comment) and listed on standard error with its line (of the file, or of the listing
"thongbao text" prints for a Word file), for the clerk to look at.

Without -o the source goes to standard output. With -o the file is written whole or not
at all; import never overwrites its input, and overwrites no existing file without
--force. The schema thongbao.schema.json is written beside the new file when there is
none.`),
		Example: `  thongbao import -o thong-bao-12.toml thong-bao-12.docx
  thongbao import thong-bao-12.txt > thong-bao-12.toml
  thongbao import -o x.toml x.md && thongbao render --format md -o - x.toml`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error { return o.run(e, args[0]) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.out, "output", "o", "", e.tr("tệp nguồn cần ghi (mặc định: đầu ra chuẩn)", "the source file to write (default: standard output)"))
	f.BoolVar(&o.force, "force", false, e.tr("ghi đè tệp đã có (không bao giờ ghi đè tệp đầu vào)", "overwrite an existing file (never the input)"))
	return cmd
}

func (o *importOpts) run(e *env, in string) error {
	toFile := o.out != "" && o.out != "-"
	if toFile {
		if err := o.safe(e, in); err != nil {
			return err
		}
	}
	r, err := readInput(e, in)
	if err != nil {
		return err
	}
	res, err := importer.Import(r)
	if err != nil {
		return err
	}
	if !toFile {
		o.notes(e, r.Path, res)
		_, err := e.stdout.Write(res.Source)
		return err
	}
	// The notes say what to review in the file written: none when it
	// cannot be written, where the error alone is told.
	if err := output.WriteFile(o.out, res.Source, 0o644); err != nil {
		return err
	}
	o.notes(e, r.Path, res)
	fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: đã ghi "+o.out, "thongbao: wrote "+o.out))
	return writeSchemaBeside(e, o.out)
}

// notes lists on the error output what the source keeps as text, for the
// writer to review.
func (o *importOpts) notes(e *env, path string, res *importer.Result) {
	for _, u := range res.Unmapped {
		fmt.Fprintf(e.stderr, "%s: %s\n", diag.PathIn(path, e.lang), u.String(e.lang))
	}
}

// readInput reads the notice to import: a file, or standard input.
func readInput(e *env, in string) (*reading.Reading, error) {
	if in != "-" {
		return readFile(in)
	}
	src, err := source.ReadAll(stdinName, e.stdin, reading.MaxSize(reading.Word))
	if err != nil {
		return nil, err
	}
	return reading.Read(stdinName, src)
}

// readFile is reading.ReadFile; a test puts a failing one in its place.
var readFile = reading.ReadFile

// safe refuses an output that is the input, or an existing file without
// --force.
func (o *importOpts) safe(e *env, in string) error {
	var g output.Guard
	if in != "-" {
		g.AddInput(in)
	}
	if err := g.Check(o.out); errors.Is(err, output.ErrIsSource) {
		return fmt.Errorf("%s", e.tr("không ghi "+o.out+": đây là tệp đầu vào", "not writing "+o.out+": it is the input"))
	}
	if namesFolder(o.out) {
		name := "thongbao.toml"
		if in != "-" {
			name = strings.TrimSuffix(filepath.Base(in), filepath.Ext(in)) + ".toml"
		}
		return isFolder(e, o.out, name)
	}
	o.out = withExt(o.out, ".toml")
	if err := g.Check(o.out); errors.Is(err, output.ErrIsSource) {
		return fmt.Errorf("%s", e.tr("không ghi "+o.out+": đây là tệp đầu vào", "not writing "+o.out+": it is the input"))
	}
	if ext := strings.ToLower(filepath.Ext(o.out)); ext != ".toml" && noticeExts[ext] {
		// "-o x.docx --force" wrote the TOML source over a Word file.
		return fmt.Errorf("%s", e.tr("import ghi tệp nguồn .toml, không ghi "+o.out+"; đặt tên tệp đuôi .toml, như "+strings.TrimSuffix(o.out, filepath.Ext(o.out))+".toml",
			"import writes a .toml source, not "+o.out+"; name the file .toml, such as "+strings.TrimSuffix(o.out, filepath.Ext(o.out))+".toml"))
	}
	if !o.force && exists(o.out) {
		return fmt.Errorf("%s", e.tr(o.out+" đã có; chọn tên khác, hoặc dùng --force để ghi đè", o.out+" already exists; choose another name, or use --force to overwrite it"))
	}
	return nil
}
