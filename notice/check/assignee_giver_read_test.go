package check

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// giverFirstAsIndexed is firstGiverVerbs as it was: strings.Index of
// each verb in the window.
func giverFirstAsIndexed(window string) [len(giverVerbs)]int {
	var first [len(giverVerbs)]int
	for j, v := range giverVerbs {
		first[j] = strings.Index(window, v)
	}
	return first
}

// TestGiverVerbsAsIndexed holds firstGiverVerbs to strings.Index of each
// verb: on every line of testdata's texts holding a space, and each of
// their words' tails, and on 30,000 made lines of the verbs' words and
// their look-alikes ("giao thông", "yêu", "đề xuất", "đ" alone, a word
// glued to a verb, a line ending in a verb's first letter).
func TestGiverVerbsAsIndexed(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := firstGiverVerbs(s), giverFirstAsIndexed(s); got != want {
			t.Fatalf("firstGiverVerbs(%q) = %v, strings.Index gives %v", s, got, want)
		}
	}
	var paths []string
	for _, ext := range []string{"txt", "md", "toml"} {
		for _, pat := range []string{"../../testdata/*/*.", "../../testdata/*/*/*.", "../../testdata/*."} {
			ps, _ := filepath.Glob(pat + ext)
			paths = append(paths, ps...)
		}
	}
	found := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(src), "\n") {
			check(l)
			if firstGiverVerbs(l) != [len(giverVerbs)]int{-1, -1, -1, -1, -1, -1} {
				found++
				for i := range len(l) {
					if l[i] == ' ' {
						check(l[i+1:])
						check(l[:i+1])
					}
				}
			}
		}
	}
	if found < 500 {
		t.Fatalf("only %d lines of testdata hold a giver's verb (%d files)", found, len(paths))
	}
	slots := [][]string{
		{"Chủ tịch UBND phường", "Sở", "", " ", "g", "đ"},
		{" ", "  ", "", "\t", " g", " đ", " y"},
		{"giao", "giao thông", "giao nhiệm vụ", "giao trách", "yêu cầu", "yêu", "đề nghị", "đề xuất", "đ", "đề"},
		{" ", "", "  ", "\n"},
		{"cho", "nhiệm vụ cho", "trách nhiệm cho", "Phòng", "cầu", "nghị", "giao"},
		{" ", "", " "},
		{"Phòng Kinh tế", "giao cho", "yêu cầu", "đề nghị", "", "các tổ"},
		{" ", "", " giao ", " đề nghị "},
	}
	r := rand.New(rand.NewPCG(93, 14))
	matched := 0
	for range 30000 {
		s := madeLine(r, slots, 12)
		check(s)
		for _, i := range firstGiverVerbs(s) {
			if i >= 0 {
				matched++
				break
			}
		}
	}
	if matched < 10000 {
		t.Errorf("only %d made lines hold a verb: too few to tell", matched)
	}
}

func BenchmarkGiverEnd(b *testing.B) {
	heads := []string{
		"Chủ tịch UBND phường giao Phòng Kinh tế chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện",
		"Ủy ban nhân dân phường giao nhiệm vụ cho Trạm Y tế phường phối hợp với Công an phường kiểm tra",
		"Phòng Kinh tế bàn giao Trường Mầm non Hoa Sen các hạng mục công trình giao thông đã hoàn thành",
		"Tiếp tục rà soát, cập nhật danh sách các hộ gia đình trên địa bàn, báo cáo kết quả trước ngày 15/12",
	}
	for i := 0; b.Loop(); i++ {
		GiverEnd(heads[i%len(heads)])
	}
}
