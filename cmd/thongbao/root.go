package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/diag"
)

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "thongbao",
		Short: e.tr("Soạn, kiểm tra và trình bày thông báo kết luận theo Nghị định 30/2020/NĐ-CP", "Draft, check and render Vietnamese notices as Nghị định 30/2020/NĐ-CP requires"),
		Long: e.tr(`thongbao đọc một thông báo kết luận viết bằng TOML (người chủ trì, thành phần dự họp,
nội dung kết luận, nhiệm vụ và thời hạn, nơi nhận, người ký), kiểm tra thể thức và
trình bày thành Markdown và PDF đúng Nghị định 30/2020/NĐ-CP.

Mã thoát: 0 thành công; 1 có lỗi từ mức --fail-on (lệnh check), hoặc thông báo có lỗi
nên không được trình bày (render, batch; xem --force); 2 không thực hiện được (tệp hỏng,
không ghi được kết quả, dùng sai lệnh).`,
			`thongbao reads a THÔNG BÁO kết luận written in TOML (chair, attendees, conclusions,
tasks and deadlines, recipients, signer), checks it and renders it as Markdown and
PDF laid out as Nghị định 30/2020/NĐ-CP requires.

Exit codes: 0 success; 1 findings at or above --fail-on (check), or a notice not
rendered for its errors (render, batch; see --force); 2 the tool could not do its job
(bad input, an unwritable output, a usage error).`),
		Example: `  thongbao new -o thongbao.toml
  thongbao render --format md thongbao.toml
  thongbao render --example -o mau.pdf
  thongbao tasks --overdue thong-bao/`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("thongbao {{.Version}}\n")
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.PersistentFlags().String("lang", e.lang.String(), e.tr("ngôn ngữ thông báo lỗi: vi hoặc en (hoặc biến THONGBAO_LANG)", "language of messages: vi or en (or THONGBAO_LANG)"))
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return flagError(e, cmd, err) })
	root.AddCommand(newRender(e), newCheck(e), newBatch(e), newTasks(e), newRules(e), newNew(e), newText(e), newSchema(e), newImport(e))
	root.CompletionOptions.HiddenDefaultCmd = true
	root.SetHelpCommand(newHelp(e, root))
	localizeHelp(e, root)
	return root
}

// localizeHelp puts cobra's own help texts in the language of the run.
func localizeHelp(e *env, root *cobra.Command) {
	if e.lang == diag.EN {
		return
	}
	cobra.AddTemplateFunc("viDefaults", viFlagUsages)
	cobra.AddTemplateFunc("viUseLine", func(s string) string {
		return strings.ReplaceAll(s, "[flags]", "[tùy chọn]")
	})
	tmpl := strings.NewReplacer(
		".LocalFlags.FlagUsages", ".LocalFlags.FlagUsages | viDefaults",
		".InheritedFlags.FlagUsages", ".InheritedFlags.FlagUsages | viDefaults",
		"{{.UseLine}}", "{{.UseLine | viUseLine}}",
		"Usage:", "Cách dùng:",
		"Aliases:", "Tên khác:",
		"Examples:", "Ví dụ:",
		"Available Commands:", "Các lệnh:",
		"Additional Commands:", "Lệnh khác:",
		"Global Flags:", "Tùy chọn chung:",
		"Flags:", "Tùy chọn:",
		"Additional help topics:", "Chủ đề khác:",
		`Use "{{.CommandPath}} [command] --help" for more information about a command.`,
		`Xem "{{.CommandPath}} [lệnh] --help" để biết thêm về từng lệnh.`,
		"[flags]", "[tùy chọn]",
		"[command]", "[lệnh]",
	).Replace(root.UsageTemplate())
	root.SetUsageTemplate(tmpl)
	root.InitDefaultVersionFlag()
	if f := root.Flags().Lookup("version"); f != nil {
		f.Usage = "phiên bản của thongbao"
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = "trợ giúp cho lệnh " + c.Name()
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// newHelp is the help command, in the language of the run: cobra's own is
// in English only and answers a command that does not exist with exit 0.
func newHelp(e *env, root *cobra.Command) *cobra.Command {
	c := &cobra.Command{
		Use:   e.tr("help [lệnh]", "help [command]"),
		Short: e.tr("Trợ giúp về một lệnh", "Help about any command"),
		Long: e.tr("help in trợ giúp của một lệnh, như thongbao LỆNH --help.",
			"help prints the help of a command, as thongbao COMMAND --help does."),
		Example: "  thongbao help check\n  thongbao help batch merge-manifests",
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 {
				vi, en := fmt.Sprintf("không có lệnh %q", strings.Join(args, " ")), fmt.Sprintf("unknown command %q", strings.Join(args, " "))
				if s := root.SuggestionsFor(args[len(args)-1]); len(args) == 1 && len(s) > 0 {
					vi, en = vi+fmt.Sprintf("; có phải là %q?", s[0]), en+fmt.Sprintf("; did you mean %q?", s[0])
				}
				return usageError{e.tr(vi, en)}
			}
			return cmd.Help()
		},
	}
	c.Flags().BoolP("help", "h", false, e.tr("trợ giúp cho lệnh help", "help for help"))
	return c
}
