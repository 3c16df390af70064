package main

import (
	"github.com/spf13/cobra"
)

func newText(e *env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "text [--format text|json] FILE",
		Short: e.tr("In thông báo như thongbao check đọc nó", "Print a notice as thongbao check reads it"),
		Long: e.tr(`text in một thông báo (.docx, .doc, .md, .txt, .toml) đúng như check đọc nó; "-" đọc từ
đầu vào chuẩn.

Với tệp Word (.docx, .doc): mỗi đoạn một dòng, số thứ tự tự động được viết ra ("1.", "a)"),
các ô của một hàng bảng nối bằng " | ", chú thích cuối trang ở sau cùng; phần đầu hoặc
phần cuối văn bản mà Word in ở đầu trang hay chân trang của trang 1 đứng giữa "[đầu trang]"
và "[hết đầu trang]" (hoặc các dấu của chân trang). Số dòng của các lỗi mà check báo trên
tệp Word là số dòng của bản in này.

Với tệp .md, .txt: mỗi đoạn một dòng, kèm dòng:cột nơi đoạn bắt đầu trong tệp và vai
trò của đoạn (header, title, subject, body, recipient, signer, name ...).

Với tệp nguồn .toml: thông báo như render --format md trình bày, mỗi đoạn một dòng với
vai trò của đoạn, không có dòng:cột (lỗi của check chỉ tới dòng của tệp nguồn).

--format json in các đoạn kèm định dạng thực tế (phông, cỡ chữ, đậm, nghiêng, căn lề,
thụt lề, giãn dòng) để dùng trong các chương trình khác.`,
			`text prints a notice (.docx, .doc, .md, .txt, .toml) exactly as check reads it; "-" reads
standard input.

A Word file (.docx, .doc): one paragraph per line, automatic numbering written out ("1.",
"a)"), the cells of a table row joined by " | ", footnotes at the end; a header or
end block Word prints in page 1's header or footer stands between "[page header]" and
"[end of page header]" (or the footer's marks). The lines of check's findings on a
Word file are the lines of this listing.

A .md or .txt file: one paragraph per line, with the line:col where it starts in
the file and its role (header, title, subject, body, recipient, signer, name ...).

A .toml source: the notice as render --format md lays it out, one paragraph per line
with its role, without line:col (check's findings point at the source's own lines).

--format json prints the paragraphs with their effective formatting (font, size,
bold, italic, alignment, indents, spacing) for programs that work with them.`),
		Example: `  thongbao text du-thao.docx
  thongbao text --format json du-thao.docx | jq '.lines[3]'
  thongbao text thongbao.md
  thongbao text - < du-thao.docx`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError{e.tr("--format phải là text hoặc json", "--format must be text or json")}
			}
			r, err := readInput(e, args[0])
			if err != nil {
				return err
			}
			if format == "json" {
				return r.WriteJSON(e.stdout)
			}
			return r.WriteListingIn(e.stdout, e.lang)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", e.tr("định dạng: text hoặc json", "output format: text or json"))
	return cmd
}
