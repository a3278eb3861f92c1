package main

import (
	"github.com/spf13/cobra"

	"github.com/nhs-pathways/pathways/catalogue"
	"github.com/nhs-pathways/pathways/ui"
	"github.com/nhs-pathways/pathways/ui/diagram"
)

func compareSpec() spec {
	return spec{use: "compare A B", short: "set two roles side by side",
		long:    "Set two roles side by side: band and pay, levels, regulator, ways in, the work, the routes between them each way, and the programmes and case studies of each. Quote names with spaces.",
		example: "pathways compare \"diagnostic radiographer\" \"therapeutic radiographer\"\npathways compare CNS ACP --json",
		run:     cmdCompare, flags: jsonFlag,
		complete: func(a *app, cmd *cobra.Command, args []string) []string {
			if len(args) < 2 {
				return a.names(cmd, "role")
			}
			return nil
		}}
}

// cmdCompare is 'pathways compare A B': diagram.CompareText at the
// terminal's width (stacked below 100 columns), or CompareJSON.
func cmdCompare(a *app, args []string) error {
	if len(args) != 2 {
		return usagef("compare needs two names: pathways compare A B (quote names with spaces)")
	}
	c := a.cat
	ra, err := c.FindRole(args[0])
	if err != nil {
		return nameErr(err)
	}
	rb, err := c.FindRole(args[1])
	if err != nil {
		return nameErr(err)
	}
	cmp := c.Compare(ra, rb)
	now := clock()
	if a.json {
		return writeJSON(a.env.stdout, c.CompareJSON(cmp, now))
	}
	p := a.printer()
	for _, l := range diagram.CompareText(c, cmp, now, p.width) {
		p.line("%s", l)
	}
	return nil
}

// compareLink resolves the deep link --compare A B, and --by years for
// --route, into the explorer's options.
func compareLink(a *app, cat *catalogue.Catalogue, opts *ui.Options) error {
	opts.ByYears = a.adv.deepBy == "years"
	if a.adv.compareA == "" {
		return nil
	}
	ra, err := cat.FindRole(a.adv.compareA)
	if err != nil {
		return nameErr(err)
	}
	rb, err := cat.FindRole(a.adv.compareB)
	if err != nil {
		return nameErr(err)
	}
	opts.CompareA, opts.CompareB = ra.ID, rb.ID
	return nil
}
