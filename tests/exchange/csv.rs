//! Sessions as CSV: one row per set, RFC 4180 quoting, CRLF, and no formulas.

use super::*;

fn utc(t: i64) -> String {
    chrono::DateTime::from_timestamp_millis(t)
        .unwrap()
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// A small RFC 4180 reader, to check the writer: records of fields, CRLF between records.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "a bare CR outside quotes");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && record.is_empty(),
        "the last record ends with CRLF"
    );
    records
}

fn rows(history: &History) -> Vec<Vec<String>> {
    let records = read_csv(&sessions_csv(history, utc));
    for r in &records {
        assert_eq!(r.len(), CSV_HEADER.len(), "{r:?}");
    }
    records
}

#[test]
fn the_header_names_every_column() {
    let text = sessions_csv(&History::default(), utc);
    assert_eq!(
        text,
        "date,session,exercise,set,side,target,done,unit,completed,load,range,\
         pain before,pain after,effort,outcome,note,pain next day\r\n"
    );
}

#[test]
fn one_row_per_set_with_the_session_on_every_row() {
    let h = history();
    let records = rows(&h);
    // 4 + 4 + 2 sets, and one row for the session whose exercise has no sets.
    assert_eq!(records.len(), 1 + 11);
    let first = &h.sessions[0];
    assert_eq!(
        records[1],
        [
            &utc(first.started_at),
            &first.id,
            "Knee rotations on the floor",
            "1",
            "both",
            "8",
            "8",
            "reps",
            "yes",
            "",
            "medium",
            "3",
            "2",
            "about right",
            "completed",
            "Felt fine",
            "",
        ]
    );
    assert_eq!(
        records[3][2..10],
        [
            "Pallof press hold",
            "1",
            "left",
            "10",
            "10",
            "seconds",
            "yes",
            "red band"
        ]
    );
    assert_eq!(records[4][4], "right");
    // Ended early, with a weight and a set cut short.
    assert_eq!(
        records[7][2..15],
        [
            "Pallof press hold",
            "1",
            "left",
            "10",
            "6",
            "seconds",
            "no",
            "12.5 kg",
            "",
            "3",
            "2",
            "too hard",
            "ended early"
        ]
    );
    assert_eq!(records[9][14], "stopped: sharp or rising pain");
    // The answer the day after, when there is one.
    let mut answered = h.clone();
    answered.sessions[0].set_pain_next_day(1);
    assert_eq!(rows(&answered)[1][16], "1");
}

#[test]
fn a_session_with_no_sets_gets_one_row_with_empty_set_columns() {
    let records = rows(&history());
    let last = records.last().unwrap();
    assert_eq!(last[2], "Knee rotations on the floor");
    assert!(last[3..9].iter().all(String::is_empty), "{last:?}");
    assert_eq!(
        (last[11].as_str(), last[12].as_str(), last[14].as_str()),
        ("3", "", "ended early")
    );

    let bare = History {
        sessions: vec![session(2, vec![])],
    };
    let records = rows(&bare);
    assert_eq!(records.len(), 2);
    assert!(
        records[1][2..11].iter().all(String::is_empty),
        "{:?}",
        records[1]
    );
}

#[test]
fn notes_with_commas_quotes_and_line_breaks_are_quoted() {
    let text = sessions_csv(&history(), utc);
    assert!(
        text.contains(",\"Sharp, \"\"stabbing\"\" pain\non the left\",\r\n"),
        "{text}"
    );
    let records = rows(&history());
    assert_eq!(records[9][15], "Sharp, \"stabbing\" pain\non the left");
}

#[test]
fn text_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
    let mut s = session(
        2,
        vec![log(
            "=cmd|' /C calc'!A0",
            Load::Band("+red".into()),
            None,
            vec![set(
                1,
                Side::Left,
                Work::Seconds(10),
                Work::Seconds(10),
                true,
            )],
        )],
    );
    s.id = "-abc".into();
    let mut cases = vec![];
    for note in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\r=1", "fine = good"] {
        let mut with_note = s.clone();
        with_note.note = note.into();
        cases.push((
            note,
            rows(&History {
                sessions: vec![with_note],
            }),
        ));
    }
    for (note, records) in cases {
        let row = &records[1];
        let expected = if note.starts_with("fine") {
            note.to_string()
        } else {
            format!("'{note}")
        };
        assert_eq!(row[15], expected);
        assert_eq!(row[1], "'-abc");
        assert_eq!(
            row[2], "'=cmd|' /C calc'!A0",
            "an unknown exercise keeps its id, defused"
        );
        assert_eq!(row[9], "'+red band");
        assert_eq!(row[3..7], ["1", "left", "10", "10"], "numbers stay numbers");
    }
}

#[test]
fn an_exercise_no_longer_in_the_catalog_keeps_its_id() {
    let reps = Work::Reps(5);
    let s = session(
        2,
        vec![log(
            "retired-exercise",
            Load::Lb(20.0),
            Some(RangeUsed::Full),
            vec![set(1, Side::Both, reps, reps, true)],
        )],
    );
    let records = rows(&History { sessions: vec![s] });
    assert_eq!(
        records[1][2..11],
        [
            "retired-exercise",
            "1",
            "both",
            "5",
            "5",
            "reps",
            "yes",
            "20 lb",
            "full"
        ]
    );
}

#[test]
fn every_line_ends_with_crlf() {
    let text = sessions_csv(&history(), utc);
    assert!(text.ends_with("\r\n"));
    // The only bare LFs are inside the quoted note, on the two rows of its session.
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count() + 2);
}
