package tasks

import (
	"testing"
)

func TestOwnerMatches(t *testing.T) {
	tests := []struct {
		owner, asked string
		want         bool
	}{
		{"Sở Thông tin và Truyền thông", "Sở TT&TT", true},
		{"Sở Thông tin và Truyền thông", "sở thông tin và truyền thông", true},
		{"Phòng Văn hóa và Thông tin", "VHTT", true},
		{"VHTT", "Phòng Văn hóa và Thông tin", true},
		{"Trung tâm Truyền thông – Văn hóa – Thể thao", "Trung tâm Truyền thông - Văn hóa - Thể thao", true},
		{"UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện", true},
		{"Các sở, ban, ngành, đơn vị thuộc tỉnh", "Sở Tài chính", true},           // a group that takes it in
		{"Thủ trưởng các phòng, ban, đơn vị", "Sở Tài chính", false},              // a district's units, not a Sở
		{"Thủ trưởng các phòng, ban, đơn vị", "Phòng Tài chính - Kế hoạch", true}, // the kind it names
		{"Huyện đoàn", "Phòng Văn hóa và Thông tin", false},
		{"Sở Tài chính", "Sở Nội vụ", false},
		{"", "Sở Tài chính", false},
	}
	for _, tt := range tests {
		if got := OwnerMatches(tt.owner, tt.asked); got != tt.want {
			t.Errorf("OwnerMatches(%q, %q) = %v, want %v", tt.owner, tt.asked, got, tt.want)
		}
	}
}

func TestSelect(t *testing.T) {
	r := Build([]Entry{entryOf(t, "004.toml")})
	count := func(q Query) int { return len(r.Select(q)) }
	today := date("2024-10-25")
	if n := count(Query{Today: today, DueWithin: 14, Overdue: true}); n != 5 {
		t.Errorf("%d overdue on %s, want 5 (the three of 1.h and both of 2.g, due 20/10/2024)", n, iso(today))
	}
	// Sở TT&TT's own 2.g (its lead, not also as one of "các sở, ban,
	// ngành, địa phương" who support it), and 1.h, which it must do as
	// one of "Các sở, ban, ngành, đơn vị thuộc tỉnh".
	got := r.Select(Query{Today: today, Overdue: true, Owner: "Sở TT&TT"})
	if len(got) != 2 || got[0].Owner != "Các sở, ban, ngành, đơn vị thuộc tỉnh" || got[1].Owner != "Sở Thông tin và Truyền thông" {
		t.Errorf("overdue for Sở TT&TT: %+v", got)
	}
	// Công an tỉnh is named in 1.h: its own line, once.
	if got := r.Select(Query{Today: today, Overdue: true, Owner: "Công an tỉnh"}); len(got) != 1 || got[0].Owner != "Công an tỉnh" {
		t.Errorf("overdue for Công an tỉnh: %+v", got)
	}
	// November 2024: 2.d (30/11) and the monthly report of 2.a (20/11),
	// each with its lead and its support.
	if n := count(Query{Today: today, From: date("2024-11-01"), To: date("2024-11-30")}); n != 4 {
		t.Errorf("%d due in November 2024, want 4", n)
	}
	for _, x := range r.Select(Query{Today: today, DueWithin: 14}) {
		want := StatusOf(x.Due, today, 14)
		if x.Status != want {
			t.Errorf("%q: status %s, want %s", x.Short, x.Status.ID(), want.ID())
		}
		if x.Due.Kind == DueRecurring && x.Next.Compare(today) < 0 {
			t.Errorf("%q: next time %s is before today", x.Short, iso(x.Next))
		}
	}
}

func entryOf(t testing.TB, name string) Entry {
	t.Helper()
	tasks := readSeed(t, name)
	return Entry{Notice: tasks[0].Notice, Tasks: tasks}
}
