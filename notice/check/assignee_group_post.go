package check

import "strings"

// groupPosts are the posts a notice gives work to over a group of
// bodies, each body's own holder of it: "Trưởng các tổ dân phố", "Trưởng
// các thôn, bản", "Hiệu trưởng các trường", "Bí thư các chi bộ". Alone
// they name no body ("Trưởng ban: đồng chí Nguyễn Văn An" is a line of a
// list of members), so they are no orgHeads: only "các" or "những" and a
// kind after them make a post an owner (postOverGroup). Each is written
// with the space after it, which postOverGroup reads: joining the two at
// every call was 0.11M instructions a seed of allocation and copying.
var groupPosts = []string{"trưởng ", "phó trưởng ", "hiệu trưởng ", "phó hiệu trưởng ", "bí thư ", "phó bí thư ",
	"chủ nhiệm ", "chỉ huy trưởng "}

// groupPostWords is the most words a post of groupPosts and the "các"
// after it take.
const groupPostWords = 4

// postOverGroup reads a post over a group at the start of f, folded:
// "trưởng các tổ dân phố ..." gives "các tổ dân phố ...", the group whose
// kind foldedStartsWithOrg then asks for; ok is false for any other text.
func postOverGroup(f string) (group string, ok bool) {
	for _, p := range groupPosts {
		rest, found := strings.CutPrefix(f, p)
		if !found {
			continue
		}
		if r, ok := strings.CutPrefix(rest, "các "); ok {
			return "các " + r, true
		}
		if r, ok := strings.CutPrefix(rest, "những "); ok {
			return "các " + r, true
		}
	}
	return "", false
}
