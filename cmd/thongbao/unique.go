package main

import "path/filepath"

// uniqueArgs drops a path named again (a.toml ./a.toml): render wrote the
// same output twice and said so twice, and "-o x.pdf a.toml a.toml" was
// refused for two notices. "-" is kept each time, for stdinOnce to refuse.
func uniqueArgs(args []string) []string {
	seen := map[string]bool{}
	out := args[:0:0]
	for _, a := range args {
		if a != "-" {
			key := filepath.Clean(a)
			if seen[key] {
				continue
			}
			seen[key] = true
		}
		out = append(out, a)
	}
	return out
}
