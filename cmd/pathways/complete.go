package main

import (
	"github.com/spf13/cobra"
)

// names offers the ids of one kind of catalogue entry, each with its title
// as the description ("cns\tClinical nurse specialist"), from the catalogue
// the command line names (--catalogue, --catalogue-only,
// PATHWAYS_CATALOGUE). A catalogue that does not load offers nothing.
func (a *app) names(cmd *cobra.Command, kind string) []string {
	if fromEnvironment(cmd.Flags(), &a.opts, a.env.getenv) != nil {
		return nil
	}
	c, err := loadCatalogue(a.opts, a.env)
	if err != nil {
		return nil
	}
	var out []string
	add := func(id, title string) { out = append(out, id+"\t"+oneLine(clean(title))) }
	switch kind {
	case "role":
		for _, r := range c.Roles {
			add(r.ID, r.Title)
		}
	case "route":
		for _, r := range c.Routes {
			add(r.ID, r.Title)
		}
	case "case":
		for _, x := range c.Cases {
			add(x.ID, x.Title)
		}
	case "programme":
		for _, x := range c.Programmes {
			add(x.ID, x.Name)
		}
	case "alliance":
		for _, x := range c.Alliances {
			add(x.ID, x.Name)
		}
	case "band":
		for _, b := range c.Bands {
			add(b.ID, b.Label)
		}
		for _, g := range c.Grades {
			add(g.ID, g.Label)
		}
	case "family":
		for _, f := range c.Families {
			add(f.ID, f.Name)
		}
	case "accend":
		for _, l := range levelGroups(c) {
			add(l.ID, l.Title)
		}
	}
	return out
}

func oneLine(s string) string {
	b := []rune(s)
	for i, r := range b {
		if r == '\n' || r == '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}

// flagCompletions completes the values of the flags that take names.
func flagCompletions(root *cobra.Command, a *app) {
	fixed := func(words ...string) cobra.CompletionFunc {
		return cobra.FixedCompletions(words, cobra.ShellCompDirectiveNoFileComp)
	}
	from := func(kind string) cobra.CompletionFunc {
		return func(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
			return a.names(cmd, kind), cobra.ShellCompDirectiveNoFileComp
		}
	}
	root.RegisterFlagCompletionFunc("theme", fixed("dark", "light", "high-contrast"))
	root.RegisterFlagCompletionFunc("role", from("role"))
	root.RegisterFlagCompletionFunc("route", from("role"))
	root.RegisterFlagCompletionFunc("case", from("case"))
	for _, c := range root.Commands() {
		switch c.Name() {
		case "roles":
			c.RegisterFlagCompletionFunc("band", from("band"))
			c.RegisterFlagCompletionFunc("family", from("family"))
			c.RegisterFlagCompletionFunc("accend", from("accend"))
		case "route":
			c.RegisterFlagCompletionFunc("by", fixed("steps", "years"))
		}
	}
}
