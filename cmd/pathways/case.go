package main

import (
	"fmt"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui"
)

func cmdCase(a *app, args []string) error {
	rest := args
	if len(rest) == 0 {
		return usagef("case needs a NAME; 'pathways cases' lists them")
	}
	c := a.cat
	cs, err := c.FindCase(strings.Join(rest, " "))
	if err != nil {
		return nameErr(err)
	}
	if a.json {
		return writeJSON(a.env.stdout, caseJSON(c, cs))
	}
	md := caseMarkdown(c, cs)
	if !a.env.stdoutTTY {
		_, err := fmt.Fprint(a.env.stdout, md)
		return err
	}
	theme := a.opts.theme
	if theme == "" {
		theme = "dark"
	}
	if a.env.getenv("NO_COLOR") != "" {
		theme = "no-colour" // plain: no hyperlinks either (md9)
	}
	out, err := ui.RenderMarkdown(md, a.printer().width, theme)
	if err != nil {
		_, err = fmt.Fprint(a.env.stdout, md)
		return err
	}
	_, err = fmt.Fprint(a.out, out)
	return err
}

// caseMarkdown is a case study as one Markdown document: its details, then
// its body. All catalogue text is cleaned first.
func caseMarkdown(c *catalogue.Catalogue, cs *catalogue.Case) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", clean(cs.Title))
	fmt.Fprintf(&b, "- **Organisation:** %s\n", clean(cs.Organisation))
	if al := c.Alliance(cs.Alliance); al != nil {
		fmt.Fprintf(&b, "- **Cancer alliance:** %s\n", clean(al.Name))
	}
	if cs.Region != "" {
		fmt.Fprintf(&b, "- **Region:** %s\n", clean(cs.Region))
	}
	roles := make([]string, 0, len(cs.Roles))
	for _, id := range cs.Roles {
		roles = append(roles, clean(c.TitleOf(id)))
	}
	fmt.Fprintf(&b, "- **Roles:** %s\n", strings.Join(roles, ", "))
	if len(cs.Themes) > 0 {
		fmt.Fprintf(&b, "- **Themes:** %s\n", clean(strings.Join(cs.Themes, ", ")))
	}
	fmt.Fprintf(&b, "- **Sources:** %s\n\n", clean(sourcesText(c, cs.Sources)))
	b.WriteString(clean(cs.Body))
	if !strings.HasSuffix(cs.Body, "\n") {
		b.WriteByte('\n')
	}
	return b.String()
}
