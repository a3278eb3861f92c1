package main

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// spec describes one subcommand: its usage, help text, examples, flags
// and what it completes.
type spec struct {
	use, short, long, example string
	run                       func(a *app, args []string) error
	noLoad                    bool // the command loads (or does not need) the catalogue itself
	flags                     func(fs *pflag.FlagSet, a *app)
	complete                  func(a *app, cmd *cobra.Command, args []string) []string
}

const jsonUsage = "print JSON instead of text (shapes in the README)"

func jsonFlag(fs *pflag.FlagSet, a *app) { fs.BoolVar(&a.json, "json", false, jsonUsage) }

func specs() []spec {
	return []spec{
		{use: "roles", short: "list roles, optionally in one band, family or level of practice",
			long: "List every role with its band and family, or only those in one band (an Agenda for Change band such as 5 or 8a, or a medical grade), one family, or one ACCEnD level of practice. " +
				"A band marked ~ is typical nationally and varies by trust; one marked ? varies by trust or is not stated.",
			example: "pathways roles\npathways roles --band 6\npathways roles --family nursing --json\npathways roles --accend enhanced",
			run:     cmdRoles, flags: func(fs *pflag.FlagSet, a *app) {
				fs.StringVar(&a.band, "band", "", "only roles in band B (or a medical grade), e.g. --band 4, --band 8a")
				fs.StringVar(&a.family, "family", "", "only roles in family F (id or name), e.g. --family nursing")
				fs.StringVar(&a.accend, "accend", "", "only roles at ACCEnD level of practice L (id or name; none for no level), e.g. --accend enhanced")
				jsonFlag(fs, a)
			}},
		{use: "role NAME", short: "show one role: bands, ways in, next steps, sources",
			long:    "Show one role: its band and pay, what the work is, the ways in, the steps on and back, programmes, case studies and sources. NAME is an id, a title, an alias such as CNS, or the start of one, in any case.",
			example: "pathways role CNS\npathways role \"clinical nurse specialist\" --json",
			run:     cmdRole, flags: jsonFlag, complete: completeFirst("role")},
		{use: "next NAME", short: "where a role can lead next",
			long:    "List the roles a role can lead to in one step, or within N steps with the roles in between.",
			example: "pathways next \"nursing associate\"\npathways next HCA --within 3",
			run:     cmdNext, flags: func(fs *pflag.FlagSet, a *app) {
				fs.IntVar(&a.within, "within", 1, "roles within N steps (1 to 20), e.g. --within 3")
				jsonFlag(fs, a)
			}, complete: completeFirst("role")},
		{use: "route FROM TO", short: "the shortest route between two roles, and alternatives",
			long:    "Find the route from one role to another, step by step with what each step takes, and up to three alternatives. Quote names with spaces.",
			example: "pathways route \"cancer support worker\" \"nurse consultant\"\npathways route hca \"consultant radiographer\" --by years",
			run:     cmdRoute, flags: func(fs *pflag.FlagSet, a *app) {
				fs.StringVar(&a.by, "by", "steps", "shortest by steps or by typical years: --by steps|years")
				jsonFlag(fs, a)
			}, complete: func(a *app, cmd *cobra.Command, args []string) []string {
				if len(args) < 2 {
					return a.names(cmd, "role")
				}
				return nil
			}},
		{use: "routes [ID]", short: "list curated routes, or show one",
			example: "pathways routes\npathways routes cancer-nursing-to-acp",
			run:     cmdRoutes, flags: jsonFlag, complete: completeFirst("route")},
		{use: "cases", short: "list case studies", example: "pathways cases\npathways cases --json",
			run: cmdCases, flags: jsonFlag},
		{use: "case NAME", short: "read a case study",
			long:    "Print a case study: its organisation, alliance, roles and sources, then its story (as Markdown when piped).",
			example: "pathways case esht-endoscopy-assistant",
			run:     cmdCase, flags: jsonFlag, complete: completeFirst("case")},
		{use: "programmes [ID]", short: "list programmes, frameworks and funding, or show one",
			example: "pathways programmes\npathways programmes accend --json",
			run:     cmdProgrammes, flags: jsonFlag, complete: completeFirst("programme")},
		{use: "bands", short: "list Agenda for Change bands with pay, and the medical grades",
			example: "pathways bands\npathways bands --json", run: cmdBands, flags: jsonFlag},
		{use: "levels", short: "list the ACCEnD levels of practice with their roles",
			long:    "List the levels of practice of the ACCEnD framework for cancer care, from supportive to consultant, with the number of roles at each, and the roles that state no level (none).",
			example: "pathways levels\npathways levels --json\npathways roles --accend enhanced", run: cmdLevels, flags: jsonFlag},
		{use: "alliances [NAME]", short: "cancer alliances near you, with their case studies and offers",
			example: "pathways alliances\npathways alliances wessex",
			run:     cmdAlliances, flags: jsonFlag, complete: completeFirst("alliance")},
		{use: "ids [KIND]", short: "list the ids a catalogue may use: families, domains, regulators, ACCEnD levels, bands",
			long:    "List the ids that a catalogue file may use in a role's family, domains, regulator, accend, bands and grade fields, with what each means. KIND is one of " + strings.Join(idKinds(), ", ") + ".",
			example: "pathways ids\npathways ids family\npathways ids regulator --json",
			run:     cmdIDs, flags: jsonFlag, complete: func(a *app, cmd *cobra.Command, args []string) []string {
				if len(args) == 0 {
					return idKinds()
				}
				return nil
			}},
		handoutSpec(), compareSpec(), mapSpec(),
		{use: "validate PATH", short: "check a catalogue file or folder (exit 0 valid, 1 invalid)",
			long:    "Check a catalogue .toml file or a folder of them, layered over the built-in catalogue (or alone with --catalogue-only), and list every problem as FILE:LINE: message.",
			example: "pathways validate mytrust.toml\npathways validate --catalogue-only mytrust/ --json",
			run:     cmdValidate, noLoad: true, flags: jsonFlag},
		{use: "version", short: "show the version, build and catalogue",
			example: "pathways version\npathways --version\npathways version --json",
			run:     cmdVersion, noLoad: true, flags: jsonFlag},
	}
}

