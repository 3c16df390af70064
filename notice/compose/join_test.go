package compose

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/thongbao/thongbao/notice/body"
)

// TestJoinAsMerge: join gives what body.Merge of the parts appended gives,
// for parts of runs with and without text, styles and footnote marks in
// every mix, and leaves the parts as they were.
func TestJoinAsMerge(t *testing.T) {
	r := rand.New(rand.NewPCG(73, 2))
	texts := []string{"", "a", "ngày ", "bc"}
	notes := []string{"", "", "", "1"}
	for range 20000 {
		parts := make([][]body.Run, r.IntN(5))
		var all []body.Run
		for i := range parts {
			for range r.IntN(4) {
				run := body.Run{Text: texts[r.IntN(len(texts))], Style: body.Style(r.IntN(3)), Off: r.IntN(9)}
				if n := notes[r.IntN(len(notes))]; n != "" {
					run.Text, run.Note = "", n
				}
				parts[i] = append(parts[i], run)
			}
			all = append(all, parts[i]...)
		}
		kept := make([][]body.Run, len(parts))
		for i, p := range parts {
			kept[i] = append([]body.Run(nil), p...)
		}
		if got, want := join(parts...), body.Merge(all); !reflect.DeepEqual(got, want) {
			t.Fatalf("join(%v) = %v, want %v", parts, got, want)
		}
		if !reflect.DeepEqual(parts, kept) {
			t.Fatalf("join changed its parts: %v, was %v", parts, kept)
		}
	}
}
