//! The hosts' validator, run as a host would run it.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_validate-data")).args(args).output().expect("the validator runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn write(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("mmptf-validator-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_shipped_file_is_valid() {
    let (code, out) = run(&[concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("valid. 46 programmes (12 funded, 34 in the pipeline), 28000000.00 of 70000000.00 raised, as of 2022-02-01; 4 history points."), "{out}");
}

#[test]
fn every_problem_is_listed_with_path_and_line() {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json")).unwrap();
    let broken = shipped.replacen("\"budget\": 1500000", "\"budget\": -1500000", 1).replacen(
        "\"pipeline\": 34",
        "\"pipeline\": \"34\"",
        1,
    );
    let expected_line = broken.lines().position(|l| l.contains("-1500000")).unwrap() + 1;
    let path = write("broken.json", &broken);
    let (code, out) = run(&[&path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("{path}:{expected_line}: At programmes[3].budget: the amount is negative.")),
        "{out}"
    );
    assert!(out.contains("At counts.pipeline: expected a whole number."), "{out}");
    assert!(out.contains("2 problems found, 0 warnings."), "{out}");
}

#[test]
fn syntax_errors_give_line_and_column_and_missing_files_exit_2() {
    let path = write("syntax.json", "{\n  \"schema_version\": 1,\n  oops\n}");
    let (code, out) = run(&[&path]);
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!("{path}:3:3: The file is not valid JSON: syntax error at line 3, column 3.")),
        "{out}"
    );
    let (code, out) = run(&["/no/such/file.json"]);
    assert_eq!(code, 2, "{out}");
}

#[test]
fn unknown_fields_are_warnings_named_with_their_near_miss_and_strict_makes_them_fail() {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json")).unwrap();
    let typo = shipped.replacen("\"budget\": 1500000", "\"budjet\": 1500000", 1).replacen(
        "\"reported_percent\"",
        "\"donors\": [], \"reported_percent\"",
        1,
    );
    let budjet_line = typo.lines().position(|l| l.contains("budjet")).unwrap() + 1;
    let donors_line = typo.lines().position(|l| l.contains("donors")).unwrap() + 1;
    assert!(donors_line < budjet_line);
    let path = write("typo.json", &typo);
    let (code, out) = run(&[&path]);
    assert_eq!(code, 0, "warnings do not make a file invalid: {out}");
    assert!(out.contains("valid. 46 programmes"), "{out}");
    let expected = format!(
        "{path}:{donors_line}: warning: At fund.donors: “donors” is not a field this app reads, so it is ignored.\n\
         {path}:{budjet_line}: warning: At programmes[3].budjet: “budjet” is not a field this app reads, so it is ignored. Did you mean “budget”?\n\
         0 problems found, 2 warnings."
    );
    assert!(out.contains(&expected), "{out}");
    let (code, _) = run(&["--strict", &path]);
    assert_eq!(code, 1);
    // A file with problems and warnings lists both.
    let both = typo.replacen("\"pipeline\": 34", "\"pipeline\": \"34\"", 1);
    let (code, out) = run(&[&write("both.json", &both)]);
    assert_eq!(code, 1);
    assert!(out.contains("1 problem found, 2 warnings."), "{out}");
}

#[test]
fn history_problems_and_warnings_have_their_lines() {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/fund.json")).unwrap();
    let broken = shipped.replacen("\"date\": \"2021-07\"", "\"date\": \"2019-07\"", 1).replacen(
        "\"allocated\":",
        "\"alocated\":",
        1,
    );
    let order_line = broken.lines().position(|l| l.contains("2019-07")).unwrap() + 1;
    let typo_line = broken.lines().position(|l| l.contains("alocated")).unwrap() + 1;
    let path = write("history.json", &broken);
    let (code, out) = run(&[&path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "{path}:{order_line}: At history[1].date: this point must be dated later than the one before it"
        )),
        "{out}"
    );
    assert!(out.contains(&format!("{path}:{typo_line}: warning: At history[0].alocated:")), "{out}");
    assert!(out.contains("Did you mean “allocated”?"), "{out}");
    assert!(out.contains("1 problem found, 1 warning."), "{out}");
}
