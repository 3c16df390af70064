package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/notice/schema"
)

func newSchema(e *env) *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "schema [-o FILE]",
		Short: e.tr("In lược đồ JSON Schema của tệp TOML, cho trình soạn thảo", "Print the JSON Schema of the TOML source, for editors"),
		Long: e.tr(`schema in lược đồ (JSON Schema, bản 2020-12) của tệp nguồn TOML: mọi khóa, kiểu giá trị
và lời giải thích bằng tiếng Việt và tiếng Anh. VS Code với tiện ích Even Better TOML (Taplo)
dùng nó để gợi ý khóa, hiện lời giải thích và báo khóa sai chính tả hay giá trị sai kiểu
ngay khi gõ: đặt dòng "#:schema ./thongbao.schema.json" ở đầu tệp TOML (thongbao new đã
ghi sẵn), hoặc khai báo trong cấu hình của trình soạn thảo.

Với -o, schema ghi tệp trọn vẹn hoặc không ghi gì; tệp đã có chỉ được thay khi là lược đồ
thongbao (bản cũ, để cập nhật), tệp khác thì không ghi đè trừ khi có --force.`,
			`schema prints the JSON Schema (draft 2020-12) of the TOML source: every key, the type
of its values and its help in Vietnamese and English. VS Code with Even Better TOML (Taplo)
uses it to complete keys, show their help and mark a misspelt key or a value of the
wrong type as you type: put "#:schema ./thongbao.schema.json" at the top of the TOML file
(thongbao new writes it), or name the schema in the editor's settings.

With -o, schema writes the file whole or not at all; an existing file is replaced only when
it is a thongbao schema (an older one, to update it), any other only with --force.`),
		Example: `  thongbao schema -o thongbao.schema.json
  thongbao schema > thongbao.schema.json`,
		Args: outputByFlag(e),
		RunE: func(*cobra.Command, []string) error {
			if out == "" || out == "-" {
				_, err := e.stdout.Write(schema.JSON)
				return err
			}
			if namesFolder(out) {
				return isFolder(e, out, schema.FileName)
			}
			out = withExt(out, ".json")
			if noticeExts[strings.ToLower(filepath.Ext(out))] {
				// "schema -o thongbao.toml", meant for new, wrote the
				// schema over the clerk's notice.
				return usageError{e.tr("schema ghi lược đồ JSON, không ghi "+out+"; đặt tên tệp đuôi .json, như thongbao.schema.json (tệp thông báo mẫu: thongbao new -o "+out+")",
					"schema writes the JSON schema, not "+out+"; name the file .json, such as thongbao.schema.json (an example notice: thongbao new -o "+out+")")}
			}
			if !force && exists(out) && !ownSchema(out) {
				// It wrote over any file so named (an editor's
				// settings.json, a package.json), where new, import and
				// render refuse an existing file.
				return fmt.Errorf("%s", e.tr(out+" đã có và không phải lược đồ thongbao; chọn tên khác, hoặc dùng --force để ghi đè",
					out+" already exists and is no thongbao schema; choose another name, or use --force to overwrite it"))
			}
			if err := output.WriteFile(out, schema.JSON, 0o644); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: đã ghi "+out, "thongbao: wrote "+out))
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", e.tr("tệp cần ghi", "file to write"))
	cmd.Flags().BoolVar(&force, "force", false, e.tr("ghi đè tệp đã có không phải lược đồ thongbao", "overwrite an existing file that is no thongbao schema"))
	return cmd
}

// noticeExts are the endings of notices and their renderings: a file so
// named is not written over with something else (the schema, a register
// of tasks).
var noticeExts = map[string]bool{".toml": true, ".docx": true, ".doc": true, ".pdf": true, ".md": true, ".txt": true}

// ownSchema reports whether the file at path is a schema thongbao wrote
// (this version's or an older one's): a JSON Schema whose title is
// thongbao's. A script that writes the schema again after an upgrade
// updates it, as it always did; any other file is kept unless --force.
func ownSchema(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, 16<<20))
	if err != nil {
		return false
	}
	var head struct {
		Schema string `json:"$schema"`
		Title  string `json:"title"`
	}
	if json.Unmarshal(b, &head) != nil {
		return false
	}
	return strings.HasPrefix(head.Schema, "https://json-schema.org/") && strings.HasPrefix(head.Title, "thongbao:")
}
