package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// The header's issuer lines and the signer's post are written in
// capitals, where the syllable rule judges no word; a word of them typed
// without its marks is still a Vietnamese syllable ("GIAM", "TINH"), and
// a clerk sees the slip at once: "THANH TRA TINH" for "THANH TRA TỈNH",
// "GIAM ĐỐC" for "GIÁM ĐỐC" (x96, f96). Only closed lists are read: the
// kinds of place a header names and the posts a signer holds.

// headerPlaceKinds are the kinds of place in a header's issuer line, and
// the Sở a province's department opens its name with ("SO TƯ PHÁP"), as
// they look typed without marks, and as they are written.
var headerPlaceKinds = sync.OnceValue(func() map[string]string {
	return map[string]string{"TINH": "TỈNH", "HUYEN": "HUYỆN", "XA": "XÃ", "PHUONG": "PHƯỜNG", "SO": "SỞ"}
})

// signerPosts are the posts a signer's title opens with, longest first
// among those that share a head.
var signerPosts = []string{
	"PHÓ GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN",
	"PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG", "PHÓ HIỆU TRƯỞNG", "HIỆU TRƯỞNG", "PHÓ CHÁNH ÁN", "CHÁNH ÁN",
	"PHÓ VIỆN TRƯỞNG", "VIỆN TRƯỞNG", "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "CHI CỤC TRƯỞNG",
	"PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH THANH TRA", "CHÁNH THANH TRA", "PHÓ BÍ THƯ", "BÍ THƯ",
	"BỘ TRƯỞNG", "THỨ TRƯỞNG", "KIỂM TOÁN TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "CHỈ HUY TRƯỞNG",
	"PHÓ TỔNG BIÊN TẬP", "TỔNG BIÊN TẬP",
}

// signerBodies are the collective bodies a "TM." authority line names
// ("TM. BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"), longest first among
// those that share a head; both placings of the mark of "ủy" stand.
var signerBodies = []string{
	"BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "BAN THƯỜNG TRỰC", "BAN CHỈ ĐẠO", "BAN TỔ CHỨC", "BAN GIÁM ĐỐC",
	"BAN GIÁM HIỆU", "BAN CHỈ HUY", "BAN QUẢN LÝ", "BAN ĐẠI DIỆN", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN",
	"THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ĐẢNG ỦY", "ĐẢNG UỶ",
}

// capsBare reports a word of the header's issuer lines or of the
// signer's post typed without its marks. A notice typed without marks
// throughout is no-diacritics' (bare); a place kind is read only where
// the notice writes it with its marks elsewhere (syllable_caps_seen.go).
func capsBare(p *Pass, bare *int) {
	var said []*Seg
	for i := range p.View.Header {
		h := &p.View.Header[i]
		f := cite.Fold(h.Text)
		if numberLineRe().MatchString(h.Text) {
			break
		}
		if strings.HasPrefix(f, "cộng hòa") || strings.HasPrefix(f, "độc lập") || placeDateLine(f) || !isUpper(h.Text) {
			continue
		}
		said = append(said, h)
	}
	for _, h := range said {
		words := strings.Fields(h.Text)
		for j, w := range words {
			if kind, ok := headerPlaceKinds()[w]; ok && !bareText(p.View, bare) && kindWrittenElsewhere(p.View, h, words, j, kind) {
				off := loneWordAt(h.Text, w)
				p.Report(h, off, diag.Msg("%q thiếu dấu", "%q is typed without its marks", w), diag.Msg("viết %q", "write %q", kind))
			}
		}
	}
	for i := range p.View.Signer {
		s := &p.View.Signer[i]
		up := strings.Join(strings.Fields(s.Text), " ")
		if m := signerPrefix(strings.ToUpper(up)); m != nil {
			bareBody(p, s, up, m, bare) // the authority line: signer-chain sets a title against it, a body is read here
			continue
		}
		if post, at, ok := barePost(signerPosts, up); ok && !chainedPost(p.View, i) && !bareText(p.View, bare) {
			p.Report(s, strings.Index(s.Text, strings.Fields(up)[0])+at, diag.Msg("chức vụ người ký %q thiếu dấu hoặc sai dấu", "the signer's post %q lacks or mistypes its marks", post),
				diag.Msg("viết %q", "write %q", signerPostOf(up, post)))
		}
	}
}

