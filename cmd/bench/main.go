// Command bench measures thongbao the way users run it, as separate
// processes: it writes a synthetic archive of N notices made from the
// seeds, checks it, batch-renders it to PDF and Markdown, reruns the batch
// (everything skipped), and renders seed 004 as a fresh process several
// times. It prints each figure beside its target. `make bench` runs it.
//
//	go run ./cmd/bench -bin bin/thongbao -n 2000 -j 2
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/thongbao/thongbao/notice/batch"
)

// result is one timed run of the binary.
type result struct {
	wall   time.Duration
	cpu    time.Duration // user + system time of the process
	sys    time.Duration // the system's part of cpu
	maxRSS int64         // kilobytes
}

func main() {
	bin := flag.String("bin", "bin/thongbao", "the thongbao binary")
	n := flag.Int("n", 2000, "number of notices in the archive")
	jobs := flag.Int("j", 2, "batch workers")
	seeds := flag.String("seeds", "testdata/seeds", "directory of seed .toml files")
	keep := flag.String("dir", "", "work directory (default: a temporary one, removed)")
	flag.Parse()
	if err := bench(*bin, *seeds, *keep, *n, *jobs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
}

func bench(bin, seeds, dir string, n, jobs int) error {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "thongbao-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	src, out := filepath.Join(dir, "src"), filepath.Join(dir, "out")
	if err := batch.Synthesize(n, src, seeds); err != nil {
		return fmt.Errorf("write archive: %w", err)
	}
	fmt.Printf("archive: %d notices from %s, -j %d\n\n", n, seeds, jobs)
	// check trusts a file's stamp (its metadata) for its content only
	// once the file has been left alone for two seconds: an archive
	// written a moment ago would have its first files read and hashed
	// again by the warm run, which no archive checked twice meets.
	time.Sleep(3 * time.Second)
	cores = jobs
	fmt.Printf("%-46s %10s %10s %10s %12s %12s %12s %10s   %s\n", "run", "time", "CPU", "of it sys", "CPU/notice", "rate", "CPU rate", "peak RSS", "target")
	// check keeps its results in a cache: the first run is cold, the
	// second answers from the cache. Both use a cache of their own.
	os.Setenv("THONGBAO_CACHE_DIR", filepath.Join(dir, "cache"))
	os.Setenv("THONGBAO_CACHE", "")
	chk, err := run(bin, "check", "--fail-on", "never", src)
	if err != nil {
		return err
	}
	report("check, cold", chk, n, "1500 notices/s on 2 cores")
	warm, err := run(bin, "check", "--fail-on", "never", src)
	if err != nil {
		return err
	}
	report("check, warm (cached)", warm, n, "20000 notices/s")
	words, k, err := wordArchive(filepath.Dir(seeds), filepath.Join(dir, "word"), 50)
	if err != nil {
		return err
	}
	wc, err := run(bin, "check", "--no-cache", "--fail-on", "never", words)
	if err != nil {
		return err
	}
	report("check of .docx (real files, cold)", wc, k, "a few ms per file")
	each, err := wordEach(bin, filepath.Dir(seeds), filepath.Join(dir, "word1"))
	if err != nil {
		return err
	}
	var dr, tr []result
	for _, f := range each {
		dr, tr = append(dr, f.docx...), append(tr, f.text...)
	}
	report("check of one .docx (median)", median(dr), 1, "a few ms, <= its text")
	report("check of its text listing (median)", median(tr), 1, "")
	for _, f := range each {
		report("  "+f.name, median(f.docx), 1, "")
		report("  "+f.name+" as text", median(f.text), 1, fmt.Sprintf("%d lines", f.lines))
	}
	perFile, waited, err := quiet(dir)
	if err != nil {
		return err
	}
	fmt.Printf("%-46s %10s %10s %10.0f µs   %s\n", "making an empty file (system time, a file)", waited.Round(time.Second), "", float64(perFile)/float64(time.Microsecond), "the kernel's part of each of the batch's 2 files a notice")
	args := []string{"batch", "-q", "-j", fmt.Sprint(jobs), "--format", "all", "-o", out, src}
	full, err := run(bin, args...)
	if err != nil {
		return err
	}
	report("batch pdf+md", full, n, "500 notices/s, CPU <= 4 ms/notice, < 150 MB")
	after, err := probe(filepath.Join(dir, "probe-after"))
	if err != nil {
		return err
	}
	fmt.Printf("%-46s %10s %10s %10.0f µs\n", "making an empty file after the batch", "", "", float64(after)/float64(time.Microsecond))
	if max(perFile, after) > quietFile {
		fmt.Printf("  the file system was not quiet (over %.0f µs a file): the batch's system time holds its backlog of deletions; its user time is %.2f ms a notice\n",
			float64(quietFile)/float64(time.Microsecond), float64(full.cpu-full.sys)/float64(time.Millisecond)/float64(n))
	}
	again, err := run(bin, args...)
	if err != nil {
		return err
	}
	report("batch rerun (all skipped)", again, n, "")
	r004, err := fresh(bin, filepath.Join(seeds, "004.toml"), filepath.Join(dir, "004.pdf"))
	if err != nil {
		return err
	}
	report("render 004 (fresh process, median)", r004, 0, "CPU <= 25 ms")
	return nil
}

// wordArchive copies the real Word files of testdata/real copies times
// into dir and returns it with the number of files.
func wordArchive(testdata, dir string, copies int) (string, int, error) {
	files, _ := filepath.Glob(filepath.Join(testdata, "real", "*.docx"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", 0, err
	}
	k := 0
	for i := range copies {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return "", 0, err
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d-%s", i, filepath.Base(f))), b, 0o644); err != nil {
				return "", 0, err
			}
			k++
		}
	}
	return dir, k, nil
}

