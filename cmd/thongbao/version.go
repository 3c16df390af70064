package main

import (
	"runtime/debug"
	"strings"
	"time"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/pdf"
)

// devVersion is the version of a build that says nothing else.
const devVersion = "0.0.0-dev"

// buildVersion is the version a build stamps in with
// -ldflags "-X main.buildVersion=1.2.3" (make build does, from a git tag
// vN.N.N when there is one).
var buildVersion = devVersion

// version is the tool's version as --version, the SARIF report and the
// batch manifest give it, always starting with a number as SARIF readers
// want: the one stamped in at build time, else the module version when the
// binary was built by "go install module@version" (without its "v"), else
// 0.0.0-dev.
func version() string {
	if buildVersion != devVersion {
		return strings.TrimPrefix(buildVersion, "v")
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return strings.TrimPrefix(bi.Main.Version, "v")
	}
	return devVersion
}

// pdfDate is the date a PDF of this run carries: --today when it is given
// (the run's "today"), else date (SOURCE_DATE_EPOCH, or zero: the notice's
// own date). The clock is never read.
func pdfDate(todayFlag string, today cite.Date, date time.Time) time.Time {
	if todayFlag == "" {
		return date
	}
	return time.Date(today.Year, time.Month(today.Month), today.Day, 0, 0, 0, 0, time.UTC)
}

// setProducer names this version of the program as the PDFs' producer.
func setProducer() {
	pdf.Producer = "thongbao " + version()
}
