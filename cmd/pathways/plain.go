package main

import (
	"github.com/nhs-pathways/pathways/ui"
	"github.com/nhs-pathways/pathways/ui/plain"
)

// runPlain runs the line-by-line explorer for screen readers and simple
// terminals.
func runPlain(a *app, opts ui.Options) error {
	return plain.Run(a.ctx, a.cat, a.env.stdin, a.env.stdout, plain.Start{
		Role: opts.Role, RouteFrom: opts.RouteFrom, RouteTo: opts.RouteTo, Case: opts.Case,
		CompareA: opts.CompareA, CompareB: opts.CompareB,
	})
}
