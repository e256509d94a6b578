module github.com/newsparse/newsparse

go 1.26.0

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/saintfish/chardet v0.0.0-20230101081208-5e3ef4b5456d
	github.com/stretchr/testify v1.12.1
	golang.org/x/net v0.62.0
	golang.org/x/text v0.44.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
