package block

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReasonWords gives every reason a word of its own, and NoReason and a value
// past the list the words the root's conversion relies on.
func TestReasonWords(t *testing.T) {
	seen := map[string]Reason{}
	for _, r := range Reasons() {
		w := r.String()
		assert.NotEmpty(t, w, "reason %d", r)
		_, dup := seen[w]
		assert.False(t, dup, "word %q given twice", w)
		seen[w] = r
	}
	tests := []struct {
		r    Reason
		want string
	}{
		{NoReason, ""},
		{ReasonBoilerplate, "boilerplate"},
		{ReasonBio, "bio"},
		{numReasons, "unknown"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.r.String())
	}
}
