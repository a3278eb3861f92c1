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
	if !a.env.stdoutTTY {
		_, err := fmt.Fprint(a.env.stdout, caseMarkdown(c, cs, true))
		return err
	}
	// On a terminal the story is rendered, and its sources printed after
	// it by the printer, which never breaks a web address (the renderer
	// would) and makes each a hyperlink where the terminal shows them.
	md := caseMarkdown(c, cs, false)
	theme := a.opts.theme
	if theme == "" {
		theme = "dark"
	}
	if a.env.getenv("NO_COLOR") != "" {
		theme = "no-colour" // plain: no hyperlinks either (md9)
	}
	out, err := ui.RenderMarkdown(md, a.printer().width, theme)
	if err != nil {
		out = md
	}
	if !strings.HasSuffix(out, "\n") {
		out += "\n"
	}
	if _, err := fmt.Fprint(a.out, out); err != nil {
		return err
	}
	printSources(a.printer(), c, cs.Sources)
	return nil
}

// caseMarkdown is a case study as one Markdown document: its details, then
// its body, then with withSources its sources as a list, one a line. All
// catalogue text is cleaned first.
func caseMarkdown(c *catalogue.Catalogue, cs *catalogue.Case, withSources bool) string {
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
	b.WriteString("\n" + clean(cs.Body))
	if !strings.HasSuffix(cs.Body, "\n") {
		b.WriteByte('\n')
	}
	if withSources && len(cs.Sources) > 0 {
		b.WriteString("\n## Sources\n\n")
		for _, s := range sourceLines(c, cs.Sources) {
			fmt.Fprintf(&b, "- %s\n", oneLine(clean(s)))
		}
	}
	return b.String()
}
