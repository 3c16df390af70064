package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/templates"
)

func newNew(e *env) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "new [-o FILE]",
		Short: e.tr("Tạo tệp TOML mẫu của một thông báo để điền", "Write an example notice source to fill in"),
		Long: e.tr(`new ghi một thông báo mẫu đầy đủ, có chú thích từng trường, ra đầu ra chuẩn hoặc vào
FILE. Không ghi đè tệp đã có.`, `new writes a complete example notice, every field commented, to standard output
or to FILE. It never overwrites an existing file.`),
		Example: `  thongbao new -o thongbao.toml`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" || out == "-" {
				_, err := e.stdout.Write(templates.Example)
				return err
			}
			if _, err := os.Lstat(out); err == nil || !errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("%s", e.tr(out+" đã có; chọn tên khác", out+" already exists; choose another name"))
			}
			return output.WriteFile(out, templates.Example, 0o644)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", e.tr("tệp cần tạo", "file to create"))
	return cmd
}
