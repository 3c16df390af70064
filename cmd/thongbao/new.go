package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/notice/schema"
	"github.com/thongbao/thongbao/templates"
)

type newOpts struct {
	out, level, schema string
	full               bool
}

func newNew(e *env) *cobra.Command {
	o := &newOpts{}
	cmd := &cobra.Command{
		Use:   "new [-o FILE] [--full] [--level van-phong|tinh|xa]",
		Short: e.tr("Tạo tệp TOML mẫu của một thông báo để điền", "Write an example notice source to fill in"),
		Long: e.tr(`new ghi một thông báo mẫu đầy đủ, có chú thích từng trường, ra đầu ra chuẩn hoặc vào
FILE. Không ghi đè tệp đã có. --full ghi mọi khóa một thông báo có thể cần (khóa không
bắt buộc để dạng chú thích "# khóa = ..."); --level chuẩn bị mẫu cho Văn phòng UBND tỉnh
(van-phong, mặc định), UBND tỉnh (tinh) hay UBND xã (xa).

Dòng đầu "#:schema ./thongbao.schema.json" chỉ cho trình soạn thảo (VS Code với Even
Better TOML) tệp lược đồ để gợi ý khóa và báo lỗi ngay khi gõ; với -o, new ghi tệp lược
đồ cạnh tệp mới nếu chưa có. --schema thay bằng đường dẫn hay địa chỉ khác.`,
			`new writes a complete example notice, every field commented, to standard output
or to FILE. It never overwrites an existing file. --full writes every key a notice may
need (the optional ones commented out, "# key = ..."); --level prepares it for the
Văn phòng of a UBND tỉnh (van-phong, the default), a UBND tỉnh (tinh) or a UBND xã (xa).

The first line, "#:schema ./thongbao.schema.json", points editors (VS Code with Even
Better TOML) at the schema, which completes keys and marks mistakes as you type; with
-o, new writes the schema beside the new file when there is none. --schema names
another path or a URL.`),
		Example: `  thongbao new -o thongbao.toml
  thongbao new --full --level xa -o thongbao.toml
  thongbao new --schema https://example.org/thongbao.schema.json > thongbao.toml`,
		Args: outputByFlag(e),
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(e) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.out, "output", "o", "", e.tr("tệp cần tạo", "file to create"))
	f.BoolVar(&o.full, "full", false, e.tr("ghi mọi khóa, khóa không bắt buộc để dạng chú thích", "write every key, the optional ones commented out"))
	f.StringVar(&o.level, "level", "van-phong", e.tr("cấp cơ quan: van-phong, tinh hoặc xa", "level of office: van-phong, tinh or xa"))
	f.StringVar(&o.schema, "schema", "", e.tr("đường dẫn hay địa chỉ của lược đồ cho dòng #:schema", "path or URL of the schema for the #:schema line"))
	return cmd
}

func (o *newOpts) run(e *env) error {
	src := templates.Example
	if o.full {
		src = templates.Full
	}
	src, err := templates.ForLevel(src, o.level)
	if err != nil {
		return usageError{e.tr(fmt.Sprintf("cấp %q không có; dùng %s", o.level, strings.Join(templates.Levels, ", ")), err.Error())}
	}
	if o.schema != "" {
		src = bytes.Replace(src, []byte(templates.SchemaLine), []byte("#:schema "+o.schema), 1)
	}
	if o.out == "" || o.out == "-" {
		_, err := e.stdout.Write(src)
		return err
	}
	if namesFolder(o.out) {
		return isFolder(e, o.out, "thongbao.toml")
	}
	o.out = withExt(o.out, ".toml")
	if ext := strings.ToLower(filepath.Ext(o.out)); ext != ".toml" && noticeExts[ext] {
		// "new -o thongbao.pdf" wrote the TOML source under a PDF's name.
		toml := strings.TrimSuffix(o.out, filepath.Ext(o.out)) + ".toml"
		return fmt.Errorf("%s", e.tr("new ghi tệp nguồn .toml, không ghi "+o.out+"; đặt tên tệp đuôi .toml, như "+toml+" (rồi thongbao render "+toml+")",
			"new writes a .toml source, not "+o.out+"; name the file .toml, such as "+toml+" (then thongbao render "+toml+")"))
	}
	if exists(o.out) {
		return fmt.Errorf("%s", e.tr(o.out+" đã có; chọn tên khác", o.out+" already exists; choose another name"))
	}
	if err := output.WriteFile(o.out, src, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: đã ghi "+o.out, "thongbao: wrote "+o.out))
	if o.schema != "" {
		return nil
	}
	return writeSchemaBeside(e, o.out)
}

// writeSchemaBeside writes the schema next to a new source, for its
// #:schema line, unless one is there already.
func writeSchemaBeside(e *env, src string) error {
	sch := filepath.Join(filepath.Dir(src), schema.FileName)
	if exists(sch) {
		return nil
	}
	if err := output.WriteFile(sch, schema.JSON, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: đã ghi "+sch+" (lược đồ cho trình soạn thảo)", "thongbao: wrote "+sch+" (the schema, for editors)"))
	return nil
}

// isFolder refuses an output that is a folder, naming a file in it that
// would do (name).
func isFolder(e *env, out, name string) error {
	in := filepath.Join(out, name)
	return fmt.Errorf("%s", e.tr(out+" là một thư mục; ghi tên tệp cần tạo, như "+in, out+" is a folder; give the name of the file to write, such as "+in))
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil || !errors.Is(err, os.ErrNotExist)
}
