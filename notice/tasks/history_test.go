package tasks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/reading"
)

// notice001 is seed 001 issued as number/date, edited by the replacer
// pairs.
func notice001(t *testing.T, number, date string, edits ...string) Entry {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", "001.toml"))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.NewReplacer(`number = "/TB-UBND"`, `number = "`+number+`"`, `date = "2023-02"`, `date = `+date).Replace(string(src))
	s = strings.NewReplacer(edits...).Replace(s)
	path := strings.ReplaceAll(number, "/", "-") + ".toml"
	source, err := reading.Read(path, []byte(s))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	n, tasks := Extract(source)
	return Entry{Notice: n, Tasks: tasks}
}

const (
	moved = `{ text = """Tham mưu UBND huyện xây dựng kế hoạch phát động thi đua Chuyển đổi số trong các cơ quan,
  đơn vị trên địa bàn huyện. Hoàn thành **trong tháng 4/2023**.""", deadline = "2023-04" }`
	citing = "[closing]"
	cite01 = "[[sections]]\ntitle = \"Việc thực hiện kết luận trước\"\nparagraphs = [\"Tiếp tục thực hiện Thông báo số 01/TB-UBND ngày 25/02/2023 của UBND huyện Lý Sơn.\"]\n\n[closing]"
)

// TestHistory: a later notice that cites an earlier one and sets the same
// tasks again continues them (one line each, with the earlier notice in
// its history); the deadline it moves is the task's deadline now. A
// notice that cites nothing starts tasks of its own.
func TestHistory(t *testing.T) {
	first := notice001(t, "01/TB-UBND", "2023-02-25")
	alone := Build([]Entry{first})
	second := notice001(t, "05/TB-UBND", "2023-03-10", citing, cite01,
		`{ text = """Tham mưu UBND huyện xây dựng kế hoạch phát động thi đua Chuyển đổi số trong các cơ quan,
  đơn vị trên địa bàn huyện. Hoàn thành **trong tháng 3/2023**.""", deadline = "2023-03" }`, moved)
	other := notice001(t, "07/TB-UBND", "2023-03-20")
	// Given in any order: the register sorts notices by date.
	r := Build([]Entry{other, second, first})
	if want := len(second.Tasks) + len(other.Tasks); len(r.Tasks) != want {
		t.Fatalf("%d lines, want %d (the first notice's tasks continued by the second)", len(r.Tasks), want)
	}
	var found *Task
	continued := 0
	for i, x := range r.Tasks {
		if len(x.History) > 0 {
			continued++
			if x.History[0].Notice.Number != "01/TB-UBND" || x.Notice.Number != "05/TB-UBND" {
				t.Errorf("%q: history from %s to %s", x.Short, x.History[0].Notice.Number, x.Notice.Number)
			}
		}
		if strings.HasPrefix(x.Short, "Tham mưu UBND huyện xây dựng kế hoạch phát động thi đua") && x.Notice.Number == "05/TB-UBND" {
			found = &r.Tasks[i]
		}
	}
	if continued != len(first.Tasks) {
		t.Errorf("%d tasks continued, want all %d of the first notice", continued, len(first.Tasks))
	}
	if found == nil {
		t.Fatal("the moved task is missing")
	}
	if iso(found.Due.Date) != "2023-04-30" || len(found.History) != 1 || iso(found.History[0].Due.Date) != "2023-03-31" {
		t.Errorf("moved task: due %s, history %+v", iso(found.Due.Date), found.History)
	}
	if h := historyText(*found, 0); h != "31/3/2023 (số 01/TB-UBND ngày 25/02/2023) → 30/4/2023 (số 05/TB-UBND ngày 10/3/2023)" {
		t.Errorf("history reads %q", h)
	}
	// The task keeps the identity the first notice gave it: a calendar
	// that imported the first register updates the same entry.
	for _, x := range alone.Tasks {
		if x.Short == found.Short && x.Owner == found.Owner && x.UID != found.UID {
			t.Errorf("the moved task's UID changed: %s, was %s", found.UID, x.UID)
		}
	}
	// Without the citation, the second notice's tasks are its own.
	uncited := notice001(t, "05/TB-UBND", "2023-03-10", "[closing]", "[closing]", `deadline = "2023-03"`, `deadline = "2023-04"`)
	if r := Build([]Entry{first, uncited}); len(r.Tasks) != len(first.Tasks)+len(uncited.Tasks) {
		t.Errorf("a notice that cites nothing continued tasks: %d lines", len(r.Tasks))
	}
}
