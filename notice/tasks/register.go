package tasks

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// Register is the tasks of a set of notices: one line per owner and task,
// a task that later notices repeat or move shown once, with its history.
type Register struct {
	Notices []*Notice // by date, then path
	Tasks   []Task
}

// Entry is one notice and the tasks Extract read from it.
type Entry struct {
	Notice *Notice
	Tasks  []Task
}

// Build makes the register of notices read one by one. A notice that
// cites an earlier one of the register ("Thông báo số 01/TB-UBND ngày
// 03/01/2023") and sets the same task for the same owner (the words
// nearly the same) continues that task: the register shows its latest
// words and deadline, and the earlier ones as its history.
func Build(entries []Entry) *Register {
	sort.SliceStable(entries, func(i, j int) bool {
		a, b := entries[i].Notice, entries[j].Notice
		if c := a.Date.First().Compare(b.Date.First()); c != 0 {
			return c < 0
		}
		if a.number.Seq != b.number.Seq {
			return seqLess(a.number.Seq, b.number.Seq)
		}
		return a.Path < b.Path
	})
	h := newHistory()
	r := &Register{}
	for i := range entries {
		r.Notices = append(r.Notices, entries[i].Notice)
		h.add(entries[i])
	}
	r.Tasks = h.tasks()
	return r
}

// seqLess orders running numbers as numbers.
func seqLess(a, b string) bool {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA != nil || errB != nil {
		return a < b
	}
	return x < y
}

// uid is a task's identity for calendars: the notice that first set it
// (its number and date; a draft's subject too) and the task (its owner,
// role and words), so that importing the register again updates what an
// earlier import made.
func uid(t Task) string {
	n := t.Notice
	parts := []string{cite.Fold(n.Number), n.Date.ISO(), string(t.key), t.Role.ID(), cite.Fold(t.Text)}
	if n.number.Seq == "" {
		parts = append(parts, cite.Fold(n.Subject))
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(sum[:12]) + "@thongbao"
}
