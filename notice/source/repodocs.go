package source

import "strings"

// repoDocs are the names of a repository's own documents: a folder of
// notices kept in git has a README.md, a LICENSE.txt, a CHANGELOG.md, and
// "thongbao check ." (the CI the README suggests) read them as notices
// and failed on their missing header and signer.
var repoDocs = map[string]bool{
	"readme": true, "changelog": true, "changes": true, "history": true,
	"license": true, "licence": true, "copying": true, "authors": true,
	"contributing": true, "code_of_conduct": true, "security": true,
}

// IsRepoDoc reports whether a file's base name is one of a repository's
// own documents ("README.md", "LICENSE.txt", "readme.vi.md"): its name
// up to the first dot, in any case.
func IsRepoDoc(base string) bool {
	stem, _, _ := strings.Cut(base, ".")
	return repoDocs[strings.ToLower(stem)]
}
