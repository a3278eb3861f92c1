package plain

import (
	"strings"
	"time"

	"github.com/nhs-pathways/pathways/catalogue"
)

// compareChoice adds the page option that compares a role with another,
// asking for the other's name.
func (s *session) compareChoice(pg *page, r *catalogue.Role) {
	pg.choice("Compare with another role", func() *page {
		p := newPage("Compare " + r.Title + " with another role")
		p.ask = "Which role? Type a name, such as CNS or therapeutic radiographer; b for back, q to quit."
		p.text = func(s *session, words string) {
			s.pickRole(words, func(b *catalogue.Role) *page { return s.comparePage(r, b) })
		}
		return p
	})
}

// comparePage sets two roles side by side, field by field, in the words of
// catalogue Rows: each field a heading, then each role's words after its
// title, or the words about the pair.
func (s *session) comparePage(a, b *catalogue.Role) *page {
	c := s.cat
	pg := newPage("Comparing " + a.Title + " with " + b.Title)
	for _, row := range c.Rows(c.Compare(a, b), time.Now()) {
		pg.heading(row.Label)
		if len(row.A) > 0 {
			pg.field(a.Title, joinParas(row.A))
		}
		if len(row.B) > 0 {
			pg.field(b.Title, joinParas(row.B))
		}
		for _, p := range row.Both {
			pg.say(p)
		}
	}
	pg.blank()
	pg.choice("Open "+a.Title, func() *page { return s.rolePage(a) })
	pg.choice("Open "+b.Title, func() *page { return s.rolePage(b) })
	return pg
}

// joinParas puts paragraphs on one line: after each other when they are
// sentences, else parted by "; " (a list of titles).
func joinParas(paras []string) string {
	sep := " "
	for _, p := range paras {
		if !strings.HasSuffix(strings.TrimSpace(p), ".") {
			sep = "; "
		}
	}
	return strings.Join(paras, sep)
}
