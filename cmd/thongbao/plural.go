package main

// plural is an English noun for n of it: "notice" for one, "notices"
// else ("1 notices" was printed).
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}
