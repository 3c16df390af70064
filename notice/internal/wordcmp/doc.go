// Package wordcmp measures how much of a notice's words a rendering says,
// and in what order: the measure the tests of the seeds, the re-keyed
// notices and the imported notices hold renderings to. Words are compared
// folded (lower case, tone placement folded), without punctuation,
// Markdown escapes and footnote marks.
package wordcmp
