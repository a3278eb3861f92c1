package main

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/handout"
)

// advFlags are the flags of handout, compare and map.
type advFlags struct {
	format, output string // handout --format markdown|html, -o FILE
	force          bool   // handout --force: replace FILE
	depth          int    // map --depth N
	routeID        string // map --route ID
	tree           bool   // map --tree

	// Deep links of the root command: --compare A B, and --by for --route.
	compareA, compareB string
	deepBy             string
}

// addDeepLinkFlags adds the root's --compare A B and --by (for --route).
func addDeepLinkFlags(root *cobra.Command, a *app) {
	fs := root.Flags()
	fs.Var(nameValue{&a.adv.compareA, "a name"}, "compare", "open the explorer on two roles side by side: --compare A B (piped: print them)")
	fs.StringVar(&a.adv.deepBy, "by", "steps", "with --route: shortest by steps or by typical years: --by steps|years")
	root.RegisterFlagCompletionFunc("compare", func(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		return a.names(cmd, "role"), cobra.ShellCompDirectiveNoFileComp
	})
	root.RegisterFlagCompletionFunc("by", cobra.FixedCompletions([]string{"steps", "years"}, cobra.ShellCompDirectiveNoFileComp))
}

// deepLinkArgs takes the second name of --compare A B from the arguments
// and checks --by; it returns the arguments left.
func deepLinkArgs(a *app, args []string) ([]string, error) {
	if a.adv.deepBy != "steps" && a.adv.deepBy != "years" {
		return nil, usagef("--by is steps or years, not %q", clean(a.adv.deepBy))
	}
	if links := deepLinks(a); len(links) > 1 {
		return nil, usagef("%s open different pages: give one of them at a time", strings.Join(links, " and "))
	}
	if a.adv.compareA == "" {
		return args, nil
	}
	if len(args) != 1 || strings.TrimSpace(args[0]) == "" {
		return nil, usagef("--compare needs two names: --compare A B")
	}
	a.adv.compareB = args[0]
	return nil, nil
}

// deepLinks names the deep-link flags given, such as ["--role", "--case"].
func deepLinks(a *app) []string {
	var out []string
	for _, l := range []struct {
		name, value string
	}{{"--role", a.opts.role}, {"--route", a.opts.routeFrom}, {"--case", a.opts.caseName}, {"--compare", a.adv.compareA}} {
		if l.value != "" {
			out = append(out, l.name)
		}
	}
	return out
}

// deepLinkWithCommand refuses a deep-link flag given with a command, which
// would otherwise be ignored: it says which command does the same.
func deepLinkWithCommand(cmd *cobra.Command, a *app) error {
	if cmd == cmd.Root() || !cmd.HasParent() {
		return nil
	}
	switch cmd.Name() {
	case "help", "completion", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
		return nil
	}
	for _, l := range []struct{ flag, value, instead string }{
		{"--role", a.opts.role, "pathways role NAME"},
		{"--route", a.opts.routeFrom, "pathways route FROM TO"},
		{"--case", a.opts.caseName, "pathways case NAME"},
	} {
		if l.value != "" {
			return usagef("%s opens the explorer; with a command, use '%s'", l.flag, l.instead)
		}
	}
	return nil
}

func handoutSpec() spec {
	return spec{use: "handout KIND NAME", short: "a printable handout: of a role, a route, a case study or two roles compared",
		long: "Make a printable handout for a careers conversation: 'handout role NAME', 'handout route FROM TO', 'handout case NAME' or 'handout compare A B'. " +
			"It is Markdown, or one self-contained HTML page with --format html (or -o a file ending .html), printed to stdout or saved to -o FILE. An existing file is never replaced unless you give --force; nothing else is written.",
		example: "pathways handout role CNS\npathways handout route hca \"nurse consultant\" -o route.html\n" +
			"pathways handout case esht-endoscopy-assistant --format html\npathways handout compare CNS ACP -o compare.md",
		run: cmdHandout, flags: func(fs *pflag.FlagSet, a *app) {
			fs.StringVar(&a.adv.format, "format", "", "markdown or html (default: html when -o FILE ends .html, else markdown)")
			fs.StringVarP(&a.adv.output, "output", "o", "", "save to FILE instead of printing (never replaces a file without --force)")
			fs.BoolVar(&a.adv.force, "force", false, "with -o: replace FILE if it exists")
			fs.StringVar(&a.by, "by", "steps", "for a route: shortest by steps or by typical years: --by steps|years")
		}, complete: func(a *app, cmd *cobra.Command, args []string) []string {
			switch {
			case len(args) == 0:
				return []string{"role", "route", "case", "compare"}
			case args[0] == "case" && len(args) == 1:
				return a.names(cmd, "case")
			case args[0] == "role" && len(args) == 1, (args[0] == "route" || args[0] == "compare") && len(args) < 3:
				return a.names(cmd, "role")
			}
			return nil
		}}
}

