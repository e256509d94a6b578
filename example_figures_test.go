package newsparse_test

import (
	"fmt"

	"github.com/newsparse/newsparse"
)

func ExampleExtractFigures() {
	text := "According to police, more than 6,000 people were arrested and £45m of damage was done."
	for _, f := range newsparse.ExtractFigures(text) {
		fmt.Printf("%q %v %s %s %q subject=%q verb=%q source=%q\n",
			f.Text, f.Value, f.Bound, f.Kind, f.Unit, f.Subject, f.Verb, f.Source)
	}
	// Output:
	// "more than 6,000" 6000 more_than count "" subject="people" verb="arrested" source="police"
	// "£45m" 4.5e+07 exact money "GBP" subject="damage" verb="done" source="police"
}
