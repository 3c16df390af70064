// Package tasks is the register of what notices assigned to whom and by
// when: the list an office keeps to follow up its conclusions ("theo dõi,
// đôn đốc việc thực hiện kết luận").
//
// Extract reads one notice through the readers check uses (a TOML source
// through the checker's view, with the outline of its groups and items; a
// text through its numbering markers) and gives a line for each owner of
// each task: the owner (the group's assignee, the item's own, or one the
// words name: "Giao Sở X chủ trì, phối hợp với Y", "Yêu cầu Nhà đầu tư
// ...", "Sở Tài chính: ..."), with the part they take (chủ trì, phối hợp),
// the task's words (short and whole), its deadline resolved to days (a
// day, a month, a quarter, a range, a start, or a recurring rule that
// RFC 5545 can write) and where it is written.
//
// Build puts the notices together: a later notice that cites an earlier
// one and sets the same task continues it, and the register shows the
// task once with its history. Select takes the tasks a Query asks for
// with their status on a day (overdue, due soon, later, recurring, none),
// and Write prints them: a table for the terminal, CSV for a spreadsheet,
// JSON, iCalendar for the office calendar, Markdown for a report. Run
// does all of it for the command line.
//
// Nothing here reads the clock: the day of statuses and of the calendar's
// DTSTAMP is the caller's.
package tasks
