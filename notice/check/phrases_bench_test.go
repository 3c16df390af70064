package check

import "testing"

// BenchmarkReadPhrases builds the phrase book, which every process that
// checks a notice does once.
func BenchmarkReadPhrases(b *testing.B) {
	for b.Loop() {
		readPhrases(phraseData)
	}
}