func completeFirst(kind string) func(a *app, cmd *cobra.Command, args []string) []string {
	return func(a *app, cmd *cobra.Command, args []string) []string {
		if len(args) == 0 {
			return a.names(cmd, kind)
		}
		return nil
	}
}

const rootLong = `Explore NHS careers in the cancer and diagnostics workforce: roles by band, the routes between them, the training that opens each step, who funds it, and case studies. It works offline.

With no command, pathways opens the explorer in a terminal, or prints an overview when piped. Names can be an id, a title, an alias such as "CNS", or the start of one, in any case.

Exit status: 0 ok, 1 not found, invalid catalogue or output that could not be written, 2 usage, 130 interrupted (ctrl+c; in the full-screen explorer ctrl+c quits with 0), 141 when the reader of a pipe went away (Unix). With --json, a failure is a JSON object on stderr: {"error": "...", "exit": N}.`

// newRoot builds the command tree for one run, bound to a.
func newRoot(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "pathways",
		Short: "explore NHS careers in the cancer and diagnostics workforce",
		Long:  rootLong,
		Example: "pathways\npathways --role CNS\npathways --route \"support worker\" \"nurse consultant\"\n" +
			"pathways --plain\npathways roles --band 6\npathways --catalogue mytrust.toml",
		Args:                  cobra.ArbitraryArgs,
		DisableFlagsInUseLine: true,
		RunE:                  func(cmd *cobra.Command, args []string) error { return rootRun(a, args) },
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := deepLinkWithCommand(cmd, a); err != nil {
				return err
			}
			return fromEnvironment(cmd.Flags(), &a.opts, a.env.getenv)
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if a.opts.routeFrom != "" && len(args) == 0 {
				return a.names(cmd, "role"), cobra.ShellCompDirectiveNoFileComp
			}
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
	}
	addGlobalFlags(root.PersistentFlags(), &a.opts)
	root.Flags().BoolVarP(&a.opts.version, "version", "v", false, "show the version, build and catalogue (as 'pathways version')")
	root.Flags().BoolVar(&a.json, "json", false, "with --version, --role, --route, --case or --compare: print JSON")
	addDeepLinkFlags(root, a)
	root.SetFlagErrorFunc(flagError)
	root.SetGlobalNormalizationFunc(flagAliases)
	for _, s := range specs() {
		s := s
		cmd := &cobra.Command{
			Use: s.use, Short: s.short, Long: capitalise(s.short) + ".", Example: s.example,
			Args: cobra.ArbitraryArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				gcStartDone() // a command draws no frame: start-up ends here
				if !s.noLoad {
					cat, err := loadCatalogue(a.opts, a.env)
					if err != nil {
						return err
					}
					a.cat = cat
				}
				return s.run(a, args)
			},
		}
		if s.long != "" {
			cmd.Long = s.long
		}
		if s.flags != nil {
			s.flags(cmd.Flags(), a)
		}
		if s.complete != nil {
			cmd.ValidArgsFunction = func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
				return s.complete(a, cmd, args), cobra.ShellCompDirectiveNoFileComp
			}
		} else if s.use != "validate PATH" {
			cmd.ValidArgsFunction = cobra.NoFileCompletions
		}
		cmd.SetHelpFunc(commandHelp)
		root.AddCommand(cmd)
	}
	root.AddCommand(manCommand(a))
	root.SetHelpCommand(helpCommand())
	flagCompletions(root, a)
	return root
}

