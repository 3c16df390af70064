package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "signer-body-title", Severity: diag.Warning, Ref: diag.RefAuthority, Run: signerBodyTitle,
		Title: diag.Msg("người ký được nêu tên ở phần nội dung giữ đúng chức vụ ghi ở chữ ký (cấp trưởng hay cấp phó)",
			"a signer the body names holds there the post the signature gives (the head or a deputy)"),
		Help: diag.Msg("sửa chức vụ ở chữ ký, hoặc ở phần nội dung, cho đúng chức vụ của người ký",
			"mend the title in the signature, or in the body, to the signer's own post")})
}

// signerBodyTitle reports a signer the opening names with one rank of a
// post and the signature with the other: "đồng chí Lê Văn Thắng, Chủ tịch
// UBND phường chủ trì" over "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Văn Thắng",
// a signature block copied from a deputy's notice. A post of another
// body or office is left: one person may hold several.
func signerBodyTitle(p *Pass) {
	v := p.View
	if v.Name == nil || len(v.Signer) == 0 {
		return
	}
	title := strings.Join(strings.Fields(v.Signer[len(v.Signer)-1].Text), " ")
	if title == "" || signerPrefix(strings.ToUpper(title)) != nil {
		return // no title line under the authority
	}
	name := strings.TrimSpace(v.Name.Text)
	if len(strings.Fields(name)) < 2 {
		return
	}
	inBody := titleAfter(v, name) // chair.go
	if inBody == "" {
		inBody = titleBefore(v, name)
	}
	if later := postNow(v, name); later != "" {
		inBody = later // "Phó Chủ tịch UBND phường (nay là Chủ tịch UBND phường)"
	}
	if inBody == "" {
		return
	}
	if post, ok := signerOtherRank(cite.Fold(title), inBody); ok {
		p.Report(v.Name, 0, diag.Msg("người ký %s ký với chức vụ %q, nhưng phần nội dung ghi %s là %q", "the signer %s signs as %q, but the body calls %s %q",
			name, title, name, post),
			diag.Msg("sửa chức vụ ở chữ ký, hoặc ở phần nội dung, cho đúng chức vụ của %s", "mend the title in the signature, or in the body, to %s's own post", name))
	}
}

// signerOtherRank reports the post of the body's title (its posts parted by
// commas) that is the signature's post of the other rank: "Chủ tịch UBND
// phường" for "phó chủ tịch", "Phó Giám đốc Sở" for "giám đốc". A body
// title that holds the signature's post itself is in agreement.
func signerOtherRank(sig, inBody string) (string, bool) {
	head, deputy := strings.CutPrefix(sig, "phó ")
	other := ""
	for _, post := range strings.Split(inBody, ",") {
		post = strings.TrimSpace(post)
		f := cite.Fold(post)
		if f == sig || strings.HasPrefix(f, sig+" ") {
			return "", false
		}
		switch {
		case deputy && (f == head || strings.HasPrefix(f, head+" ")):
			other = post
		case !deputy && strings.HasPrefix(f, "phó "+sig) && (len(f) == len("phó "+sig) || f[len("phó "+sig)] == ' '):
			other = post
		}
	}
	return other, other != ""
}

// postNow reads the post the opening or the lead-in says a person holds
// now, in a bracket after his name and title: "đồng chí Lê Văn Thắng, Phó
// Chủ tịch UBND phường (nay là Chủ tịch UBND phường) chủ trì": a signer
// promoted since the meeting signs with the later post.
func postNow(v *View, name string) string {
	for _, s := range v.Body {
		i := strings.Index(s.Text, name)
		if s.Role != RoleOpening && s.Role != RoleHinge || i < 0 {
			continue
		}
		rest := s.Text[i+len(name):]
		if end := strings.IndexAny(rest, ";."); end >= 0 {
			rest = rest[:end]
		}
		_, note, ok := strings.Cut(rest, "(nay là ")
		if !ok {
			return ""
		}
		note, _, ok = strings.Cut(note, ")")
		if !ok {
			return ""
		}
		return strings.TrimSpace(note)
	}
	return ""
}
