package catalogue

// FindAlliancesByPlace returns the alliances whose places ([[alliance]]
// places: towns, cities, counties and integrated care boards) include name,
// compared after folding both with Norm, so "hampshire", "Hampshire" and
// "HAMPSHIRE" match alike. A leading "NHS " and a trailing " ICB" or
// " Integrated Care Board" are ignored on both sides, so "NHS Kent and
// Medway ICB" finds the alliance that lists "Kent and Medway".
//
// A place covered by more than one alliance (a county split between two,
// or a region's grouping and its own alliance) returns each of them, in
// catalogue order. It returns nil when no alliance lists the place; it
// never fails.
func (c *Catalogue) FindAlliancesByPlace(name string) []*Alliance {
	q := placeKey(name)
	if q == "" {
		return nil
	}
	var out []*Alliance
	for _, a := range c.Alliances {
		for _, p := range a.Places {
			if placeKey(p) == q {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// placeKey folds a place name for FindAlliancesByPlace.
func placeKey(s string) string {
	k := Norm(s)
	for _, pre := range []string{"nhs "} {
		if len(k) > len(pre) && k[:len(pre)] == pre {
			k = k[len(pre):]
		}
	}
	for _, suf := range []string{" integrated care board", " icb"} {
		if len(k) > len(suf) && k[len(k)-len(suf):] == suf {
			k = k[:len(k)-len(suf)]
		}
	}
	return k
}
