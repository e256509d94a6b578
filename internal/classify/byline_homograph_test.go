package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An opener of another language that opens English phrases too ("Door", "Par",
// "Von", "Di") makes a byline only of a whole name after it: a shop's menu entry
// ("Door Hinges & Gate Latches", "Par Three Courses") goes on with a lone word.
func TestParseBylineHomographOpener(t *testing.T) {
	tests := []struct {
		line     string
		want     []string
		explicit bool
	}{
		{"Door Hinges & Gate Latches", nil, false},
		{"Door Hinges", nil, false},
		{"Door Hinges and Door Stops", nil, false},
		{"Par Avion", nil, false},
		{"Von Trapp", nil, false},
		{"Door Anneke van Dijk", []string{"Anneke van Dijk"}, true},
		{"door Anneke van Dijk", []string{"Anneke van Dijk"}, true},
		{"Di Giulia Bianchi", []string{"Giulia Bianchi"}, true},
		{"Von Anna Schmidt", []string{"Anna Schmidt"}, true},
		// "By" makes a lone word a name, as ever.
		{"By Regan", []string{"Regan"}, true},
	}
	for _, tt := range tests {
		names, explicit := ParseByline(tt.line)
		assert.Equal(t, tt.want, names, tt.line)
		assert.Equal(t, tt.explicit, explicit, tt.line)
	}
}