// wordRuns are the runs of one real Word file and of its listing.
type wordRuns struct {
	name       string
	lines      int // of its listing
	docx, text []result
}

// wordEach checks each real Word file alone as a process, and then its
// listing (what `thongbao text` prints) saved as a .txt: the same notice
// through the text path. Each is run 7 times, the process included.
func wordEach(bin, testdata, dir string) ([]wordRuns, error) {
	files, _ := filepath.Glob(filepath.Join(testdata, "real", "*.docx"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var out []wordRuns
	for _, f := range files {
		var listing bytes.Buffer
		cmd := exec.Command(bin, "text", f)
		cmd.Stdout, cmd.Stderr = &listing, os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("run %s text %s: %w", bin, f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".docx")
		txt := filepath.Join(dir, name+".txt")
		if err := os.WriteFile(txt, listing.Bytes(), 0o644); err != nil {
			return nil, err
		}
		w := wordRuns{name: name, lines: bytes.Count(listing.Bytes(), []byte("\n"))}
		for range 7 {
			for _, in := range []struct {
				path string
				to   *[]result
			}{{f, &w.docx}, {txt, &w.text}} {
				r, err := run(bin, "check", "--no-cache", "--fail-on", "never", "--format", "json", in.path)
				if err != nil {
					return nil, err
				}
				*in.to = append(*in.to, r)
			}
		}
		out = append(out, w)
	}
	return out, nil
}

// median gives the run of median wall time, with the CPU time (and its
// system part) of the run of median CPU time.
func median(runs []result) result {
	runs = slices.Clone(runs)
	slices.SortFunc(runs, func(a, b result) int { return int(a.cpu - b.cpu) })
	cpu, sys := runs[len(runs)/2].cpu, runs[len(runs)/2].sys
	slices.SortFunc(runs, func(a, b result) int { return int(a.wall - b.wall) })
	med := runs[len(runs)/2]
	med.cpu, med.sys = cpu, sys
	return med
}

// fresh renders one notice 21 times as a new process and gives the median
// wall time and, apart, the median CPU time.
func fresh(bin, src, out string) (result, error) {
	var runs []result
	for range 21 {
		r, err := runQuiet(bin, "render", "--today", "2024-10-01", "-o", out, src)
		if err != nil {
			return result{}, err
		}
		runs = append(runs, r)
	}
	return median(runs), nil
}

// run starts the binary, waits for it and measures wall time and peak
// memory. Exit code 1 (findings) is not a failure of the benchmark.
func run(bin string, args ...string) (result, error) {
	return runWith(os.Stderr, bin, args...)
}

// runQuiet is run for a command whose messages would repeat in the report
// (render says which file it wrote): its standard error is shown only
// when it fails.
func runQuiet(bin string, args ...string) (result, error) {
	var msg bytes.Buffer
	r, err := runWith(&msg, bin, args...)
	if err != nil {
		os.Stderr.Write(msg.Bytes())
	}
	return r, err
}

func runWith(stderr io.Writer, bin string, args ...string) (result, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = io.Discard, stderr
	start := time.Now()
	err := cmd.Run()
	r := result{wall: time.Since(start)}
	r.maxRSS = maxRSS(cmd.ProcessState)
	r.sys = cmd.ProcessState.SystemTime()
	r.cpu = cmd.ProcessState.UserTime() + r.sys
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 {
		err = nil
	}
	if err != nil {
		return r, fmt.Errorf("run %s %v: %w", bin, args, err)
	}
	return r, nil
}

// cores is the number of cores the runs may use (-j): the CPU rate is
// the rate a run would have with them to itself.
var cores = 2

// report prints a run. Beside the rate in wall time it gives the CPU
// rate, notices per second of CPU time times cores: on a shared machine
// other jobs slow the wall clock, much less the CPU time.
func report(name string, r result, n int, target string) {
	rate, per, cpuRate := "", "", ""
	if n > 0 {
		rate = fmt.Sprintf("%.0f /s", float64(n)/r.wall.Seconds())
		per = fmt.Sprintf("%.2f ms", float64(r.cpu)/float64(time.Millisecond)/float64(n))
		cpuRate = fmt.Sprintf("%.0f /s", float64(n)*float64(cores)/r.cpu.Seconds())
	}
	fmt.Printf("%-46s %10s %10s %10s %12s %12s %12s %7d MB   %s\n", name, r.wall.Round(time.Millisecond), r.cpu.Round(time.Millisecond), r.sys.Round(time.Millisecond), per, rate, cpuRate, r.maxRSS/1024, target)
}
