package notice

import (
	"sync"

	"github.com/thongbao/thongbao/notice/body"
)

// runsMemo keeps the runs of the text fields of one notice whose inline
// Markdown goldmark reads (body.Parse): the check's view and the composed
// document both read every field, and a render or a batch does both.
type runsMemo struct {
	mu   sync.Mutex
	runs map[string][]body.Run
}

// Runs returns t.Runs(), parsed once per notice for the fields that hold
// markup. The runs are shared: a caller must not change them.
func (n *Notice) Runs(t Text) []body.Run {
	if n.runs == nil {
		return t.Runs()
	}
	if body.IsPlain(t.S) {
		return []body.Run{{Text: t.S}} // what body.Parse gives it
	}
	m := n.runs
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.runs[t.S]; ok {
		return r
	}
	if m.runs == nil {
		m.runs = map[string][]body.Run{}
	}
	r := body.ParseMarkup(t.S)
	m.runs[t.S] = r[:len(r):len(r)]
	return r[:len(r):len(r)]
}
