package check

import "testing"

// BenchmarkReadPhrases builds the phrase book, as go generate does
// (phrase_book_gen.go): no process builds it.
func BenchmarkReadPhrases(b *testing.B) {
	for b.Loop() {
		readPhrases(phraseData)
	}
}
