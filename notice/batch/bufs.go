package batch

import "sync"

// bufPool keeps the buffers of sources that were read only to be hashed
// or peeked at: the archive's pre-pass reads every source, and a rerun
// skips most of them unchanged. Read into a buffer used before, a source
// costs no fresh memory, and fresh memory costs a page fault for every
// 4 KB (12-15 µs each on the machines measured): a rerun of 1,000
// unchanged notices faulted 13,000 times, half its CPU time. A buffer is
// handed back only where nothing kept points into it.
type bufPool struct {
	mu   sync.Mutex
	free [][]byte
}

// get returns a free buffer, or nil (the reader then makes one).
func (b *bufPool) get() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n := len(b.free); n > 0 {
		buf := b.free[n-1]
		b.free = b.free[:n-1]
		return buf
	}
	return nil
}

// put hands buf back for the next source.
func (b *bufPool) put(buf []byte) {
	if cap(buf) == 0 {
		return
	}
	b.mu.Lock()
	b.free = append(b.free, buf[:0])
	b.mu.Unlock()
}
