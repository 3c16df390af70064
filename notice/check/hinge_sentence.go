package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// openingChair is the chair named by a hinge written as the last sentence
// of the opening paragraph rather than as a paragraph of its own
// ("Ngày 02/12/2026, Giám đốc Sở chủ trì cuộc họp .... Sau khi nghe báo
// cáo ..., Giám đốc Sở kết luận như sau:"): the sentence opens with "Sau
// khi nghe" and the paragraph ends with the colon that leads into the
// conclusions. nil when the body has a hinge paragraph or no such
// sentence.
func openingChair(v *View) *Person {
	for _, s := range v.Body {
		if s.Role == RoleHinge {
			return nil
		}
	}
	for _, s := range v.Body {
		if s.Role != RoleOpening {
			continue
		}
		at := strings.LastIndex(s.Text, ". Sau khi nghe ")
		if at < 0 || !strings.HasSuffix(strings.TrimSpace(s.Text), ":") {
			return nil
		}
		return chairIn(s, at+2)
	}
	return nil
}

// chairTitleRank reports a trích yếu that names the chair's post only
// with "Phó" before it when the body's chair holds the post itself ("Kết
// luận của Phó Giám đốc Sở" over "..., Giám đốc Sở kết luận như sau:"): the
// post is found in the trích yếu, so titleIn is content, but the rank is
// another's, the names written out or short on either side. The other way ("Phó" in the body only) titleIn already
// tells.
func chairTitleRank(p *Pass, sub *Seg, title string) {
	core := cite.Fold(coreTitle(title))
	core = strings.TrimSpace(strings.TrimPrefix(core, "đồng chí "))
	if core == "" || strings.HasPrefix(core, "phó ") {
		return
	}
	if !deputyOnly(cite.Fold(sub.Text), core) && !deputyOnly(normal(sub.Text), strings.TrimSpace(normal(core))) {
		return // the second: "Phó Chủ tịch Ủy ban nhân dân phường" over "Chủ tịch UBND phường"
	}
	post := coreTitle(title)
	if w := strings.Fields(post); len(w) > 2 && cite.Fold(w[0]+" "+w[1]) == "đồng chí" {
		post = strings.Join(w[2:], " ")
	}
	p.Report(sub, 0, diag.Msg("trích yếu ghi người chủ trì là Phó %s, phần nội dung ghi %q", "the trích yếu gives the chair as Phó %s, the body as %q", post, post),
		diag.Msg("sửa chức vụ trong trích yếu cho khớp với phần nội dung", "make the title in the trích yếu match the body"))
}

// deputyOnly is onlyDeputyOf of the post and of its first two words, the
// post without its body: "Kết luận của Chủ tịch và Phó Chủ tịch Ủy ban
// nhân dân tỉnh" names the post itself, its body said once for both.
func deputyOnly(s, core string) bool {
	if !onlyDeputyOf(s, core) {
		return false
	}
	w := strings.Fields(core)
	return len(w) < 3 || onlyDeputyOf(s, w[0]+" "+w[1]+" ")
}

// onlyDeputyOf reports whether s, folded, names the post core and each
// time with "phó " before it: a trích yếu that names the post itself
// anywhere ("cuộc họp giữa Phó Giám đốc Sở Tài chính và Giám đốc Sở")
// names the chair too (rv78b).
func onlyDeputyOf(s, core string) bool {
	found := false
	for at := 0; ; {
		i := strings.Index(s[at:], core)
		if i < 0 {
			return found
		}
		if !strings.HasSuffix(s[:at+i], "phó ") {
			return false
		}
		found, at = true, at+i+len(core)
	}
}
