package main

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/output"
	"github.com/thongbao/thongbao/notice/tasks"
)

type tasksOpts struct {
	format    string
	formatSet bool // --format given
	today     string
	dueWithin int
	owner     string
	namedOnly bool
	overdue   bool
	from, to  string
	out       string
	// allowEmpty passes a run that finds no notice (exit 0), as check's
	// and batch's --allow-empty do.
	allowEmpty bool
}

func newTasks(e *env) *cobra.Command {
	o := &tasksOpts{}
	cmd := &cobra.Command{
		Use:   "tasks [flags] PATH...",
		Short: e.tr("Lập sổ theo dõi nhiệm vụ: ai làm gì, đến bao giờ", "List the tasks of notices: who must do what, by when"),
		Long: e.tr(`tasks lập sổ theo dõi thực hiện kết luận từ các thông báo (nguồn TOML, văn bản .md,
.txt, tệp Word .docx, .doc; thư mục thì đọc mọi tệp bên trong, như check): mỗi dòng là một
đơn vị với một nhiệm vụ, vai trò (chủ trì, phối hợp), thời hạn quy ra ngày và thông báo
giao việc (số, ngày, trích yếu, tệp:dòng). Nhiệm vụ giao cho nhiều đơn vị được tách mỗi
đơn vị một dòng. Thời hạn "trong tháng 6/2023" là ngày 30/6/2023; "tuần đầu tháng 7/2026" là
ngày 07/7/2026; "đầu tháng 7/2026" là ngày 10/7/2026, "giữa tháng" ngày 20, "cuối tháng"
ngày cuối tháng; "trước Tết Nguyên đán 2027" là ngày 05/02/2027; "định kỳ hằng tháng
(trước ngày 20)" là việc lặp lại; "thường xuyên" là việc không có hạn; "đến năm 2030",
"giai đoạn 2026-2030" là nhiệm vụ dài hạn, hạn cuối ngày 31/12/2030. Thông báo sau trích
dẫn thông báo trước và giao lại cùng việc thì việc chỉ hiện một lần, kèm lịch sử thời hạn.

Tình trạng tính theo ngày --today (mặc định SOURCE_DATE_EPOCH hoặc đồng hồ): quá hạn,
sắp đến hạn (trong --due-within ngày), còn hạn, định kỳ, không có hạn.

--owner chọn việc của một đơn vị, kể cả việc giao cho nhóm có đơn vị đó ("Các sở, ban,
ngành" có việc của "Sở Tài chính"), vì đơn vị cũng phải làm; khi có những việc như vậy,
tasks nói rõ trên màn hình. --named-only chỉ giữ việc giao đích danh đơn vị.

Định dạng: table (bảng theo đơn vị, việc quá hạn trước), csv (mở bằng Excel), json,
ics (lịch công tác: Outlook, Google Calendar, Thunderbird), md (báo cáo). Với -o tệp
đuôi .csv, .json, .ics hay .md, định dạng theo đuôi tên tệp.

Mã thoát: 0 thành công; 2 có tệp không đọc được (các tệp khác vẫn được liệt kê), hoặc
các đường dẫn không có thông báo nào (thư mục trống hay gõ nhầm; --allow-empty để coi là 0),
như check và batch.`,
			`tasks builds the register of what notices assigned to whom and by when, to follow up
conclusions (TOML sources, .md and .txt texts, Word .docx and .doc files; a directory
gives every file in it, as for check): each line is one owner and one task, their part (lead,
support), the deadline as a day, and the notice (number, date, subject, file:line). A task
given to several bodies is a line for each. "trong tháng 6/2023" is due 30/6/2023; "tuần
đầu tháng 7/2026" (the first week of July) 07/7/2026; "đầu tháng 7/2026" (early July)
10/7/2026, "giữa tháng" the 20th, "cuối tháng" the month's end; "trước Tết Nguyên đán
2027" (before the lunar new year) 05/02/2027; "định kỳ hằng tháng (trước ngày 20)" recurs;
"thường xuyên" (standing) has no deadline; "đến năm 2030", "giai đoạn 2026-2030" are
long-term tasks, due 31/12/2030. A task that a later notice sets again, citing the earlier
one, is shown once with the history of its deadline.

Statuses are taken on --today (default SOURCE_DATE_EPOCH or the clock): overdue, due
soon (within --due-within days), later, recurring, no deadline.

--owner picks one body's tasks, with those given to a group it is in ("Các sở, ban,
ngành" has the tasks of "Sở Tài chính"), which it must do too; tasks says so on
standard error when there are such. --named-only keeps the tasks given to it by name.

Formats: table (by owner, overdue first), csv (opens in Excel), json, ics (the office
calendar: Outlook, Google Calendar, Thunderbird), md (a report). With -o a file named
.csv, .json, .ics or .md, the format follows the file's name.

Exit codes: 0 success; 2 a file could not be read (the others are listed), or the paths
hold no notice (an empty or mistyped folder; --allow-empty makes that 0), as check and
batch have it.`),
		Example: `  thongbao tasks thong-bao/
  thongbao tasks --overdue --owner "Sở TT&TT" thong-bao/
  thongbao tasks --format csv -o theo-doi.csv thong-bao/
  thongbao tasks --format ics -o lich.ics --from 2024-10 --to 2024-12 thong-bao/
  thongbao tasks --format md --today 2024-10-14 --due-within 7 thong-bao/ > bao-cao.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.formatSet = cmd.Flags().Changed("format")
			return o.run(e, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "table", e.tr("định dạng: "+strings.Join(tasks.Formats, ", "), "output format: "+strings.Join(tasks.Formats, ", ")))
	f.StringVar(&o.today, "today", "", e.tr("ngày tính tình trạng (YYYY-MM-DD; mặc định SOURCE_DATE_EPOCH hoặc đồng hồ)", "the day statuses are taken on (YYYY-MM-DD; default SOURCE_DATE_EPOCH or the clock)"))
	f.IntVar(&o.dueWithin, "due-within", 14, e.tr("số ngày tới được coi là sắp đến hạn", "days ahead that count as due soon"))
	f.StringVar(&o.owner, "owner", "", e.tr("chỉ việc của đơn vị này (viết tắt cũng được: \"Sở TT&TT\", \"VHTT\")", "only this owner's tasks (abbreviations work: \"Sở TT&TT\", \"VHTT\")"))
	f.BoolVar(&o.namedOnly, "named-only", false, e.tr("với --owner: chỉ việc giao đích danh đơn vị, không kể việc giao cho nhóm có đơn vị (\"các sở, ngành\")", "with --owner: only the tasks given to it by name, not those of a group it is in (\"các sở, ngành\")"))
	f.BoolVar(&o.overdue, "overdue", false, e.tr("chỉ việc đã quá hạn", "only overdue tasks"))
	f.StringVar(&o.from, "from", "", e.tr("chỉ việc có hạn từ ngày này (YYYY-MM-DD hoặc YYYY-MM)", "only tasks due on or after this day (YYYY-MM-DD or YYYY-MM)"))
	f.StringVar(&o.to, "to", "", e.tr("chỉ việc có hạn đến ngày này (YYYY-MM-DD hoặc YYYY-MM)", "only tasks due on or before this day (YYYY-MM-DD or YYYY-MM)"))
	f.StringVarP(&o.out, "output", "o", "", e.tr("ghi vào tệp này thay vì màn hình", "write to this file instead of standard output"))
	f.BoolVar(&o.allowEmpty, "allow-empty", false, e.tr("không coi là lỗi khi không có thông báo nào (mã thoát 0 thay vì 2)", "pass when there is no notice at all (exit 0 instead of 2)"))
	return cmd
}

func (o *tasksOpts) run(e *env, args []string) error {
	if len(args) == 0 {
		return usageError{e.tr("cần ít nhất một tệp hoặc thư mục", "give at least one file or directory")}
	}
	if err := stdinOnce(e, args); err != nil {
		return err
	}
	opts, err := o.options(e)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	files, problems := collect(args, nil)
	if len(files) == 0 && len(problems) == 0 {
		// As check says it: "Không có nhiệm vụ nào" alone read as if the
		// notices had been read and set no task.
		fmt.Fprintf(e.stderr, "%s\n", e.tr("tasks: không có thông báo nào (.toml, .docx, .doc, .md, .txt) trong "+strings.Join(args, ", "),
			"tasks: no notice (.toml, .docx, .doc, .md, .txt) in "+strings.Join(args, ", ")))
		if !o.allowEmpty {
			// As check and batch: a script pointed at an empty or
			// mistyped folder is told so by the exit code, and gets no
			// empty register (nor an empty -o file) it would take for
			// one with no task in it.
			fmt.Fprintf(e.stderr, "    %s\n", e.tr("kiểm tra tên thư mục; nếu thư mục chưa có thông báo là bình thường, thêm --allow-empty",
				"check the folder's name; if a folder without notices is expected, add --allow-empty"))
			e.worse(exitFailed)
			return nil
		}
	}
	if len(files) > 0 || len(problems) == 0 {
		p, err := tasks.Run(&buf, files, opts)
		if err != nil {
			return err
		}
		problems = append(problems, p...)
	}
	if len(problems) > 0 {
		diag.WriteText(e.stderr, problems, e.lang)
		e.worse(exitFailed)
	}
	if buf.Len() == 0 && len(problems) > 0 {
		return nil // no notice read: nothing to list, nor to write
	}
	if o.out == "" || o.out == "-" {
		_, err = e.stdout.Write(buf.Bytes())
		return err
	}
	if namesFolder(o.out) {
		return isFolder(e, o.out, "theo-doi"+extOf[o.format])
	}
	o.out = withExt(o.out, extOf[o.format])
	var guard output.Guard
	for _, f := range files {
		guard.AddInput(f)
	}
	if err := guard.Check(o.out); err != nil {
		return usageError{e.tr(fmt.Sprintf("không ghi đè lên thông báo đang đọc: %s", o.out), fmt.Sprintf("will not write over a notice being read: %s", o.out))}
	}
	if strings.EqualFold(filepath.Ext(o.out), ".toml") {
		// "-o theo-doi.toml" wrote the register over a notice source.
		return usageError{e.tr(fmt.Sprintf("tasks không ghi tệp %s (tệp nguồn thông báo); đặt tên tệp đuôi .csv, .json, .ics hoặc .md", o.out),
			fmt.Sprintf("tasks does not write %s (a notice source); name the file .csv, .json, .ics or .md", o.out))}
	}
	if err := output.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%s\n", e.tr("thongbao: đã ghi "+o.out, "thongbao: wrote "+o.out))
	return nil
}

// formatsByExt are the formats an output file's name calls for.
var formatsByExt = map[string]string{".csv": "csv", ".json": "json", ".ics": "ics", ".md": "md"}

// extOf is the ending of a file of each format, given to an output named
// without one ("-o theo-doi --format csv" writes theo-doi.csv).
var extOf = map[string]string{"table": ".txt", "csv": ".csv", "json": ".json", "ics": ".ics", "md": ".md"}

// formatOfOutput matches the format with the output's name: "-o
// theo-doi.csv" without --format writes CSV, where it wrote the table
// into a file Excel could not read; a --format the name contradicts is a
// usage error.
func (o *tasksOpts) formatOfOutput(e *env) error {
	ext := strings.ToLower(filepath.Ext(o.out))
	if ext == ".xlsx" || ext == ".xls" || ext == ".ods" {
		// The table written under that name is not a workbook: Excel
		// refused to open it.
		csv := strings.TrimSuffix(o.out, filepath.Ext(o.out)) + ".csv"
		return usageError{e.tr(fmt.Sprintf("tasks không ghi tệp %s; Excel mở được tệp .csv: dùng -o %s", ext, csv),
			fmt.Sprintf("tasks does not write %s files; Excel opens a .csv file: use -o %s", ext, csv))}
	}
	if o.out != "-" && (ext == ".pdf" || ext == ".docx" || ext == ".doc") {
		return usageError{e.tr(fmt.Sprintf("tasks không ghi tệp %s; đặt tên tệp đuôi .csv, .json, .ics hoặc .md", ext),
			fmt.Sprintf("tasks does not write %s files; name the file .csv, .json, .ics or .md", ext))}
	}
	want, ok := formatsByExt[ext]
	switch {
	case !ok || o.out == "-":
	case !o.formatSet:
		o.format = want
	case o.format != want:
		return usageError{e.tr(fmt.Sprintf("--format %s không ghi vào tệp %s; đặt tên tệp đuôi hợp với định dạng, hoặc dùng --format %s", o.format, o.out, want),
			fmt.Sprintf("--format %s does not go into the file %s; name the file for the format, or use --format %s", o.format, o.out, want))}
	}
	return nil
}

// options turns the flags into the register's options.
func (o *tasksOpts) options(e *env) (tasks.Options, error) {
	if err := o.formatOfOutput(e); err != nil {
		return tasks.Options{}, err
	}
	if !slices.Contains(tasks.Formats, o.format) {
		return tasks.Options{}, usageError{e.tr(fmt.Sprintf("định dạng %q không có; dùng %s", o.format, strings.Join(tasks.Formats, ", ")),
			fmt.Sprintf("unknown format %q; use %s", o.format, strings.Join(tasks.Formats, ", ")))}
	}
	if o.dueWithin < 0 {
		return tasks.Options{}, usageError{e.tr("--due-within phải là số ngày, từ 0 trở lên", "--due-within must be a number of days, 0 or more")}
	}
	today, err := today(e, o.today)
	if err != nil {
		return tasks.Options{}, err
	}
	if o.namedOnly && strings.TrimSpace(o.owner) == "" {
		return tasks.Options{}, usageError{e.tr("--named-only đi cùng --owner ĐƠN_VỊ", "--named-only goes with --owner NAME")}
	}
	q := tasks.Query{Today: today, DueWithin: o.dueWithin, Owner: strings.TrimSpace(o.owner), NamedOnly: o.namedOnly, Overdue: o.overdue}
	if q.From, err = dayFlag(e, "--from", o.from, false); err != nil {
		return tasks.Options{}, err
	}
	if q.To, err = dayFlag(e, "--to", o.to, true); err != nil {
		return tasks.Options{}, err
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.From.Compare(q.To) > 0 {
		return tasks.Options{}, usageError{e.tr("--from phải không sau --to", "--from must not be after --to")}
	}
	return tasks.Options{Query: q, Format: o.format, Lang: e.lang, Stdin: e.stdin, Workers: runtime.NumCPU(),
		Groups: func(groups []string, n int) { noteGroups(e, q.Owner, groups, n) }}, nil
}

// noteGroups says, on standard error, that the tasks listed for one owner
// include those of groups that take it in ("Các sở, ban, ngành" for "Sở
// Tài chính"), which it must do too, and how to leave them out: they were
// listed without a word, under names the clerk had not asked for.
func noteGroups(e *env, owner string, groups []string, n int) {
	shown := groups
	if len(shown) > 3 {
		shown = shown[:3]
	}
	quoted := make([]string, len(shown))
	for i, g := range shown {
		quoted[i] = fmt.Sprintf("%q", g)
	}
	list := strings.Join(quoted, ", ")
	if len(groups) > len(shown) {
		list += e.tr(fmt.Sprintf(" và %d nhóm khác", len(groups)-len(shown)), fmt.Sprintf(" and %d other %s", len(groups)-len(shown), plural(len(groups)-len(shown), "group")))
	}
	fmt.Fprintf(e.stderr, "%s\n", e.tr(
		fmt.Sprintf("thongbao: danh sách có cả %d nhiệm vụ giao cho nhóm đơn vị mà %q thuộc vào (%s), vì đơn vị cũng phải thực hiện; thêm --named-only để chỉ xem việc giao đích danh", n, owner, list),
		fmt.Sprintf("thongbao: the list includes %d %s given to groups that take in %q (%s), which it must do too; add --named-only for the tasks given to it by name", n, plural(n, "task"), owner, list)))
}

// dayFlag reads a --from or --to day: YYYY-MM-DD, or YYYY-MM for the
// month's first (from) or last (to) day.
func dayFlag(e *env, name, s string, last bool) (cite.Date, error) {
	if s == "" {
		return cite.Date{}, nil
	}
	d, err := cite.ParseISO(s)
	if err != nil {
		msg := e.tr(fmt.Sprintf("%s phải là một ngày dạng 2024-10-14 hoặc một tháng dạng 2024-10", name),
			fmt.Sprintf("%s must be a day such as 2024-10-14 or a month such as 2024-10", name))
		if errors.Is(err, cite.ErrNotReal) {
			msg = e.tr(fmt.Sprintf("%s: ngày %s không có thật", name, s), fmt.Sprintf("%s: %s is not a real day", name, s))
		}
		return cite.Date{}, usageError{msg}
	}
	if last {
		return d.Last(), nil
	}
	return d.First(), nil
}
