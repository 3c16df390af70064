package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
)

func newRules(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: e.tr("Liệt kê các quy tắc kiểm tra", "List the check rules"),
		Long: e.tr(`rules liệt kê mọi quy tắc của thongbao check: mã, mức độ mặc định, căn cứ và nội dung.
Dùng mã trong .thongbao.toml ([check] disable, [check.severity]) và trong chú thích
"thongbao:ignore MÃ -- lý do".`, `rules lists every rule of thongbao check: id, default severity, source and what it
checks. Use the ids in .thongbao.toml ([check] disable, [check.severity]) and in
"thongbao:ignore ID -- reason" comments.`),
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			for _, r := range check.Rules() {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, diag.RefLabel(r.Ref, e.lang), r.Title.In(e.lang))
			}
			return tw.Flush()
		},
	}
}
