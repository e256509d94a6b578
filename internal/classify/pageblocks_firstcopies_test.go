package classify

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFirstCopies holds firstCopies.add to its contract: the position of the first
// text added equal to the one asked about, -1 for a new text, which is added. Texts
// come in runs of repeats, with empty and long ones, filling the table up to the half
// it is sized for, so that slots collide and probes wrap past the table's end.
func TestFirstCopies(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		want  []int
	}{
		{"none", nil, nil},
		{"all new", []string{"a", "b", "c"}, []int{-1, -1, -1}},
		{"repeats", []string{"Home", "News", "Home", "", "News", "", "Home"}, []int{-1, -1, 0, -1, 1, 3, 0}},
		{"case differs", []string{"Share", "share", "SHARE", "share"}, []int{-1, -1, -1, 1}},
	}
	for _, tc := range cases {
		texts := tc.texts
		fc := newFirstCopies(len(texts))
		got := make([]int, 0, len(texts))
		for i, s := range texts {
			got = append(got, fc.add(s, i, func(j int) string { return texts[j] }))
		}
		if tc.want == nil {
			tc.want = []int{}
		}
		require.Equal(t, tc.want, got, tc.name)
	}
	rng := rand.New(rand.NewSource(7))
	for range 200 {
		n := rng.Intn(300)
		texts := make([]string, n)
		for i := range texts {
			texts[i] = strings.Repeat("ab", rng.Intn(40)) + string(rune('a'+rng.Intn(8)))
		}
		fc := newFirstCopies(n)
		for i, s := range texts {
			want := -1
			for j := 0; j < i; j++ {
				if texts[j] == s {
					want = j
					break
				}
			}
			require.Equal(t, want, fc.add(s, i, func(j int) string { return texts[j] }), "%q at %d", s, i)
		}
	}
}
