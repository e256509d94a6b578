package newsparse_test

import (
	"errors"
	"fmt"

	"github.com/newsparse/newsparse"
)

// A scraper's plain-text dump, furniture and all, read into typed fields.
func ExampleParseText() {
	dump := `World

Harbour town counts the cost after storm surge

Hundreds of homes were flooded overnight as the sea wall gave way

By Jane Doe

Residents of Portlow woke to find the lower town under a metre of water on Tuesday, after the storm surge overtopped the sea wall.

Boats lie stranded on the quayside on Tuesday morning


Jane Doe / Reuters)

The council said 214 properties had been evacuated and that repairs would take weeks.

Continue reading`
	a, err := newsparse.ParseText(dump)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("headline:", a.Headline)
	fmt.Println("standfirst:", a.Standfirst)
	fmt.Println("byline:", a.Byline)
	for _, p := range a.Paragraphs {
		fmt.Printf("%s: %.40s...\n", p.Kind, p.Text)
	}
	for _, img := range a.Images {
		fmt.Printf("image after %d: %q, credit %q, agencies %v\n", img.After, img.Caption, img.Credit.Text, img.Credit.Agencies)
	}
	for _, r := range a.Removed {
		fmt.Printf("removed (%s): %s\n", r.Reason, r.Text)
	}
	for _, f := range a.Figures {
		fmt.Printf("figure in %s %d: %q = %v %s, subject %q, source %q\n", f.Where, f.Index, f.Text, f.Value, f.Kind, f.Subject, f.Source)
	}
	// Output:
	// headline: Harbour town counts the cost after storm surge
	// standfirst: Hundreds of homes were flooded overnight as the sea wall gave way
	// byline: [Jane Doe]
	// body: Residents of Portlow woke to find the lo...
	// body: The council said 214 properties had been...
	// image after 1: "Boats lie stranded on the quayside on Tuesday morning", credit "Jane Doe / Reuters", agencies [Reuters]
	// removed (navigation): World
	// removed (boilerplate): Continue reading
	// figure in standfirst 0: "Hundreds" = 100 count, subject "homes", source ""
	// figure in body 1: "214" = 214 count, subject "properties", source "The council"
}

// Options adjust one call; errors are sentinels to test with errors.Is.
func ExampleWithMaxBytes() {
	_, err := newsparse.ParseText("A headline\n\nA body paragraph that is far too long.", newsparse.WithMaxBytes(10))
	fmt.Println(errors.Is(err, newsparse.ErrTooLarge))

	_, err = newsparse.ParseText(" \n\t\n")
	fmt.Println(errors.Is(err, newsparse.ErrEmpty))

	a, err := newsparse.ParseText("Headline here today\n\nBody text of the story goes here, long enough to read as prose.", newsparse.WithURL("https://news.example/story"))
	fmt.Println(a.URL, err)
	// Output:
	// true
	// true
	// https://news.example/story <nil>
}

// Figures cost time; a caller who wants only the text turns them off.
func ExampleWithoutFigures() {
	dump := "Council approves £2m repair plan\n\nThe council approved a £2m plan to repair 40 homes on Tuesday, officials said."
	a, _ := newsparse.ParseText(dump)
	fmt.Println(len(a.Figures))
	a, _ = newsparse.ParseText(dump, newsparse.WithoutFigures())
	fmt.Println(len(a.Figures))
	// Output:
	// 3
	// 0
}

// Text joins the body paragraphs with blank lines, for tools that want plain text.
func ExampleArticle_Text() {
	a, _ := newsparse.ParseText("A quiet day in the village\n\nNothing happened in the village of Sotherby on Monday, residents said.\n\nThe parish council met as usual and adjourned at nine o'clock.")
	fmt.Println(a.Text())
	// Output:
	// Nothing happened in the village of Sotherby on Monday, residents said.
	//
	// The parish council met as usual and adjourned at nine o'clock.
}
