package config

import (
	"slices"
	"sort"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/tomlpos"
)

// UnknownRules returns a warning for each rule the configuration turns off
// or sets the severity of that is not one of known: a misspelt id leaves
// its rule running and would go unnoticed. It names the known id closest
// to the one written, if one is close.
func (c *Config) UnknownRules(known []string) diag.List {
	var list diag.List
	say := func(key, id string, what diag.Text) {
		pos := diag.Pos{Path: c.Path}
		if c.doc != nil {
			pos = c.doc.KeyPos(key)
		}
		fix := diag.Msg("xem tên các quy tắc bằng lệnh thongbao rules, rồi sửa tên trong tệp cấu hình", "see the rules' names with thongbao rules, and correct the name in the configuration file")
		if near := tomlpos.Suggest(id, known); near != "" {
			fix = diag.Msg("có phải %q? sửa tên trong tệp cấu hình", "did you mean %q? correct the name in the configuration file", near)
		}
		list = append(list, diag.Finding{Pos: pos, Rule: "config", Severity: diag.Warning, Message: what, Fix: fix})
	}
	for _, id := range c.Check.Disable {
		if !slices.Contains(known, id) {
			say("check.disable", id, diag.Msg("không có quy tắc nào tên %q để tắt; các quy tắc vẫn được kiểm tra như thường", "there is no rule %q to turn off; the rules run as usual", id))
		}
	}
	ids := make([]string, 0, len(c.Check.Severity))
	for id := range c.Check.Severity {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if !slices.Contains(known, id) {
			say(tomlpos.JoinKey("check.severity", id), id, diag.Msg("không có quy tắc nào tên %q để đặt mức", "there is no rule %q to set the severity of", id))
		}
	}
	return list
}
