//go:build !unix

package main

import (
	"os"
	"time"
)

// maxRSS is not known here.
func maxRSS(*os.ProcessState) int64 { return 0 }

// systemTime is not known here.
func systemTime() time.Duration { return 0 }
