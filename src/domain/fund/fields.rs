//! Fields of the data file the app does not know. They are not errors: the decoder ignores
//! them, and the file still loads. But a typo (`budjet` for `budget`) silently hides a
//! figure a host thinks they published, so the validator and the checker name each one,
//! with the known field it is closest to. Which fields are known, the decoder says
//! (`decode::unknown_fields`): it records every field its rules read.

/// A field the app does not read, at `path`, with the known field its name is nearest to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownField {
    pub path: String,
    pub field: String,
    pub suggestion: Option<&'static str>,
}

/// The known name a typo most likely meant: same letters ignoring case, `-` for `_` and
/// spaces, or within a third of the name's length in edits (at most 3), closest first.
pub fn nearest(name: &str, known: &[&'static str]) -> Option<&'static str> {
    let norm = |s: &str| s.trim().to_lowercase().replace(['-', ' '], "_");
    let name = norm(name);
    let limit = (name.chars().count() / 3).clamp(1, 3);
    known
        .iter()
        .map(|k| (edit_distance(&name, k), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Damerau–Levenshtein distance (optimal string alignment): a swap of two neighbouring
/// letters (`ammount`, `budegt`) counts as one edit, as a person would count it.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAMME: &[&str] = &["id", "status", "title", "budget", "duration_months", "un_entities", "gcm_objectives"];

    #[test]
    fn near_misses_are_named() {
        assert_eq!(nearest("budjet", PROGRAMME), Some("budget"));
        assert_eq!(nearest("Budget", PROGRAMME), Some("budget"));
        assert_eq!(nearest("duration-months", PROGRAMME), Some("duration_months"));
        assert_eq!(nearest("un_entites", PROGRAMME), Some("un_entities"));
        assert_eq!(nearest("stauts", PROGRAMME), Some("status"));
        assert_eq!(nearest("gcm_objective", PROGRAMME), Some("gcm_objectives"));
        assert_eq!(nearest("reported_percentage", &["name", "reported_percent"]), Some("reported_percent"));
        assert_eq!(nearest("pipline", &["funded", "pipeline"]), Some("pipeline"));
        // Nothing close: no guess.
        assert_eq!(nearest("donors", PROGRAMME), None);
        assert_eq!(nearest("x", PROGRAMME), None);
        assert_eq!(nearest("", PROGRAMME), None);
    }
}
