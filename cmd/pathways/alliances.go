package main

import (
	"fmt"
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// cmdAlliances lists the cancer alliances and regional bodies, or shows
// one with its case studies and offers: what happens near the user.
func cmdAlliances(a *app, args []string) error {
	rest := args
	c := a.cat
	if len(rest) > 0 {
		q := strings.Join(rest, " ")
		var al *catalogue.Alliance
		switch near := c.FindAlliancesByPlace(q); len(near) {
		case 0:
			found, err := c.FindAlliance(q)
			if err != nil {
				return nameErr(err)
			}
			al = found
		case 1:
			al = near[0]
		default:
			if a.json {
				out := make([]allianceOut, 0, len(near))
				for _, x := range near {
					out = append(out, allianceJSON(c, x))
				}
				return writeJSON(a.env.stdout, out)
			}
			fmt.Fprintf(a.out, "%s is covered by %d alliances or regional bodies:\n", catalogue.Clean(q), len(near))
			for _, x := range near {
				fmt.Fprintf(a.out, "  %-34s %s\n", x.ID, x.Name)
			}
			return nil
		}
		if a.json {
			return writeJSON(a.env.stdout, allianceJSON(c, al))
		}
		p := a.printer()
		p.heading(al.Name)
		p.field("Region", al.Region)
		p.field("Covers", strings.Join(al.Places, ", "))
		p.field("Summary", al.Summary)
		p.field("Note", al.Note)
		p.line("")
		p.heading("Case studies")
		cases := c.AllianceCases(al.ID)
		for _, cs := range cases {
			p.para("  • ", cs.Title+" ("+cs.ID+")")
		}
		if len(cases) == 0 {
			p.para("  ", noneNearYou)
		}
		p.line("")
		p.heading("Programmes, education offers and funding")
		progs := c.AllianceProgrammes(al.ID)
		for _, x := range progs {
			p.para("  • ", x.Name+" ("+x.ID+")")
		}
		if len(progs) == 0 {
			p.para("  ", noneNearYou)
		}
		printSources(p, c, al.Sources)
		return nil
	}
	if a.json {
		out := make([]allianceOut, 0, len(c.Alliances))
		for _, al := range c.Alliances {
			out = append(out, allianceJSON(c, al))
		}
		return writeJSON(a.env.stdout, out)
	}
	if len(c.Alliances) == 0 {
		fmt.Fprintln(a.out, "There are no cancer alliances in this catalogue.")
		return nil
	}
	rows := make([][]string, 0, len(c.Alliances))
	for _, al := range c.Alliances {
		n := len(c.AllianceCases(al.ID)) + len(c.AllianceProgrammes(al.ID))
		rows = append(rows, []string{al.ID, al.Region, fmt.Sprint(n), al.Name})
	}
	p := a.printer()
	p.table([]string{"ID", "REGION", "ITEMS", "NAME"}, rows)
	p.dim(fmt.Sprintf("%s. 'pathways alliances ID' shows one, with its case studies and offers.", catalogue.Plural(len(rows), "alliance")))
	return nil
}

// noneNearYou stands under an alliance's heading that has nothing in it,
// as in the explorer and plain mode.
const noneNearYou = "None in this catalogue; ask your trust's cancer workforce lead, or see the alliance's own website."
