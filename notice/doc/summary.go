package doc

import "encoding/binary"

// The page count Word saved ([MS-OLEPS] 2.21 PropertySetStream, 2.20
// PropertySet; [MS-OSHARED] 2.3.3.2.1 PIDSI_PAGECOUNT): the stream
// "\x05SummaryInformation" holds a property set whose property 14 is the
// number of pages when the file was last saved. 0 when it is not said.

const (
	summaryStream = "\x05SummaryInformation"
	pidPageCount  = 14
	vtI4          = 3
)

// pageCount reads the page count from the summary information stream s.
func pageCount(s []byte) int {
	le := binary.LittleEndian
	if len(s) < 48 || le.Uint16(s) != 0xFFFE || le.Uint32(s[24:]) < 1 {
		return 0
	}
	off := uint64(le.Uint32(s[44:])) // the first property set's offset
	if off+8 > uint64(len(s)) {
		return 0
	}
	set := s[off:]
	n := uint64(le.Uint32(set[4:]))
	if 8+8*n > uint64(len(set)) {
		return 0
	}
	for k := range n {
		id, at := le.Uint32(set[8+8*k:]), uint64(le.Uint32(set[12+8*k:]))
		if id != pidPageCount || at+8 > uint64(len(set)) {
			continue
		}
		if le.Uint16(set[at:]) == vtI4 {
			if v := int32(le.Uint32(set[at+4:])); v > 0 {
				return int(v)
			}
		}
	}
	return 0
}
