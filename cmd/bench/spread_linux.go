package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// topDirFlag is ext2/3/4's "top of a directory hierarchy" attribute
// (FS_TOPDIR_FL, `chattr +T`), which golang.org/x/sys does not name.
const topDirFlag = 0x00020000

// spread marks dir, where the bench makes its archive and outputs, as the
// top of a hierarchy on ext2/3/4: the file system then places each
// directory made in it in a block group of its own choosing among the
// emptiest (the Orlov allocator's spreading), not in dir's group, and the
// files made in those directories go with them. It matters on an ext4
// without a journal (this VM's): there, each file made passes, at a cost,
// every inode of its group freed in the last one to six minutes
// (`recently_deleted`, HISTORY.md s73b), and the group of a temporary
// directory is the one every other process's temporary files are made and
// deleted in. Elsewhere the flag is refused or means nothing, and the
// bench goes on: it says whether it took.
func spread(dir string) bool {
	f, err := os.Open(dir)
	if err != nil {
		return false
	}
	defer f.Close()
	fd := int(f.Fd())
	flags, err := unix.IoctlGetInt(fd, unix.FS_IOC_GETFLAGS)
	if err != nil {
		return false
	}
	return unix.IoctlSetPointerInt(fd, unix.FS_IOC_SETFLAGS, flags|topDirFlag) == nil
}
