package batch

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	numberLine  = lazyre.New(`(?m)^number = ".*"$`)
	draftDate   = lazyre.New(`(?m)^date = "(\d{4})-(\d{2})"$`)
	subjectLine = lazyre.New(`(?m)^subject = "(.*)"$`)
	shortLine   = lazyre.New(`(?m)^short = "(.*)"$`)
)

// Synthesize writes a synthetic archive of n notices into out, made from
// the seed sources in seedDir (see vary). Benchmarks and tests use it.
func Synthesize(n int, out, seedDir string) error {
	paths, err := filepath.Glob(filepath.Join(seedDir, "*.toml"))
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("no seeds in %s", seedDir)
	}
	var seeds []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		seeds = append(seeds, string(b))
	}
	for i := range n {
		src, year, month := vary(seeds, i)
		dir := filepath.Join(out, year, month)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		name := filepath.Join(dir, fmt.Sprintf("tb-%05d.toml", i+1))
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// vary makes notice i from seed i mod len(seeds): its own number (unique
// in the archive), issued on the 28th of the seed's month, a distinct
// subject, and a citation of the notice made from the same seed before it
// (same issuer, same date), which the batch checks against the archive.
func vary(seeds []string, i int) (src, year, month string) {
	seed := seeds[i%len(seeds)]
	m := draftDate().FindStringSubmatch(seed)
	year, month = "2024", "01"
	if m != nil {
		year, month = m[1], m[2]
	}
	s := numberLine().ReplaceAllLiteralString(seed, fmt.Sprintf(`number = "%02d/TB-UBND"`, i+1))
	s = draftDate().ReplaceAllString(s, "date = ${1}-${2}-28")
	s = subjectLine().ReplaceAllString(s, fmt.Sprintf(`subject = "$1 (đợt %d)"`, i+1))
	if prev := i - len(seeds); prev >= 0 && strings.Contains(s, "[closing]") {
		issuer := "UBND"
		if sm := shortLine().FindStringSubmatch(s); sm != nil {
			issuer = sm[1]
		}
		cite := fmt.Sprintf("Thông báo số %02d/TB-UBND ngày 28/%s/%s của %s", prev+1, monthText(month), year, issuer)
		s = strings.Replace(s, "[closing]", "[[sections]]\ntitle = \"Việc thực hiện kết luận trước\"\nparagraphs = [\"Tiếp tục thực hiện "+cite+".\"]\n\n[closing]", 1)
	}
	return s, year, month
}

func monthText(m string) string {
	if m == "01" || m == "02" {
		return m
	}
	return strings.TrimPrefix(m, "0")
}
