// Package lazyre holds regular expressions compiled on first use. A
// process that never reaches a rule does not pay for its expressions:
// compiling the expressions of the checker, the citation reader and the
// text reader at start-up cost every run of thongbao about 3 ms, more than
// a warm check of a notice.
package lazyre
