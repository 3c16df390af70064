package check

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
)

// gateViews reads every notice of testdata (seeds, corpus, lint
// fixtures, prose, real Word files, re-keyed), the held-out texts and
// those pending judgement left alone.
func gateViews(t testing.TB) map[string]*View {
	views := map[string]*View{}
	for _, root := range []string{"../../testdata", "testdata"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "heldout" || d.Name() == "corpus-pending" {
					return filepath.SkipDir
				}
				return nil
			}
			switch filepath.Ext(p) {
			case ".toml", ".txt", ".md", ".docx":
			default:
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			r, err := reading.Read(p, src)
			if err != nil {
				return nil // a broken source: no rule runs on it
			}
			switch {
			case r.Notice != nil:
				views[p] = FromNotice(r.Notice)
			case r.Word != nil:
				v := FromText(r.Text)
				v.Word = newWordView(r)
				views[p] = v
			default:
				views[p] = FromText(r.Text)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return views
}

// gateSilent checks every gated rule on v: where its gate is shut, the
// rule run all the same must report nothing. It returns how many gates
// were shut and open.
func gateSilent(t testing.TB, name string, v *View) (shut, open int) {
	for _, r := range sortedRules() {
		if r.Gate == nil || r.Run == nil || v.Unreadable || silencedNoBreaks(v, r) || !r.applies(v) {
			continue
		}
		if r.Gate(v) {
			open++
			continue
		}
		shut++
		fd := &found{}
		r.Run(&Pass{View: v, Opts: &Options{}, rule: r, found: fd})
		if len(fd.list) > 0 || fd.dropped.N > 0 {
			t.Errorf("%s: gate of %s is shut, yet the rule reports %v", name, r.ID, fd.list)
		}
	}
	return shut, open
}

// TestGatesNecessary holds each rule's gate to the rule: over every
// notice of testdata, a rule whose gate is shut reports nothing when run
// all the same; and each gate both shuts and opens somewhere.
func TestGatesNecessary(t *testing.T) {
	views := gateViews(t)
	if len(views) < 500 {
		t.Fatalf("read %d notices of testdata, want the whole tree", len(views))
	}
	shut, open := 0, 0
	for name, v := range views {
		s, o := gateSilent(t, name, v)
		shut, open = shut+s, open+o
	}
	if shut == 0 || open == 0 {
		t.Errorf("gates shut %d times and open %d times over testdata: each way must happen", shut, open)
	}
	for _, r := range sortedRules() {
		if r.Gate == nil {
			continue
		}
		seen := map[bool]bool{}
		for _, v := range views {
			seen[r.Gate(v)] = true
		}
		if !seen[true] || !seen[false] {
			t.Errorf("gate of %s is %v on every notice of testdata", r.ID, seen[true])
		}
	}
}

// FuzzGates runs the gated rules on texts of any shape whose gates are
// shut: none may report.
func FuzzGates(f *testing.F) {
	for _, s := range []string{
		"THÔNG BÁO\nKết luận như sau.\n1. Giao Sở A, (chủ trì) làm.\nNội dung là: x.\nNơi nhận:\n- a;",
		"V/v x\nKính gửi: A;\nTiêu chí là : một, hai (ba).\nnhư sau\n- b\nNơi nhận:\n- Lưu: VT.",
		"Số: 1/TB-X\nNgày 02/01/2024 họp, như sau:\nLà: ai , (b)",
	} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, layout uint8) {
		file, err := plain.ReadWith("f.txt", []byte(s), plain.Options{Layout: plain.Layout(layout % 4)})
		if err != nil || strings.Count(s, "\n") > 200 {
			return
		}
		gateSilent(t, "fuzz", FromText(file))
	})
}
