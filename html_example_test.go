package newsparse_test

import (
	"fmt"
	"strings"

	"github.com/newsparse/newsparse"
)

func ExampleParseHTML() {
	page := `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Harbour bridge reopens | The Daily Example</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"Person","@id":"#mara","name":"Mara Olsen"},
 {"@type":"NewsArticle","headline":"Harbour bridge reopens","author":{"@id":"#mara"},
  "datePublished":"2024-03-05T07:30:00+01:00"}]}
</script>
</head><body>
<nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article>
<h1>Harbour bridge reopens</h1>
<div class="article-body">
<p>The bridge reopened to traffic on Tuesday, two years after engineers found corroded cables.</p>
<figure><img src="/img/bridge.jpg" alt="The bridge at dawn">
<figcaption>The first cars cross at dawn. (Photo: Ana Ruiz/AFP)</figcaption></figure>
<div class="related-links"><a href="/a">Ferry fares to rise</a></div>
<p>The repair cost 84 million euros, a third more than planned.</p>
</div>
</article>
</body></html>`
	a, err := newsparse.ParseHTML(strings.NewReader(page), newsparse.WithURL("https://news.example.com/bridge"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Byline, a.Published.Format("2006-01-02 15:04 -0700"))
	for _, p := range a.Paragraphs {
		fmt.Printf("%s: %s\n", p.Kind, p.Text)
	}
	for _, im := range a.Images {
		fmt.Printf("image after %d: %q credit %q %v %v\n", im.After, im.Caption, im.Credit.Text, im.Credit.Photographers, im.Credit.Agencies)
		fmt.Println(im.URL)
	}
	for _, r := range a.Removed {
		fmt.Printf("removed (%s): %s\n", r.Reason, r.Text)
	}
	// Output:
	// Harbour bridge reopens
	// [Mara Olsen] 2024-03-05 07:30 +0100
	// body: The bridge reopened to traffic on Tuesday, two years after engineers found corroded cables.
	// body: The repair cost 84 million euros, a third more than planned.
	// image after 1: "The first cars cross at dawn." credit "Ana Ruiz/AFP" [Ana Ruiz] [AFP]
	// https://news.example.com/img/bridge.jpg
	// removed (related): Ferry fares to rise
}

func ExampleParse() {
	// Parse reads HTML and plain-text dumps alike.
	inputs := []string{
		"<html><body><h1>Snow closes schools</h1><p>All schools in the district will stay closed on Friday after heavy overnight snow, the council said.</p></body></html>",
		"Snow closes schools\n\nAll schools in the district will stay closed on Friday after heavy overnight snow, the council said.\n",
	}
	for _, in := range inputs {
		a, err := newsparse.Parse(strings.NewReader(in))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s | %s\n", a.Headline, a.Text())
	}
	// Output:
	// Snow closes schools | All schools in the district will stay closed on Friday after heavy overnight snow, the council said.
	// Snow closes schools | All schools in the district will stay closed on Friday after heavy overnight snow, the council said.
}