// helpCommand is 'pathways help [COMMAND]': an unknown command is a usage
// error, as it is without 'help'.
func helpCommand() *cobra.Command {
	return &cobra.Command{
		Use: "help [command]", Short: "help about any command", Example: "pathways help route",
		Args: cobra.ArbitraryArgs, DisableFlagsInUseLine: true,
		ValidArgsFunction: func(c *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return commandNames(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || len(rest) > 0 && cmd == c.Root() {
				return unknownCommand(args[0])
			}
			return cmd.Help()
		},
	}
}

// commandHelp is fang's help for one command, leaving out the explorer's
// options, which do nothing there.
func commandHelp(c *cobra.Command, args []string) {
	var hidden []*pflag.Flag
	for _, name := range explorerFlags {
		if f := c.Flags().Lookup(name); f != nil && !f.Hidden && c.LocalNonPersistentFlags().Lookup(name) == nil {
			f.Hidden = true
			hidden = append(hidden, f)
		}
	}
	defer func() {
		for _, f := range hidden {
			f.Hidden = false
		}
	}()
	c.Root().HelpFunc()(c, args)
}

// rootRun is `pathways` with no command: the explorer, --version, or with
// output redirected a deep link's card or the overview.
func rootRun(a *app, args []string) error {
	if a.opts.version {
		if len(args) > 0 {
			return usagef("--version takes no arguments")
		}
		gcStartDone()
		return cmdVersion(a, nil)
	}
	args, err := deepLinkArgs(a, args)
	if err != nil {
		return err
	}
	if a.opts.routeFrom != "" {
		if len(args) != 1 || strings.TrimSpace(args[0]) == "" {
			return usagef("--route needs two names: --route FROM TO")
		}
		a.opts.routeTo, args = args[0], nil
	}
	if len(args) > 0 {
		return unknownCommand(args[0])
	}
	links := len(deepLinks(a)) > 0
	if a.json && !links {
		return usagef("--json goes with a command that prints data, e.g. pathways roles --json")
	}
	interactive := a.env.stdinTTY && a.env.stdoutTTY
	// With --json, or when output is not a terminal, a deep link prints
	// what it would open, as 'pathways role', 'route', 'case' or 'compare'.
	if links && (a.json || !interactive && !a.opts.plain) {
		return printDeepLinks(a)
	}
	return withStdout(func() error { return explore(a) })
}

// printDeepLinks prints, for output that is not a terminal, what the
// explorer would have opened on: the same text as 'pathways role', 'route'
// and 'case'.
func printDeepLinks(a *app) error {
	cat, err := loadCatalogue(a.opts, a.env)
	if err != nil {
		return err
	}
	a.cat, a.by = cat, a.adv.deepBy
	var parts []func() error
	if a.opts.role != "" {
		parts = append(parts, func() error { return cmdRole(a, []string{a.opts.role}) })
	}
	if a.opts.routeFrom != "" {
		parts = append(parts, func() error { return cmdRoute(a, []string{a.opts.routeFrom, a.opts.routeTo}) })
	}
	if a.opts.caseName != "" {
		parts = append(parts, func() error { return cmdCase(a, []string{a.opts.caseName}) })
	}
	if a.adv.compareA != "" {
		parts = append(parts, func() error { return cmdCompare(a, []string{a.adv.compareA, a.adv.compareB}) })
	}
	for i, f := range parts {
		if i > 0 {
			fmt.Fprintln(a.out)
		}
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

func commandNames() []string {
	names := []string{"help", "completion", "man"}
	for _, s := range specs() {
		names = append(names, strings.Fields(s.use)[0])
	}
	slices.Sort(names)
	return names
}

func unknownCommand(name string) error {
	if strings.HasPrefix(name, "-") {
		return usagef("unknown option %s", clean(name))
	}
	hint := ""
	if s := nearestWord(name, commandNames()); s != "" {
		hint = fmt.Sprintf(" (did you mean %q?)", s)
	}
	return usagef("unknown command %q%s", clean(name), hint)
}

var (
	unknownShort = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^unknown shorthand flag: '(.)' in (-\S+)`) })
	needsValue   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^flag needs an argument: (?:'(.)' in )?(-\S+)`) })
	badValue     = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^invalid argument "(.*)" for "(?:-., )?(--\S+)" flag`)
	})
)

// flagError says what was wrong with the flags, naming them as users type
// them, and which options the command has.
func flagError(c *cobra.Command, err error) error {
	msg := err.Error()
	var names []string
	c.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
		if f.Name != "help" && !f.Hidden {
			names = append(names, "--"+f.Name)
		}
	})
	have := "; it takes no options of its own"
	if len(names) > 0 {
		have = "; its options are " + strings.Join(names, ", ")
	}
	all := append([]string{}, names...)
	c.InheritedFlags().VisitAll(func(f *pflag.Flag) { all = append(all, "--"+f.Name) })
	c.PersistentFlags().VisitAll(func(f *pflag.Flag) { all = append(all, "--"+f.Name) })
	where := " for '" + c.Name() + "'"
	if !c.HasParent() {
		where, have = "", ""
	}
	if bad, ok := strings.CutPrefix(msg, "unknown flag: "); ok {
		name, _, _ := strings.Cut(bad, "=")
		hint := ""
		if s := nearestWord(name, all); s != "" {
			hint = fmt.Sprintf(" (did you mean %s?)", s)
		}
		return usagef("unknown option %s%s%s%s", clean(name), where, hint, have)
	}
	if m := unknownShort().FindStringSubmatch(msg); m != nil {
		word := strings.TrimPrefix(m[2], "-")
		word, _, _ = strings.Cut(word, "=")
		if len(word) > 1 && slices.Contains(all, "--"+word) {
			return usagef("unknown option -%s%s: options take two dashes, --%s", clean(word), where, word)
		}
		return usagef("unknown option -%s%s%s", clean(m[1]), where, have)
	}
	if m := needsValue().FindStringSubmatch(msg); m != nil {
		name := m[2]
		if m[1] != "" {
			if f := c.Flags().ShorthandLookup(m[1]); f != nil {
				name = "--" + f.Name
			}
		}
		return usagef("%s needs a value", clean(name))
	}
	if m := badValue().FindStringSubmatch(msg); m != nil {
		kind := "a value it takes"
		if f := c.Flags().Lookup(strings.TrimPrefix(m[2], "--")); f != nil {
			if n, ok := f.Value.(nameValue); ok {
				return usagef("%s needs %s, not an empty string", m[2], n.what)
			}
			switch f.Value.Type() {
			case "bool":
				kind = "true or false"
			case "int":
				kind = "a whole number"
			}
		}
		return usagef("%s takes %s, not %q", m[2], kind, clean(m[1]))
	}
	var u usageError
	if errors.As(err, &u) {
		return err
	}
	return usagef("%s", clean(msg))
}
