//! A small subset of ICU MessageFormat: `{name}` and
//! `{name, plural, one {# item} other {# items}}` (`=0`, `zero`, `two`, `few`, `many` too).
//! Number formatting and plural categories come from the caller (the browser's `Intl`
//! in the app, plain rules in native tests), so this stays pure.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub fn parse(name: &str) -> PluralCategory {
        match name {
            "zero" => PluralCategory::Zero,
            "one" => PluralCategory::One,
            "two" => PluralCategory::Two,
            "few" => PluralCategory::Few,
            "many" => PluralCategory::Many,
            _ => PluralCategory::Other,
        }
    }

    fn name(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    /// A count: shown through the number formatter and used to pick a plural form.
    Count(u64),
}

/// Fills a message. Unknown placeholders are left visible (so a translator's typo shows
/// up in review rather than vanishing), and malformed braces are kept as text.
pub fn format_message(
    template: &str,
    args: &[(&str, Arg)],
    number: &dyn Fn(u64) -> String,
    plural: &dyn Fn(u64) -> PluralCategory,
) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(len) = balanced_len(after) else {
            out.push_str(after);
            return out;
        };
        let inner = &after[1..len - 1];
        out.push_str(&render_placeholder(inner, args, number, plural).unwrap_or_else(|| after[..len].to_string()));
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

/// Length of the `{...}` group at the start of `s`, braces nested.
fn balanced_len(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

fn render_placeholder(
    inner: &str,
    args: &[(&str, Arg)],
    number: &dyn Fn(u64) -> String,
    plural: &dyn Fn(u64) -> PluralCategory,
) -> Option<String> {
    let mut parts = inner.splitn(3, ',');
    let name = parts.next()?.trim();
    let arg = args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)?;
    match (parts.next().map(str::trim), arg) {
        (None, Arg::Text(t)) => Some((*t).to_string()),
        (None, Arg::Count(n)) => Some(number(*n)),
        (Some("plural"), Arg::Count(n)) => {
            let branches = parse_branches(parts.next()?)?;
            let exact = format!("={n}");
            let category = plural(*n).name();
            let chosen = branches
                .iter()
                .find(|(sel, _)| *sel == exact)
                .or_else(|| branches.iter().find(|(sel, _)| *sel == category))
                .or_else(|| branches.iter().find(|(sel, _)| *sel == "other"))?;
            // '#' is replaced before the branch is filled, so a '#' inside a text argument stays.
            let branch = chosen.1.replace('#', &number(*n));
            Some(format_message(&branch, args, number, plural))
        }
        _ => None,
    }
}

fn parse_branches(text: &str) -> Option<Vec<(&str, &str)>> {
    let mut branches = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let open = rest.find('{')?;
        let selector = rest[..open].trim();
        let len = balanced_len(&rest[open..])?;
        branches.push((selector, &rest[open + 1..open + len - 1]));
        rest = rest[open + len..].trim_start();
    }
    Some(branches)
}

/// Placeholder names in a message, sorted, including those inside plural branches, for the
/// completeness check across languages. A plural without an `other` branch, or with braces
/// that do not balance, yields a `"!"` entry so that it never matches English.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut names = Vec::new();
    collect_placeholders(template, &mut names);
    names.sort();
    names.dedup();
    names
}

fn collect_placeholders(template: &str, names: &mut Vec<String>) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open..];
        let Some(len) = balanced_len(after) else {
            names.push("!".to_string());
            return;
        };
        let inner = &after[1..len - 1];
        let mut parts = inner.splitn(3, ',');
        if let Some(name) = parts.next() {
            names.push(name.trim().to_string());
        }
        if parts.next().map(str::trim) == Some("plural") {
            match parts.next().and_then(parse_branches) {
                Some(branches) if branches.iter().any(|(sel, _)| *sel == "other") => {
                    for (_, branch) in branches {
                        collect_placeholders(branch, names);
                    }
                }
                _ => names.push("!".to_string()),
            }
        }
        rest = &after[len..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english(n: u64) -> PluralCategory {
        if n == 1 {
            PluralCategory::One
        } else {
            PluralCategory::Other
        }
    }

    fn fill(template: &str, args: &[(&str, Arg)]) -> String {
        format_message(template, args, &|n| format!("<{n}>"), &english)
    }

    #[test]
    fn fills_named_placeholders() {
        assert_eq!(
            fill("{a} of {b}", &[("a", Arg::Text("40 %")), ("b", Arg::Text("USD 70 million"))]),
            "40 % of USD 70 million"
        );
        assert_eq!(fill("{n} items", &[("n", Arg::Count(3))]), "<3> items");
    }

    #[test]
    fn picks_plural_forms() {
        let t = "{count, plural, =0 {none} one {# programme} other {# programmes}} funded";
        assert_eq!(fill(t, &[("count", Arg::Count(0))]), "none funded");
        assert_eq!(fill(t, &[("count", Arg::Count(1))]), "<1> programme funded");
        assert_eq!(fill(t, &[("count", Arg::Count(12))]), "<12> programmes funded");
    }

    #[test]
    fn nested_placeholders_inside_plural_branches() {
        let t = "{n, plural, one {# match in {where}} other {# matches in {where}}}";
        assert_eq!(fill(t, &[("n", Arg::Count(2)), ("where", Arg::Text("titles"))]), "<2> matches in titles");
    }

    #[test]
    fn malformed_or_unknown_placeholders_stay_visible() {
        assert_eq!(fill("{missing} and {", &[]), "{missing} and {");
        assert_eq!(fill("a } b", &[]), "a } b");
        assert_eq!(fill("{n, plural, one {x}", &[("n", Arg::Count(1))]), "{n, plural, one {x}");
    }

    #[test]
    fn text_arguments_are_not_reinterpreted() {
        // A value containing braces or '#' is inserted as is, never parsed as a template.
        assert_eq!(fill("Hello {who}", &[("who", Arg::Text("{evil} #"))]), "Hello {evil} #");
    }

    #[test]
    fn lists_placeholders() {
        assert_eq!(placeholders("{b} {a, plural, one {#} other {# {c}}} {b}"), vec!["a", "b", "c"]);
        // A plural with no `other` branch, or unbalanced braces, never matches a good message.
        assert!(placeholders("{a, plural, one {#}}").contains(&"!".to_string()));
        assert!(placeholders("{a, plural, one {#} other {#}").contains(&"!".to_string()));
    }
}
