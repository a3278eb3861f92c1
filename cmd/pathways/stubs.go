package main

func cmdRoles(a *app, args []string) error      { return nil }
func cmdRole(a *app, args []string) error       { return nil }
func cmdNext(a *app, args []string) error       { return nil }
func cmdRoute(a *app, args []string) error      { return nil }
func cmdRoutes(a *app, args []string) error     { return nil }
func cmdCases(a *app, args []string) error      { return nil }
func cmdCase(a *app, args []string) error       { return nil }
func cmdProgrammes(a *app, args []string) error { return nil }
func cmdBands(a *app, args []string) error      { return nil }
func cmdVersion(a *app, args []string) error    { return nil }
func explore(a *app) error                      { return nil }
