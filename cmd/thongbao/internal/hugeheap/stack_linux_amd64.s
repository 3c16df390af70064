#include "textflag.h"

// func bigFrame()
//
// A frame of 16 MB that is never written: its prologue makes the runtime
// grow the goroutine's stack to 32 MB at once, untouched (see release).
TEXT ·bigFrame(SB), 0, $16777216-0
	RET
