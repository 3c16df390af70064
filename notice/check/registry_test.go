package check_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// TestLargeRegistry: a registry holds every document of an office over the
// years; the limits of a notice (a thousand entries in a list) are not its
// limits.
func TestLargeRegistry(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 1201; i++ {
		fmt.Fprintf(&b, "[[documents]]\nnumber = \"%02d/TB-UBND\"\ndate = \"2024-01-02\"\nissuer = \"UBND huyện Lý Sơn\"\n\n", i)
	}
	p := filepath.Join(t.TempDir(), "so.toml")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := check.LoadRegistry(p); err != nil {
		t.Fatalf("a registry of 1,201 documents: %v", err)
	}
}

// TestRegistryVietnameseColumns: a clerk's register exported from Excel
// names its columns in Vietnamese ("Số, ký hiệu", "Ngày ban hành"), with
// or without diacritics; it is read as one headed type,number,date,...,
// where it was refused for having no "number" column.
func TestRegistryVietnameseColumns(t *testing.T) {
	for _, head := range []string{
		"\ufeffTên loại,\"Số, ký hiệu\",Ngày ban hành,Cơ quan ban hành,Trích yếu",
		"Loại văn bản,Số/ký hiệu,Ngày tháng,Nơi ban hành,Trích yếu nội dung",
		"ten loai,so ky hieu,ngay ban hanh,co quan ban hanh,trich yeu",
		"type,number,date,issuer,subject",
	} {
		p := filepath.Join(t.TempDir(), "so.csv")
		src := head + "\nQuyết định,26/QĐ-UBND,09/01/2023,Chủ tịch UBND huyện,Thành lập Ban Chỉ đạo\n"
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := check.LoadRegistry(p)
		if err != nil {
			t.Errorf("%q: %v", head, err)
			continue
		}
		n, _ := cite.ParseNumber("26/QĐ-UBND")
		got := r.Find(n)
		if len(got) != 1 || got[0].Date != "09/01/2023" || got[0].Issuer != "Chủ tịch UBND huyện" || got[0].Type != "Quyết định" || got[0].Subject != "Thành lập Ban Chỉ đạo" {
			t.Errorf("%q: read as %+v", head, got)
		}
	}
	p := filepath.Join(t.TempDir(), "so.csv")
	if err := os.WriteFile(p, []byte("stt,ghi chú\n1,x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := check.LoadRegistry(p); err == nil || !strings.Contains(err.Error(), "no column of numbers") {
		t.Errorf("a register without a column of numbers: %v", err)
	}
}

// TestBrokenRegistryAdvice: a registry in TOML that does not parse gets
// advice in the registry's own names, not the notice source's.
func TestBrokenRegistryAdvice(t *testing.T) {
	p := filepath.Join(t.TempDir(), "so.toml")
	if err := os.WriteFile(p, []byte("[[documents\nnumber = \"01/TB-UBND\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := check.LoadRegistry(p)
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != "toml-syntax" {
		t.Fatalf("err = %v", err)
	}
	if fix := list[0].Fix.VI; !strings.Contains(fix, "[[documents]]") || strings.Contains(fix, "signer") {
		t.Errorf("advice %q, want the registry's [[documents]]", fix)
	}
}
