package catalogue

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PayYearFor is the NHS pay year a date falls in, such as "2026/27": pay
// years start on 1 April.
func PayYearFor(t time.Time) string {
	y := t.Year()
	if t.Month() < time.April {
		y--
	}
	return fmt.Sprintf("%d/%02d", y, (y+1)%100)
}

// payYearStart is the first calendar year of a pay year such as "2025/26",
// or -1 when it is not written that way.
func payYearStart(py string) int {
	first, _, ok := strings.Cut(strings.TrimSpace(py), "/")
	if !ok {
		return -1
	}
	n, err := strconv.Atoi(first)
	if err != nil {
		return -1
	}
	return n
}

// payStale reports whether pay figures of pay year py are older than the
// pay year of now. A pay year that cannot be read counts as stale.
func payStale(py string, now time.Time) bool {
	return payYearStart(py) < payYearStart(PayYearFor(now))
}

// PayYear is the pay year the catalogue's pay figures describe: [catalogue]
// pay_year, else the latest pay_year of its bands, else "".
func (c *Catalogue) PayYear() string {
	if c.Meta.PayYear != "" {
		return c.Meta.PayYear
	}
	best := ""
	for _, b := range c.Bands {
		if payYearStart(b.PayYear) > payYearStart(best) {
			best = b.PayYear
		}
	}
	return best
}

// PayStale reports whether the catalogue's pay figures are from an older
// pay year than the one now falls in. The command line and the explorer
// pass time.Now(); tests pass a fixed date.
func (c *Catalogue) PayStale(now time.Time) bool {
	py := c.PayYear()
	return py != "" && payStale(py, now)
}

// PayText gives the pay range of a role's bands, such as "£38,682 to
// £54,710 a year (2025/26, England)", or "" when the bands have no pay.
// When the pay year is older than now's, it says so (see PayRangeText).
func (c *Catalogue) PayText(r *Role, now time.Time) string {
	if len(r.Bands) == 0 {
		return ""
	}
	lo, hi := c.Band(r.Bands[0]), c.Band(r.Bands[len(r.Bands)-1])
	if lo == nil || hi == nil || lo.PayFrom == 0 || hi.PayTo == 0 {
		return ""
	}
	return PayRangeText(lo.PayFrom, hi.PayTo, hi.PayYear, now)
}

// PayRangeText writes annual pay from one figure to another in a pay year:
// "£24,465 to £25,524 a year (2025/26, England)". When the pay year is
// older than the pay year of now it says "(England, 2025/26 rates; check
// current rates with NHS Employers)" instead, so an old figure is never
// shown as current.
func PayRangeText(from, to int, year string, now time.Time) string {
	s := Pounds(from)
	if to != from && to != 0 {
		s += " to " + Pounds(to)
	}
	s += " a year"
	switch {
	case year != "" && payStale(year, now):
		s += " (England, " + year + " rates; check current rates with NHS Employers)"
	case year != "":
		s += " (" + year + ", England)"
	}
	return s
}

// PayNote is one line that says which pay year a list of pay figures
// shown without their year describes, for screens that show many bands:
// "Pay: England, 2025/26 rates; check current rates with NHS Employers."
// when stale, else "Pay: 2026/27, England."; "" when there is no pay year.
func (c *Catalogue) PayNote(now time.Time) string {
	py := c.PayYear()
	switch {
	case py == "":
		return ""
	case payStale(py, now):
		return "Pay: England, " + py + " rates; check current rates with NHS Employers."
	}
	return "Pay: " + py + ", England."
}
