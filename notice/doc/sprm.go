package doc

import "encoding/binary"

// eachSprm calls fn with each sprm of the list b and its operand, in
// order; false when one cannot be sized or runs past the end (those
// before it were given).
func eachSprm(b []byte, fn func(op uint16, arg []byte)) bool {
	le := binary.LittleEndian
	for len(b) >= 2 {
		op := le.Uint16(b)
		b = b[2:]
		n := operandSize(op, b)
		if n < 0 || n > len(b) {
			return false
		}
		fn(op, b[:n])
		b = b[n:]
	}
	return len(b) == 0
}

// i16 and u16 read an operand of two bytes, 0 when shorter.
func i16(arg []byte) int {
	if len(arg) < 2 {
		return 0
	}
	return int(int16(binary.LittleEndian.Uint16(arg)))
}

func u16(arg []byte) int {
	if len(arg) < 2 {
		return 0
	}
	return int(binary.LittleEndian.Uint16(arg))
}

// u8 reads an operand of one byte, 0 when empty.
func u8(arg []byte) int {
	if len(arg) < 1 {
		return 0
	}
	return int(arg[0])
}
