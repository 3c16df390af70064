package pdf

import (
	"strconv"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice/body"
)

// TestBreakLinesManyMarks: a word followed by more footnote marks than a
// line holds is cut, marks and all, and the breaking ends. It looped for
// ever: cutWord sent every mark to the tail, so the tail was the word
// again (render hung on "giao[^a][^a]..." 1,500 times).
func TestBreakLinesManyMarks(t *testing.T) {
	tt := text{set: defaultSet(t), size: SizeBody}
	runs := []body.Run{{Text: "giao"}}
	for i := range 400 {
		runs = append(runs, body.Run{Note: strconv.Itoa(i%9 + 1)})
	}
	ws := tt.words(runs)
	if len(ws) != 1 {
		t.Fatalf("%d words, want 1", len(ws))
	}
	done := make(chan []line)
	go func() { done <- breakLines(ws, 60, 60, tt) }()
	var lines []line
	select {
	case lines = <-done:
	case <-timeout():
		t.Fatal("breakLines does not end")
	}
	marks := 0
	for _, ln := range lines {
		if ln.width > 60+1e-6 && len(ln.words) == 1 && len(ln.words[0].pieces) > 1 {
			t.Errorf("line of %.2f mm, wider than 60 mm", ln.width)
		}
		for _, w := range ln.words {
			for _, p := range w.pieces {
				if p.mark {
					marks++
				}
			}
		}
	}
	if marks != 400 {
		t.Errorf("%d marks in the lines, want 400", marks)
	}
}

// timeout gives a test a few seconds before it calls a loop endless.
func timeout() <-chan time.Time { return time.After(5 * time.Second) }
