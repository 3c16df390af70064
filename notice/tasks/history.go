package tasks

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/cite"
)

// history follows tasks across notices: a chain is one task as the
// notices that set it said it, oldest first.
type history struct {
	chains []*chain
	// byNotice holds the chains each notice's lines belong to, by the
	// number and date others cite the notice with.
	byNotice map[string][]int
}

type chain struct {
	revs []Task
}

func newHistory() *history { return &history{byNotice: map[string][]int{}} }

// noticeKey is how a citation finds a notice: its number and date.
func noticeKey(n cite.Number, d cite.Date) string { return n.Key() + "|" + d.ISO() }

// sameTask is how alike two tasks' words must be (Dice's coefficient of
// their words) for a later notice to continue an earlier one's task.
const sameTask = 0.7

// add adds the tasks of the next notice, continuing the chains of the
// notices it cites.
func (h *history) add(e Entry) {
	pool := map[ownerKey][]int{} // the cited notices' chains, by owner
	seen := map[string]bool{}
	for _, k := range e.Notice.cites {
		if seen[k] {
			continue
		}
		seen[k] = true
		for _, id := range h.byNotice[k] {
			last := h.chains[id].latest()
			if last.Notice != e.Notice {
				pool[last.key] = append(pool[last.key], id)
			}
		}
	}
	used := map[int]bool{}
	var mine []int
	for i := range e.Tasks {
		t := &e.Tasks[i]
		id := h.match(t, pool[t.key], used)
		if id < 0 {
			id = len(h.chains)
			h.chains = append(h.chains, &chain{})
		}
		used[id] = true
		h.chains[id].revs = append(h.chains[id].revs, *t)
		mine = append(mine, id)
	}
	if e.Notice.cited() {
		k := noticeKey(e.Notice.number, e.Notice.Date)
		h.byNotice[k] = append(h.byNotice[k], mine...)
	}
}

// match returns the chain among ids whose latest words are most like t's,
// -1 when none is alike enough.
func (h *history) match(t *Task, ids []int, used map[int]bool) int {
	if len(ids) == 0 {
		return -1
	}
	best, score := -1, sameTask
	for _, id := range ids {
		if used[id] {
			continue
		}
		last := h.chains[id].latest()
		if last.Text == t.Text {
			return id
		}
		if s := dice(words(t), words(last)); s >= score {
			best, score = id, s
		}
	}
	return best
}

func (c *chain) latest() *Task { return &c.revs[len(c.revs)-1] }

// tasks returns the register's lines: each chain's latest task, with the
// earlier ones as its history, and its identity from the first.
func (h *history) tasks() []Task {
	out := make([]Task, 0, len(h.chains))
	ids := map[string]int{}
	for _, c := range h.chains {
		t := *c.latest()
		t.words = nil
		for _, r := range c.revs[:len(c.revs)-1] {
			t.History = append(t.History, Revision{Notice: r.Notice, Due: r.Due, Text: r.Text})
		}
		t.UID = uid(c.revs[0])
		if n := ids[t.UID]; n > 0 {
			ids[t.UID] = n + 1
			t.UID = strings.Replace(t.UID, "@", "-"+strconv.Itoa(n+1)+"@", 1)
		} else {
			ids[t.UID] = 1
		}
		out = append(out, t)
	}
	return out
}

// words returns the distinct folded words of a task, sorted, worked out
// once.
func words(t *Task) []string {
	if t.words == nil {
		w := strings.FieldsFunc(cite.Fold(t.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		slices.Sort(w)
		t.words = slices.Compact(w)
	}
	return t.words
}

// dice returns Dice's coefficient of two sorted sets of words.
func dice(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}