// loneWordAt is the offset of the word w standing alone in s.
func loneWordAt(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return 0
		}
		i += off
		if (i == 0 || s[i-1] == ' ') && (i+len(w) == len(s) || s[i+len(w)] == ' ') {
			return i
		}
		off = i + len(w)
	}
}

// bareBody reports the collective body of a "TM." authority line typed
// with a mark missing or wrong ("TM. BAN THƯỜNG VU"): m is the line's
// prefix as signerPrefix reads it in up, the line's words.
func bareBody(p *Pass, s *Seg, up string, m []string, bare *int) {
	if m[1] != "TM" || len(m[0]) > len(up) {
		return
	}
	rest := strings.TrimSpace(up[len(m[0]):])
	if rest == "" || !isUpper(rest) {
		return
	}
	body, _, ok := barePost(signerBodies, rest)
	if !ok || bareText(p.View, bare) {
		return
	}
	p.Report(s, strings.Index(s.Text, strings.Fields(body)[0]), diag.Msg("tên tập thể %q ở dòng thẩm quyền ký thiếu dấu hoặc sai dấu", "the body %q of the authority line lacks or mistypes its marks", body),
		diag.Msg("viết %q", "write %q", strings.TrimSpace(up[:len(m[0])])+" "+postOf(signerBodies, rest, body)))
}

// barePost finds the post of posts t opens with, its marks wrong: the
// post's written form, and the offset in t where the words start.
func barePost(posts []string, t string) (string, int, bool) {
	words := strings.Fields(t)
	for _, post := range posts {
		pw := strings.Fields(post)
		if len(words) < len(pw) {
			continue
		}
		head := strings.Join(words[:len(pw)], " ")
		if head == post || writtenPost(posts, head) {
			return "", 0, false // written right
		}
		if stripMarks(head) == stripMarks(post) && isUpper(head) {
			return head, strings.Index(t, words[0]), true
		}
	}
	return "", 0, false
}

// writtenPost reports whether head is one of posts as written.
func writtenPost(posts []string, head string) bool {
	for _, post := range posts {
		if head == post {
			return true
		}
	}
	return false
}

// signerPostOf is t with its first words, the post typed wrong, written
// as post's written form.
func signerPostOf(t, head string) string {
	return postOf(signerPosts, t, head)
}

// postOf is t with its first words, head, written as the post of posts
// they stand for.
func postOf(posts []string, t, head string) string {
	bare := stripMarks(head)
	for _, post := range posts {
		if stripMarks(post) == bare {
			return strings.Replace(t, head, post, 1)
		}
	}
	return t
}

// chainedPost reports whether a signer line other than i holds the
// same post without its marks' difference: signer-chain sets a title
// against its authority line ("KT. CHÁNH THANH TRA" over "PHÓ CHANH
// THANH TRA") and says the marks there.
func chainedPost(v *View, i int) bool {
	bare := stripMarks(strings.ToUpper(v.Signer[i].Text))
	for k := range v.Signer {
		if k == i {
			continue
		}
		other := stripMarks(strings.ToUpper(v.Signer[k].Text))
		if m := signerPrefix(strings.ToUpper(v.Signer[k].Text)); m != nil && len(m[0]) <= len(v.Signer[k].Text) {
			other = stripMarks(strings.ToUpper(strings.TrimSpace(v.Signer[k].Text[len(m[0]):])))
		}
		if other != "" && strings.Contains(bare, other) {
			return true
		}
	}
	return false
}
