package newsparse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAppendDistinct(t *testing.T) {
	l := appendDistinct(nil, 3, "a", "b", "a", "c", "d")
	assert.Equal(t, []string{"a", "b", "c"}, l)
	assert.Equal(t, []string{"c", "a", "b"}, prependDistinct(l, 3, "c"), "an entry present moves first")
	assert.Equal(t, []string{"c", "a", "b"}, prependDistinct([]string{"c", "a", "b"}, 3, "z"), "a full list takes no more")
	assert.Equal(t, []string{"z", "a"}, prependDistinct([]string{"a"}, 3, "z"))
}

func TestDedupStringsLong(t *testing.T) {
	var in, want []string
	for i := range 40 {
		n := "Writer " + letterName(i)
		in = append(in, n, strings.ToUpper(n))
		want = append(want, n)
	}
	assert.Equal(t, want, dedupStrings(in))
	assert.Equal(t, foldKey("Kelvin \u212a"), foldKey("kelvin k"), "as strings.EqualFold")
}
