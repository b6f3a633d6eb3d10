// Package cameo is parley's table of CAMEO event codes: name, Goldstein
// score, QuadClass and the PLOVER event type, mode and context of each code.
// The table is generated from the codebook facts by internal/tools/gencameo.
package cameo

import "sort"

// PLOVER is the PLOVER reading of a CAMEO code. Type is empty for codes
// PLOVER drops (public statements).
type PLOVER struct {
	Type    string `json:"type"`
	Mode    string `json:"mode,omitempty"`
	Context string `json:"context,omitempty"`
}

// Code is one CAMEO event code with its codebook facts.
type Code struct {
	Code      string
	Name      string
	Goldstein float64
	// Quad is the QuadClass: 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	Quad   int
	PLOVER PLOVER
}

// Root returns the two-digit root of the code ("0256" -> "02").
func (c Code) Root() string { return c.Code[:2] }

// Lookup returns the codebook entry of a code such as "036" or "0256".
func Lookup(code string) (Code, bool) {
	i := sort.Search(len(codes), func(i int) bool { return codes[i].Code >= code })
	if i < len(codes) && codes[i].Code == code {
		return codes[i], true
	}
	return Code{}, false
}

// All returns every code in code order. The slice must not be modified.
func All() []Code { return codes }
