// Package diag holds findings: what the loader and the checker report about a
// notice, as plain data with a position, a stable rule id, a severity, a
// message and a fix hint in Vietnamese and English, and the section of the
// decree (or "practice") the rule comes from.
//
// Printers in this package write findings to an io.Writer; they never exit and
// never decide exit codes.
package diag
