package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRead reads each real notice, listing included: the time per
// file is what `thongbao check` spends reading a .docx.
func BenchmarkRead(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/real/*.docx")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".docx")
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				d, err := Read(f, data)
				if err != nil {
					b.Fatal(err)
				}
				d.Listing()
			}
		})
	}
}
