package batch

import (
	"fmt"
	"path/filepath"
	"testing"
)

// manifestOf10000 is a manifest of 10,000 rendered sources like a
// synthetic archive's.
func manifestOf10000() *Manifest {
	m := &Manifest{Tool: "test", Options: fmt.Sprintf("%064d", 0)}
	for i := range 10000 {
		rel := fmt.Sprintf("2024/%02d/tb-%05d", i%12+1, i)
		m.Sources = append(m.Sources, Entry{Source: rel + ".toml", SHA256: fmt.Sprintf("%064x", i), Status: Rendered,
			Outputs: []Output{{Path: rel + ".md", SHA256: fmt.Sprintf("%064x", i+1), Size: 10300},
				{Path: rel + ".pdf", SHA256: fmt.Sprintf("%064x", i+2), Size: 77000}},
			Findings: 2, Rules: []string{"date-format", "signer-title"}, Lookups: []string{"01/TB-UBND"}, Archive: fmt.Sprintf("%016x", i),
			Notice: &Archived{Number: fmt.Sprintf("%d/TB-UBND", i), Date: "2024-03-01", Issuer: "UBND"}})
	}
	return m
}

// BenchmarkManifestWrite encodes every entry at each write, as the
// manifest of merge-manifests is written.
func BenchmarkManifestWrite(b *testing.B) {
	m := manifestOf10000()
	path := filepath.Join(b.TempDir(), ManifestName)
	for b.Loop() {
		if err := m.Write(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkManifestRewrite is the manifest a batch writes every few
// seconds: the lines of its entries, encoded once each.
func BenchmarkManifestRewrite(b *testing.B) {
	m := manifestOf10000()
	r := &runner{o: Options{Tool: m.Tool}, options: m.Options, lines: map[string][]byte{}}
	for _, e := range m.Sources {
		r.sorted = append(r.sorted, Source{Rel: e.Source})
		line, err := entryLine(e)
		if err != nil {
			b.Fatal(err)
		}
		r.lines[e.Source] = line
	}
	path := filepath.Join(b.TempDir(), ManifestName)
	for b.Loop() {
		if err := r.writeManifest(path); err != nil {
			b.Fatal(err)
		}
	}
}
