// Package catalogue is the domain of pathways: NHS careers in the cancer
// and diagnostics workforce. It has no terminal code.
//
// # Vocabulary
//
//   - A band is an Agenda for Change pay band ("2" … "9", with "8a" … "8d"),
//     in pay order; a grade is a step on the medical scale, which doctors are
//     paid on instead. Levels (Skills for Health career framework) and ACCEnD
//     levels of practice are labels a role can carry.
//   - A role is a job. It sits in a family, in one or more domains (the
//     Cancer and Diagnostics areas of the sources), at one band, a band range
//     (lowest, highest) or a medical grade, with a band certainty: stated,
//     typical (typical nationally, or inferred) or varies (varies by trust or
//     not stated; then it may have no band). It has entries (ways in: an
//     apprenticeship, degree, postgraduate course, in-house or training
//     programme) and steps (progressions to other roles, with what each
//     takes and its typical time in Years, a range from Min to Max; zero
//     when the sources give none).
//   - The graph is the roles joined by their steps. A path is a route through
//     it, with its known typical time as a range (YearsMin to YearsMax) and
//     the number of steps whose time is unknown, never guessed; a curated
//     route is a path someone wrote down with a title.
//   - A programme is a framework, funding stream, training programme or
//     toolkit; a case study is a story from a trust or alliance, in Markdown.
//   - A source is a document an entry cites, by id, or a URL.
//   - A layer is one set of catalogue files (the embedded catalogue, a
//     trust's own); later layers add entries and replace those with the same id.
//
// # Invariants
//
// Load reads every layer, merges them, builds the graph and validates the
// whole, returning every problem with its file and line. When
// Problems.Errors() is zero:
//
//   - every id is unique within its kind and every reference resolves;
//   - a role's band range is in band order;
//   - each pair of consecutive roles in a curated route is joined by a step;
//   - every role, programme and case study names a source.
//
// A Catalogue is not changed after Load returns, so it may be read from
// several goroutines. Catalogue text is untrusted: JSON keeps it exactly,
// and anything shown on a terminal goes through Clean first.
//
// Line numbers are worked out only when a problem needs one (the TOML
// decoder does not keep them), by reading the file's text again.
package catalogue
