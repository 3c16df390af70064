package check

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestRecipFoldedAsFold holds the Nơi nhận lines' folds, once a view, to
// cite.Fold of each line asked where the rules asked it before
// (c170cf08), and the readings that moved to recipFolded to their code
// as it stood then (sentElsewhereAsBefore, pointsSentToAsBefore,
// asAddressedAsBefore), on the notices of testdata recipientViews reads:
// each line asked in reverse order first,
// then in order, so that a fold filed under the wrong line shows.
func TestRecipFoldedAsFold(t *testing.T) {
	views, lines := 0, 0
	for _, v := range recipientViews(t) {
		for i := len(v.Recips) - 1; i >= 0; i-- {
			if got, want := v.recipFolded(i), cite.Fold(v.Recips[i].Text); got != want {
				t.Fatalf("%s: line %d folded %q, cite.Fold %q", v.Path, i, got, want)
			}
		}
		for i := range v.Recips {
			if got, want := v.recipFolded(i), cite.Fold(v.Recips[i].Text); got != want {
				t.Fatalf("%s: line %d folded again %q, cite.Fold %q", v.Path, i, got, want)
			}
		}
		for _, points := range []bool{false, true} {
			if got, want := sentElsewhere(v, points), sentElsewhereAsBefore(v, points); got != want {
				t.Fatalf("%s: sentElsewhere(%v) %v, before %v", v.Path, points, got, want)
			}
		}
		gl, gok := pointsSentTo(v)
		wl, wok := pointsSentToAsBefore(v)
		if gok != wok || !reflect.DeepEqual(gl, wl) {
			t.Fatalf("%s: pointsSentTo %v %v, before %v %v", v.Path, gl, gok, wl, wok)
		}
		if got, want := asAddressed(v), asAddressedAsBefore(v.Recips); got != want {
			t.Fatalf("%s: asAddressed %p, before %p", v.Path, got, want)
		}
		views, lines = views+1, lines+len(v.Recips)
	}
	t.Logf("%d views, %d lines", views, lines)
	if views < 150 || lines < 700 {
		t.Fatalf("%d views of %d lines: too few", views, lines)
	}
}

// recipientViews are the views that have a Nơi nhận of the seeds, the
// re-keyed and injected notices and the prose sets, and of the lint
// fixtures of the rules that read the Nơi nhận lines (their names say
// recipient, addressee, "như", points): 173 views, 842 lines. The other
// lint fixtures, the corpus and the lawful sets are left out for the
// test's time (the corpus's notices alone took 24 s to read at load 15;
// all of testdata's views take 30-50 s); the guard of s90 ran every
// directory through main's binary and the branch's.
func recipientViews(t *testing.T) []*View {
	var views []*View
	fixture := regexp.MustCompile(`recip|addressee|nhu|elsewhere|point|kinh`)
	for _, dir := range []string{"seeds", "rekeyed", "inject", "prose", "lint"} {
		filepath.WalkDir(filepath.Join("../../testdata", dir), func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if p != filepath.Join("../../testdata", dir) && (dir == "lint" || d.Name() == "heldout") {
					return filepath.SkipDir
				}
				return nil
			}
			if dir == "lint" && !fixture.MatchString(d.Name()) {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if v := readTestView(p, src); v != nil && len(v.Recips) > 0 {
				views = append(views, v)
			}
			return nil
		})
	}
	return append(views, madeRecipientViews(t)...)
}

// madeRecipientViews are notices whose Nơi nhận has the lines the rules
// look for after its first line ("- Như mục 2;", "- Như Thông báo số
// ...", "- Như kính gửi;", "- Như trên;"), which no notice recipientViews
// reads has: a reading that asked the first line only would pass on
// those.
func madeRecipientViews(t *testing.T) []*View {
	const head = "ỦY BAN NHÂN DÂN XÃ TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 26/TB-UBND\nTân An, ngày 05 tháng 01 năm 2026\nTHÔNG BÁO\nVề việc lấy ý kiến góp ý dự thảo Quy chế\n"
	const body = "Ủy ban nhân dân xã Tân An thông báo như sau:\n1. Các thôn gửi ý kiến góp ý.\n2. Phòng Kinh tế phối hợp hướng dẫn các thôn.\nỦy ban nhân dân xã Tân An thông báo để Nhân dân biết và thực hiện./.\nNơi nhận:\n- Các thôn;\n"
	const foot = "- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
	var views []*View
	for _, addressed := range []string{"", "Kính gửi: Các thôn\n"} {
		for _, line := range []string{"- Như mục 2;\n", "- Như mục 3;\n", "- Như Thông báo số 45/TB-UBND;\n", "- Như kính gửi;\n", "- Như trên;\n"} {
			f, err := plain.Read("made.txt", []byte(head+addressed+body+line+foot))
			if err != nil {
				t.Fatal(err)
			}
			views = append(views, FromText(f))
		}
	}
	return views
}

// sentElsewhereAsBefore is sentElsewhere as it stood at c170cf08.
func sentElsewhereAsBefore(v *View, points bool) bool {
	for i := range v.Recips {
		if t := strings.TrimSpace(cite.Fold(v.Recips[i].Text)); elsewhereRe().MatchString(t) || points && pointRecipientsRe().MatchString(t) {
			return true
		}
	}
	return false
}

// pointsSentToAsBefore is pointsSentTo as it stood at c170cf08.
func pointsSentToAsBefore(v *View) (labels map[string]bool, ok bool) {
	for i := range v.Recips {
		m := pointLabelsRe().FindStringSubmatch(strings.TrimSpace(cite.Fold(v.Recips[i].Text)))
		if m == nil {
			continue
		}
		if labels == nil {
			labels = map[string]bool{}
		}
		for _, l := range strings.FieldsFunc(strings.ReplaceAll(m[1], "và", ","), func(r rune) bool { return r == ',' || r == ' ' }) {
			labels[l] = true
		}
	}
	for l := range labels {
		if !bodyHasPoint(v, l) {
			return nil, false
		}
	}
	return labels, true
}

// asAddressedAsBefore is asAddressed as it stood at c170cf08.
func asAddressedAsBefore(recips []Seg) *Seg {
	for i := range recips {
		if containsLit(cite.Fold(recips[i].Text), "như kính gửi") {
			return &recips[i]
		}
	}
	return nil
}