// clock is the time a handout is dated; tests fix it.
var clock = time.Now

const handoutUsage = "handout needs what it is about: handout role NAME, handout route FROM TO, handout case NAME or handout compare A B"

// cmdHandout is 'pathways handout KIND NAME...'.
func cmdHandout(a *app, args []string) error {
	f := a.adv
	if f.format == "" {
		f.format = "markdown"
		if ext := strings.ToLower(filepath.Ext(f.output)); ext == ".html" || ext == ".htm" {
			f.format = "html"
		}
	}
	if f.format != "markdown" && f.format != "html" && f.format != "md" {
		return usagef("--format is markdown or html, not %q", clean(f.format))
	}
	if a.by != "steps" && a.by != "years" {
		return usagef("--by is steps or years, not %q", clean(a.by))
	}
	if f.force && f.output == "" {
		return usagef("--force goes with -o FILE")
	}
	if len(args) == 0 {
		return usagef("%s", handoutUsage)
	}
	d, err := buildHandout(a.cat, args[0], args[1:], a.by == "years")
	if err != nil {
		return err
	}
	var out string
	if f.format == "html" {
		out = handout.HTML(d)
	} else {
		out = handout.Markdown(d)
	}
	if f.output == "" {
		_, err := a.env.stdout.Write([]byte(out))
		return err
	}
	if err := handout.WriteFile(f.output, []byte(out), f.force); err != nil {
		return failf("%s", clean(err.Error()))
	}
	return nil
}

// buildHandout makes the handout of one kind from the names given.
func buildHandout(c *catalogue.Catalogue, kind string, names []string, byYears bool) (handout.Doc, error) {
	o := handout.Options{Now: clock(), ByYears: byYears}
	two := func(what string) ([2]*catalogue.Role, error) {
		if len(names) != 2 {
			return [2]*catalogue.Role{}, usagef("handout %s needs two names: pathways handout %s A B (quote names with spaces)", what, what)
		}
		var rs [2]*catalogue.Role
		for i, n := range names {
			r, err := c.FindRole(n)
			if err != nil {
				return rs, nameErr(err)
			}
			rs[i] = r
		}
		return rs, nil
	}
	switch kind {
	case "role":
		if len(names) == 0 {
			return handout.Doc{}, usagef("handout role needs a NAME, e.g. pathways handout role CNS")
		}
		r, err := c.FindRole(strings.Join(names, " "))
		if err != nil {
			return handout.Doc{}, nameErr(err)
		}
		return handout.Role(c, r, o), nil
	case "route":
		rs, err := two("route")
		if err != nil {
			return handout.Doc{}, err
		}
		p, ok := c.Graph().Shortest(rs[0].ID, rs[1].ID, byYears)
		if !ok {
			return handout.Doc{}, failf("no route from %s to %s in this catalogue; try 'pathways next %s --within 5' to see where it leads", clean(rs[0].Title), clean(rs[1].Title), rs[0].ID)
		}
		return handout.Route(c, p, o), nil
	case "case":
		if len(names) == 0 {
			return handout.Doc{}, usagef("handout case needs a NAME, e.g. pathways handout case esht-endoscopy-assistant")
		}
		cs, err := c.FindCase(strings.Join(names, " "))
		if err != nil {
			return handout.Doc{}, nameErr(err)
		}
		return handout.Case(c, cs, o), nil
	case "compare":
		rs, err := two("compare")
		if err != nil {
			return handout.Doc{}, err
		}
		return handout.Compare(c, c.Compare(rs[0], rs[1]), o), nil
	}
	return handout.Doc{}, usagef("handout makes role, route, case or compare, not %q; %s", clean(kind), handoutUsage)
}
