package tomlpos

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/BurntSushi/toml"
)

// JSON converts a TOML document to JSON as editors do before they check it
// against a JSON Schema (Taplo, Even Better TOML): tables are objects,
// arrays arrays, and dates and times strings as TOML writes them
// ("2024-04-12", "2024-04-12T08:30:00").
func JSON(text string) ([]byte, error) {
	var raw map[string]any
	if _, err := toml.Decode(text, &raw); err != nil {
		return nil, fmt.Errorf("read toml: %w", err)
	}
	return json.Marshal(jsonValue(raw))
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	case []map[string]any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case time.Time:
		switch x.Location().String() {
		case "date-local":
			return x.Format(time.DateOnly)
		case "time-local":
			return x.Format("15:04:05.999999999")
		case "datetime-local":
			return x.Format("2006-01-02T15:04:05.999999999")
		}
		return x.Format(time.RFC3339Nano)
	}
	return v
}
