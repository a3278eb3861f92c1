package plain

import (
	"strings"

	"github.com/nhs-pathways/pathways/catalogue"
)

// roleLabel is a role as a line of a list: its title and band.
func roleLabel(c *catalogue.Catalogue, r *catalogue.Role) string {
	return r.Title + " (" + c.BandText(r, true) + ")"
}

func notePart(note string) string {
	if strings.TrimSpace(note) == "" {
		return ""
	}
	return " (" + note + ")"
}

// stepLines adds what a step takes, one idea to a line, under a choice.
func stepLines(pg *page, st *catalogue.Step) {
	if st == nil {
		return
	}
	if st.Takes != "" {
		pg.item("What it takes: " + st.Takes)
	}
	pg.item("Typical time: " + catalogue.StepTimeText(*st))
	if st.Funding != "" {
		pg.item("Funding: " + st.Funding)
	}
	if st.Note != "" {
		pg.item("Note: " + st.Note)
	}
}

// sources adds the sources an entry cites, one to a line: the source's
// title, then its address on the same line so it is never split.
func (s *session) sources(pg *page, ids []string) {
	if len(ids) == 0 {
		return
	}
	pg.heading("Sources")
	for _, id := range ids {
		src := s.cat.Source(id)
		switch {
		case src == nil:
			pg.bullet(id)
		case src.URL != "" && src.Title != "":
			pg.bullet(src.Title + ": " + src.URL)
		case src.URL != "":
			pg.bullet(src.URL)
		default:
			pg.bullet(src.Title)
		}
	}
}
