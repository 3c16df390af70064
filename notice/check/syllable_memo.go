package check

import (
	"strings"
	"sync"
	"sync/atomic"
)

// syllablesLetThrough files, for the process, the words notSyllable read
// in full and let through: an archive writes the same few thousand
// syllables in notice after notice, and each is judged once (1,500
// instructions a word) rather than once a notice. notSyllable depends on
// its word alone. A word is copied, so that no notice's text is kept, and
// the table stops growing at maxLetThrough words.
var (
	syllablesLetThrough sync.Map // string -> struct{}
	letThroughCount     atomic.Int32
)

const maxLetThrough = 1 << 16

// letThrough files w in syllablesLetThrough while there is room.
func letThrough(w string) {
	if letThroughCount.Load() >= maxLetThrough {
		return
	}
	if _, loaded := syllablesLetThrough.LoadOrStore(strings.Clone(w), struct{}{}); !loaded {
		letThroughCount.Add(1)
	}
}
