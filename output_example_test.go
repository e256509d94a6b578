package newsparse_test

import (
	"fmt"
	"strings"

	"github.com/newsparse/newsparse"
	"golang.org/x/net/html"
)

// A credit read from an image API's field, outside any page.
func ExampleParseCredit() {
	for _, s := range []string{
		"(Photo: Ana Ruiz/AFP via Getty Images)",
		"AP Photo/Evan Vucci",
		"Photo:",
	} {
		c := newsparse.ParseCredit(s)
		if c == nil {
			fmt.Printf("%q: no credit\n", s)
			continue
		}
		fmt.Printf("%q: %v %v\n", c.Text, c.Photographers, c.Agencies)
	}
	// Output:
	// "Ana Ruiz/AFP via Getty Images": [Ana Ruiz] [AFP Getty Images]
	// "AP Photo/Evan Vucci": [Evan Vucci] [AP]
	// "Photo:": no credit
}

// A page the caller already parsed (with x/net/html, or goquery's Document.Nodes[0])
// is read without serialising it again.
func ExampleParseNode() {
	doc, err := html.Parse(strings.NewReader(`<html lang="en-GB"><head>
<title>Tram line opens | Example Post</title></head><body>
<article><h1>Tram line opens</h1>
<p>The first trams ran on the new eastern line on Sunday, a year later than planned.</p>
<p>The city expects 30,000 passengers a day once the line is complete.</p>
</article></body></html>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := newsparse.ParseNode(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(len(a.Paragraphs), "paragraphs")
	fmt.Println(a.Figures[0].Text, a.Figures[0].Subject)
	// Output:
	// Tram line opens
	// 2 paragraphs
	// 30,000 passengers
}

const exampleResults = `<html lang="en"><head><title>Rowing club wins regatta</title>
<meta property="article:section" content="Sport"></head><body><article>
<h1>Rowing club wins regatta</h1>
<p>Eastbank Rowing Club won the spring regatta on Saturday, <a href="https://regatta.example/results">the organisers said</a>, taking three of the five finals.</p>
<table><tr><th>Crew</th><th>Time</th></tr><tr><td>Eastbank</td><td>6:02.4</td></tr><tr><td>Millford</td><td>6:05.9</td></tr></table>
</article></body></html>`

// The article as Markdown, with its link and its table.
func ExampleArticle_Markdown() {
	a, err := newsparse.ParseHTML(strings.NewReader(exampleResults))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Language, a.Section)
	fmt.Print(a.Markdown())
	// Output:
	// en Sport
	// # Rowing club wins regatta
	//
	// Eastbank Rowing Club won the spring regatta on Saturday, [the organisers said](https://regatta.example/results), taking three of the five finals.
	//
	// | Crew | Time |
	// | --- | --- |
	// | Eastbank | 6:02.4 |
	// | Millford | 6:05.9 |
}

// The article as an HTML fragment in a fixed set of tags, safe to embed.
func ExampleArticle_HTML() {
	a, err := newsparse.ParseHTML(strings.NewReader(exampleResults))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(a.HTML())
	// Output:
	// <article>
	// <h1>Rowing club wins regatta</h1>
	// <p>Eastbank Rowing Club won the spring regatta on Saturday, <a href="https://regatta.example/results">the organisers said</a>, taking three of the five finals.</p>
	// <table>
	// <thead>
	// <tr><th>Crew</th><th>Time</th></tr>
	// </thead>
	// <tbody>
	// <tr><td>Eastbank</td><td>6:02.4</td></tr>
	// <tr><td>Millford</td><td>6:05.9</td></tr>
	// </tbody>
	// </table>
	// </article>
}

// A dump from "lynx -dump": the "[n]" marks in the text and the References list at
// the end become the paragraphs' links, and the list leaves the text.
func ExampleParseText_numberedLinks() {
	a, err := newsparse.ParseText(`Harbour bridge to close for repairs

The harbour bridge will close for six weeks from May, the port authority said, after an [1]inspection report, published on Monday, found corrosion in two of its piers.

Ferries will run every ten minutes while it is shut, and the authority has published a [2]timetable of the extra services for commuters.

References

   1. https://port.example/reports/bridge-2024.pdf
   2. https://port.example/ferries
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range a.Paragraphs {
		for _, l := range p.Links {
			fmt.Printf("%q -> %s\n", l.Text, l.URL)
		}
	}
	fmt.Println(strings.Contains(a.Text(), "References"))
	// Output:
	// "inspection report" -> https://port.example/reports/bridge-2024.pdf
	// "timetable of the extra services for commuters" -> https://port.example/ferries
	// false
}

// PageType tells an index of teasers from an article, so that a crawl can keep the
// articles alone.
func ExampleArticle_pageType() {
	var page strings.Builder
	page.WriteString(`<html><head><title>Business | Example Post</title></head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav><h1>Business</h1>`)
	for i, h := range []string{"Central bank holds rates", "Port workers agree pay deal",
		"Bakery chain to open 40 shops", "Airline adds winter routes", "Steel plant saved", "Grocer's profits fall"} {
		fmt.Fprintf(&page, `<div class="card"><h3><a href="/business/story-%d">%s</a></h3>
<p class="excerpt">Story %d of the day's business news, in brief.</p></div>`, i, h, i)
	}
	page.WriteString(`</body></html>`)
	a, err := newsparse.ParseHTML(strings.NewReader(page.String()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.PageType)
	// Output:
	// listing
}
