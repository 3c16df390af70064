package check

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestVariantWordsAsFields holds variantWords to strings.Fields on the
// spelling of every name windowGroups walks in the seeds and the corpus,
// and on texts whose words are parted by other spaces.
func TestVariantWordsAsFields(t *testing.T) {
	texts := []string{
		"THÔNG BÁO\nỦy ban\u00a0Nhân dân Tỉnh\u2003Hà Nam họp. Ủy ban Nhân\u3000Dân tỉnh Hà\tNam giao.\n",
	}
	for _, dir := range []string{"seeds", "corpus"} {
		filepath.WalkDir(filepath.Join("../../testdata", dir), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".toml") || strings.HasSuffix(p, ".txt")) {
				if src, err := os.ReadFile(p); err == nil {
					texts = append(texts, p+"\x00"+string(src))
				}
			}
			return nil
		})
	}
	names := 0
	for _, text := range texts {
		var v *View
		p, src, ok := strings.Cut(text, "\x00")
		if !ok {
			p, src = "spaces.txt", text
		}
		if strings.HasSuffix(p, ".toml") {
			n, err := notice.Load(p, []byte(src))
			if err != nil {
				continue
			}
			v = FromNotice(n)
		} else {
			f, err := plain.Read(p, []byte(src))
			if err != nil {
				continue
			}
			v = FromText(f)
		}
		x := newNameIndex(newSpellWalk(v, spellingSegs(v)))
		for _, nm := range x.all() {
			k := x.key(nm.at, (*lexeme).exactForm)
			if got, want := variantWords(k), strings.Fields(k); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: variantWords(%q) = %q, strings.Fields %q", p, k, got, want)
			}
			names++
		}
	}
	if names < 1000 {
		t.Fatalf("only %d names read", names)
	}
}
