package main

import (
	"runtime/debug"
	"strings"
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
