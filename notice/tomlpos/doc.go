// Package tomlpos decodes TOML into Go structs the way a clerk needs it
// explained: every problem (a syntax error, an unknown key with the key it
// was probably meant to be, a value of the wrong type, a missing field, a
// value over a limit) is a finding with its line and column, in Vietnamese
// and English, and all of them are reported at once.
//
// BurntSushi/toml parses the values (a document written the plain way a
// notice is is read by fastParse instead, into the same tree, and anything
// else is left to the library); a second scan of the same text
// records where each key and value stands, so that fields, and positions
// inside string values, map back to the characters typed. Typed fields
// read and check their own values through Unmarshaler. Limits come from the
// caller: a notice, a configuration file and a registry of thousands of
// documents need different ones.
package tomlpos
