package main

import (
	"encoding/binary"
	"syscall"
	"time"
)

// fileStamp returns what a regular file's metadata says of its content
// (device, inode, size, modification and change times, to the
// nanosecond), and whether the file is settled: neither time within
// settleTime of now. ok is false for what is no regular file or cannot be
// looked at.
func fileStamp(path string, now time.Time) (stamp []byte, settled, ok bool) {
	var st syscall.Stat_t
	if err := syscall.Stat(path, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, false, false
	}
	mSec, mNsec := st.Mtim.Unix()
	cSec, cNsec := st.Ctim.Unix()
	b := make([]byte, 0, 7*8)
	for _, v := range [...]uint64{uint64(st.Dev), uint64(st.Ino), uint64(st.Size), uint64(mSec), uint64(mNsec), uint64(cSec), uint64(cNsec)} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	newest := time.Unix(max(mSec, cSec), 0).Add(time.Second) // the second's end: times may be rounded down
	return b, now.Sub(newest) > settleTime, true
}
