package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// ownerHeads are the bodies beyond the administration that a notice can
// give work to; an owner named in a task's own words may be one of them.
var ownerHeads = []string{"nhà đầu tư", "chủ đầu tư", "nhà thầu", "công ty", "tổng công ty", "tập đoàn", "liên danh",
	"bộ", "chi nhánh", "hợp tác xã", "đồng chí", "tổ công tác", "đoàn kiểm tra", "hội đồng"}

// ownerIn reads who a task's own words give it to: "Giao Sở Xây dựng
// chủ trì ...", "Yêu cầu Nhà đầu tư khẩn trương ...", "Sở Tài chính chủ
// trì, phối hợp với ...". It returns nil when the words name no one.
func ownerIn(s Seg) *Seg {
	start := 0
	if s.Marker != "" && strings.HasPrefix(s.Text, s.Marker) {
		start = len(s.Marker)
	}
	for start < len(s.Text) && s.Text[start] == ' ' {
		start++
	}
	head := s.Text[start:]
	explicit := false
	if m := assignPrefix().FindStringIndex(head); m != nil {
		start += m[1]
		head = head[m[1]:]
		explicit = true
	} else if k := GiverEnd(head); k >= 0 && s.Role != RoleBody { // assignee_giver.go
		start += k
		head = head[k:]
		explicit = true
	}
	end := len(head)
	if m := findWorkVerb(head); m != nil { // assign_verb_compound.go
		end = m[0]
	} else if e := ownerEnd(head); e > 0 && !explicit && s.Role == RoleItem { // assignee_owner_end.go
		end = e // "- Phòng Kinh tế hoàn thành việc số hóa hồ sơ, xong trước ngày ...": a point's owner read by what it is, ended by a verb of work (p93)
	} else if !explicit {
		return nil // "Sở X ..." names an owner only when a verb of assignment follows
	}
	if k := strings.IndexAny(head[:end], ":;("); k >= 0 {
		end = k
	}
	name := strings.TrimRight(head[:end], " .,")
	if name == "" || moreFields(name, 14) || !startsWithOrg(name) && !startsWithOwner(name) {
		return nil
	}
	at, off := s.at, start
	return &Seg{Text: name, Role: RoleItem, at: func(k int) diag.Pos { return at(off + k) }}
}

// startsWithOwner reports whether s starts with one of ownerHeads.
func startsWithOwner(s string) bool {
	f := strings.ToLower(s)
	return ownerHeadIndex().starts(f)
}

var ownerHeadIndex = sync.OnceValue(func() headIndex { return indexHeads(ownerHeads) })

// leadOwner reads the owner a paragraph gives the items after it: a
// lead-in that names an owner and ends with ":" ("Sở Tài chính chủ trì,
// phối hợp với các cơ quan liên quan thực hiện các nội dung sau:").
func leadOwner(s Seg) *Seg {
	if !strings.HasSuffix(strings.TrimSpace(s.Text), ":") {
		return nil
	}
	return ownerIn(s)
}
