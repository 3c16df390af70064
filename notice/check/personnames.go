package check

// PersonNames returns the people's names check reads in s ("Nguyễn Văn
// A": a surname and one to three more capitalised words, not a place),
// in order, for readers that must find the same people check does.
func PersonNames(s string) []string {
	var out []string
	for _, n := range findNames(s) {
		out = append(out, n.text)
	}
	return out
}
