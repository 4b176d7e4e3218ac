//! The BackendServers parameter: canonical encoding and the lenient parser.

mod common;

use common::eni_row;

use vsg_core::backend::ParseErrorKind;
use vsg_core::{encode_backend_servers, parse_backend_servers, Note, ParseError, ServerRow};

fn row(id: &str, port: &str, weight: &str) -> ServerRow {
    ServerRow::new(id, port, weight)
}

fn seed_rows() -> Vec<ServerRow> {
    vec![
        row("vm-233", "80", "100"),
        row("vm-232", "90", "100"),
        row("vm-231", "70", "100"),
    ]
}

fn parse_err(text: &str) -> ParseError {
    match parse_backend_servers(text) {
        Ok(p) => panic!("{text:?} parsed: {p:?}"),
        Err(e) => e,
    }
}

// ---- encoding ----

#[test]
fn encode_seed_matches_the_sdk_vector() {
    // The value the official Python SDK signed in signature-vectors.json.
    assert_eq!(
        encode_backend_servers(&seed_rows()),
        r#"[{"ServerId":"vm-233","Port":"80","Weight":"100"},{"ServerId":"vm-232","Port":"90","Weight":"100"},{"ServerId":"vm-231","Port":"70","Weight":"100"}]"#
    );
}

#[test]
fn encode_uses_wire_field_order_and_strings() {
    assert_eq!(
        encode_backend_servers(&[eni_row()]),
        r#"[{"ServerId":"eni-2ze1","Port":"443","Weight":"50","Type":"eni","ServerIp":"192.168.0.7","Description":"前端-1"}]"#
    );
}

#[test]
fn encode_omits_empty_fields() {
    let r = ServerRow {
        description: "d".into(),
        ..row("i-1", "80", "")
    };
    assert_eq!(
        encode_backend_servers(&[r]),
        r#"[{"ServerId":"i-1","Port":"80","Description":"d"}]"#
    );
    assert_eq!(encode_backend_servers(&[ServerRow::default()]), "[{}]");
    assert_eq!(encode_backend_servers(&[]), "[]");
}

#[test]
fn encode_escapes_json() {
    let r = row("a\"b\\c", "8\n0", "\u{1}\t");
    let json = encode_backend_servers(std::slice::from_ref(&r));
    assert_eq!(
        json,
        r#"[{"ServerId":"a\"b\\c","Port":"8\n0","Weight":"\u0001\t"}]"#
    );
    // And it is strict JSON holding the original strings.
    let v: serde_json::Value = serde_json::from_str(&json).expect("strict JSON");
    assert_eq!(v[0]["ServerId"], "a\"b\\c");
    assert_eq!(v[0]["Port"], "8\n0");
    assert_eq!(v[0]["Weight"], "\u{1}\t");
}

#[test]
fn encode_keeps_unicode_and_single_quotes_as_is() {
    let r = row("服务器'😀'", "80", "100");
    let json = encode_backend_servers(&[r]);
    assert_eq!(
        json,
        r#"[{"ServerId":"服务器'😀'","Port":"80","Weight":"100"}]"#
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("strict JSON");
    assert_eq!(v[0]["ServerId"], "服务器'😀'");
}

#[test]
fn encode_then_parse_round_trips_without_notes() {
    let rows = vec![
        eni_row(),
        row("a\"b\\c", "8\n0", "\u{1}\t"),
        row("", "", ""),
        ServerRow {
            description: "\u{2028}\u{7f}/</script>".into(),
            ..row("x", "y", "z")
        },
    ];
    let parsed = parse_backend_servers(&encode_backend_servers(&rows)).expect("parses");
    assert_eq!(parsed.rows, rows);
    assert_eq!(parsed.notes, vec![]);
}

// ---- lenient input ----

#[test]
fn parses_the_original_page_example() {
    let text = "[{'ServerId':'vm-233','Port':'80','Weight':'100'},{'ServerId':'vm-232','Port':'90','Weight':'100'},{'ServerId':'vm-231','Port':'70','Weight':'100'}]";
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(parsed.rows, seed_rows());
    assert_eq!(parsed.notes, vec![Note::SingleQuotes]);
}

#[test]
fn parses_strict_json_without_notes() {
    let text = r#"[{"ServerId":"vm-233","Port":"80","Weight":"100"}]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(parsed.rows, vec![row("vm-233", "80", "100")]);
    assert!(parsed.notes.is_empty());
}

#[test]
fn parses_bare_numbers() {
    let text = r#"[{"ServerId":"i-1","Port":8080,"Weight":0},{"ServerId":"i-2","Port":-1,"Weight":1.5e2}]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(
        parsed.rows,
        vec![row("i-1", "8080", "0"), row("i-2", "-1", "1.5e2")]
    );
    assert_eq!(parsed.notes, vec![Note::BareNumbers]);
}

#[test]
fn parses_pretty_printed_json() {
    let text = "\n[\n\t{\n\t\t\"ServerId\" : \"i-1\",\r\n\t\t\"Port\"  :  \"80\" ,\n\t\t\"Weight\": \"100\"\n\t} ,\n  { \"ServerId\": \"i-2\", \"Port\": \"81\", \"Weight\": \"90\" }\n]\n  ";
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(
        parsed.rows,
        vec![row("i-1", "80", "100"), row("i-2", "81", "90")]
    );
    assert!(parsed.notes.is_empty(), "{:?}", parsed.notes);
}

#[test]
fn parses_unquoted_keys() {
    let text = "[{ServerId:'i-1',Port:80,Weight:\"100\",Type:'eni',ServerIp:\"10.0.0.1\",Description:'d_1'}]";
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(
        parsed.rows,
        vec![ServerRow {
            server_type: "eni".into(),
            server_ip: "10.0.0.1".into(),
            description: "d_1".into(),
            ..row("i-1", "80", "100")
        }]
    );
    assert_eq!(
        parsed.notes,
        vec![Note::UnquotedKeys, Note::SingleQuotes, Note::BareNumbers]
    );
}

#[test]
fn parses_trailing_commas_once() {
    let text = r#"[{"ServerId":"i-1","Port":"80",},{"ServerId":"i-2","Port":"81",},]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(
        parsed.rows,
        vec![row("i-1", "80", ""), row("i-2", "81", "")]
    );
    assert_eq!(parsed.notes, vec![Note::TrailingCommas]);
}

#[test]
fn trailing_comma_in_the_array_alone() {
    let parsed = parse_backend_servers(r#"[{"ServerId":"i-1"} , ]"#).expect("parses");
    assert_eq!(parsed.rows, vec![row("i-1", "", "")]);
    assert_eq!(parsed.notes, vec![Note::TrailingCommas]);
}

#[test]
fn trailing_comma_in_an_object_alone() {
    let parsed = parse_backend_servers("[{\"ServerId\":\"i-1\",\n}]").expect("parses");
    assert_eq!(parsed.rows, vec![row("i-1", "", "")]);
    assert_eq!(parsed.notes, vec![Note::TrailingCommas]);
}

#[test]
fn a_lone_comma_is_not_a_trailing_comma() {
    let e = parse_err("[{,}]");
    assert_eq!(unexpected(&e), ',');
    assert_eq!(e.column, 3);
}

#[test]
fn parses_wrong_case_keys() {
    let text = r#"[{"serverid":"i-1","PORT":"80","weight":"5","type":"ecs","serverIP":"10.0.0.1","DESCRIPTION":"x"}]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(
        parsed.rows,
        vec![ServerRow {
            server_type: "ecs".into(),
            server_ip: "10.0.0.1".into(),
            description: "x".into(),
            ..row("i-1", "80", "5")
        }]
    );
    assert_eq!(
        parsed.notes,
        vec![
            Note::Renamed {
                from: "serverid".into(),
                to: "ServerId"
            },
            Note::Renamed {
                from: "PORT".into(),
                to: "Port"
            },
            Note::Renamed {
                from: "weight".into(),
                to: "Weight"
            },
            Note::Renamed {
                from: "type".into(),
                to: "Type"
            },
            Note::Renamed {
                from: "serverIP".into(),
                to: "ServerIp"
            },
            Note::Renamed {
                from: "DESCRIPTION".into(),
                to: "Description"
            },
        ]
    );
}

#[test]
fn null_fields_are_left_out() {
    let text = r#"[{"ServerId":"i-1","Port":"80","Weight":null,"Type":null}]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(parsed.rows, vec![row("i-1", "80", "")]);
    assert_eq!(
        parsed.notes,
        vec![
            Note::NullIgnored("Weight".into()),
            Note::NullIgnored("Type".into())
        ]
    );
}

#[test]
fn null_after_a_value_clears_it() {
    let text = r#"[{"ServerId":"i-1","Port":"80","Port":null}]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(parsed.rows, vec![row("i-1", "", "")]);
    assert!(parsed.notes.contains(&Note::DuplicateField("Port")));
    assert!(parsed.notes.contains(&Note::NullIgnored("Port".into())));
}

#[test]
fn unknown_fields_are_dropped() {
    let text = r#"[{"ServerId":"i-1","Foo":"bar","Port":"80","Weight":"1","VServerGroupId":"rsp-1","Foo":2}]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(parsed.rows, vec![row("i-1", "80", "1")]);
    assert_eq!(
        parsed.notes,
        vec![
            Note::UnknownField("Foo".into()),
            Note::UnknownField("VServerGroupId".into()),
            Note::BareNumbers,
        ]
    );
}

#[test]
fn duplicate_field_keeps_the_last() {
    let text = r#"[{"ServerId":"i-1","Port":"80","port":"81"}]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(parsed.rows, vec![row("i-1", "81", "")]);
    assert!(parsed.notes.contains(&Note::DuplicateField("Port")));
}

#[test]
fn blank_text_and_empty_arrays_are_empty_lists() {
    for text in ["", "   ", "\n\t", "[]", " [ ] ", "\u{feff}[]", "[\n]"] {
        let parsed = parse_backend_servers(text).expect(text);
        assert!(parsed.rows.is_empty(), "{text:?}");
        assert!(parsed.notes.is_empty(), "{text:?}");
    }
}

#[test]
fn empty_object_is_an_empty_row() {
    let parsed = parse_backend_servers("[{}, {}]").expect("parses");
    assert_eq!(
        parsed.rows,
        vec![ServerRow::default(), ServerRow::default()]
    );
}

#[test]
fn string_escapes() {
    let text = r#"[{"ServerId":"\u4e2d\ud83d\ude00\/\\\"\n\t\b\f\r","Description":'it\'s'}]"#;
    let parsed = parse_backend_servers(text).expect("parses");
    assert_eq!(parsed.rows[0].server_id, "中😀/\\\"\n\t\u{8}\u{c}\r");
    assert_eq!(parsed.rows[0].description, "it's");
}

#[test]
fn double_quotes_inside_single_quotes_and_vice_versa() {
    let parsed =
        parse_backend_servers(r#"[{'ServerId':'say "hi"',"Description":"it's"}]"#).expect("parses");
    assert_eq!(parsed.rows[0].server_id, "say \"hi\"");
    assert_eq!(parsed.rows[0].description, "it's");
}

#[test]
fn parsed_rows_encode_canonically() {
    let parsed =
        parse_backend_servers("[{serverid: 'vm-233', port: 80, weight: 100,},]").expect("parses");
    assert_eq!(
        encode_backend_servers(&parsed.rows),
        r#"[{"ServerId":"vm-233","Port":"80","Weight":"100"}]"#
    );
}

#[test]
fn notes_display() {
    assert_eq!(
        Note::SingleQuotes.to_string(),
        "single quotes were turned into double quotes"
    );
    assert_eq!(
        Note::Renamed {
            from: "port".into(),
            to: "Port"
        }
        .to_string(),
        "key \u{201c}port\u{201d} was read as Port"
    );
    assert_eq!(
        Note::UnknownField("Foo".into()).to_string(),
        "unknown field \u{201c}Foo\u{201d} was dropped"
    );
}

// ---- errors ----

fn unexpected(e: &ParseError) -> char {
    match e.kind {
        ParseErrorKind::Unexpected { found, .. } => found,
        ref k => panic!("expected Unexpected, got {k:?}"),
    }
}

#[test]
fn an_object_instead_of_an_array() {
    let e = parse_err(r#"{"ServerId":"i-1"}"#);
    assert_eq!((e.line, e.column, e.offset), (1, 1, 0));
    assert_eq!(unexpected(&e), '{');
}

#[test]
fn text_ends_too_soon() {
    let e = parse_err("[");
    assert_eq!(e.kind, ParseErrorKind::UnexpectedEnd);
    assert_eq!((e.line, e.column, e.offset), (1, 2, 1));
    assert_eq!(e.to_string(), "line 1, column 2: the text ends too soon");

    let text = "[{'ServerId':'vm-233'";
    let e = parse_err(text);
    assert_eq!(e.kind, ParseErrorKind::UnexpectedEnd);
    assert_eq!((e.line, e.column, e.offset), (1, 22, 21));
}

#[test]
fn unterminated_string_points_at_its_opening_quote() {
    let e = parse_err("[{'ServerId':'vm-233}]");
    assert_eq!(e.kind, ParseErrorKind::UnterminatedString);
    assert_eq!((e.line, e.column, e.offset), (1, 14, 13));
}

#[test]
fn bad_escapes() {
    let e = parse_err(r#"[{"ServerId":"a\xb"}]"#);
    assert_eq!(e.kind, ParseErrorKind::BadEscape);
    assert_eq!((e.line, e.column), (1, 16), "points at the backslash");
    for text in [
        r#"[{"ServerId":"\u12"}]"#,
        r#"[{"ServerId":"\u12G4"}]"#,
        r#"[{"ServerId":"\u+123"}]"#,
        r#"[{"ServerId":"\udc00"}]"#,
        r#"[{"ServerId":"\ud83d"}]"#,
        r#"[{"ServerId":"\ud83d\u0041"}]"#,
        r#"[{"ServerId":"\ud83dx"}]"#,
        r#"[{"ServerId":"\u00é0"}]"#,
    ] {
        let e = parse_err(text);
        assert_eq!(e.kind, ParseErrorKind::BadEscape, "{text}");
        assert_eq!(e.column, 15, "{text}");
    }
}

#[test]
fn bad_numbers() {
    for text in [
        r#"[{"Port":01}]"#,
        r#"[{"Port":-}]"#,
        r#"[{"Port":1.}]"#,
        r#"[{"Port":1e}]"#,
        r#"[{"Port":1e+}]"#,
        r#"[{"Port":-01}]"#,
    ] {
        let e = parse_err(text);
        assert_eq!(e.kind, ParseErrorKind::BadNumber, "{text}");
        assert_eq!((e.line, e.column, e.offset), (1, 10, 9), "{text}");
    }
}

#[test]
fn non_scalar_values() {
    for (text, key) in [
        (r#"[{"Port":{"a":1}}]"#, "Port"),
        (r#"[{"Weight":[100]}]"#, "Weight"),
        (r#"[{"Type":true}]"#, "Type"),
        (r#"[{"Foo":false}]"#, "Foo"),
    ] {
        let e = parse_err(text);
        assert_eq!(e.kind, ParseErrorKind::NotScalar(key.into()), "{text}");
        assert_eq!(e.offset, text.find(':').unwrap() + 1, "{text}");
    }
}

#[test]
fn trailing_text() {
    let e = parse_err("[] x");
    assert_eq!(e.kind, ParseErrorKind::TrailingText);
    assert_eq!((e.line, e.column, e.offset), (1, 4, 3));
    let e = parse_err("[]\n[]");
    assert_eq!(e.kind, ParseErrorKind::TrailingText);
    assert_eq!((e.line, e.column), (2, 1));
}

#[test]
fn missing_commas_and_colons() {
    let e = parse_err("[{} {}]");
    assert_eq!(unexpected(&e), '{');
    assert_eq!((e.line, e.column), (1, 5));

    let e = parse_err(r#"[{"ServerId" "i-1"}]"#);
    assert_eq!(unexpected(&e), '"');
    assert_eq!(e.column, 14);

    let e = parse_err(r#"[{"ServerId":"i-1" "Port":"80"}]"#);
    assert_eq!(unexpected(&e), '"');
    assert_eq!(e.column, 20);

    let e = parse_err("[,]");
    assert_eq!(unexpected(&e), ',');
    assert_eq!(e.column, 2);
}

#[test]
fn unquoted_values_and_bad_keys() {
    let e = parse_err("[{Type: ecs}]");
    assert_eq!(unexpected(&e), 'e');
    assert_eq!(e.column, 9);

    let e = parse_err("[{Type: nul}]");
    assert_eq!(unexpected(&e), 'n');

    let e = parse_err("[{1: 'x'}]");
    assert_eq!(unexpected(&e), '1');
    assert_eq!(e.column, 3);
}

#[test]
fn array_of_non_objects() {
    let e = parse_err(r#"["i-1"]"#);
    assert_eq!(unexpected(&e), '"');
    assert_eq!((e.line, e.column), (1, 2));
    let e = parse_err("[1,2]");
    assert_eq!(unexpected(&e), '1');
}

#[test]
fn multi_line_error_position() {
    let text = "[\n  {\"ServerId\": \"a\",\n   \"Port\": 80x}\n]";
    let e = parse_err(text);
    assert_eq!(unexpected(&e), 'x');
    assert_eq!((e.line, e.column), (3, 14));
    assert_eq!(&text[e.offset..e.offset + 1], "x");
    assert_eq!(
        e.to_string(),
        "line 3, column 14: expected ',' or '}', found \u{201c}x\u{201d}"
    );
}

#[test]
fn crlf_lines_and_tabs() {
    let text = "[\r\n\t{\"Port\": tru}\r\n]";
    let e = parse_err(text);
    assert_eq!(e.kind, ParseErrorKind::NotScalar("Port".into()));
    // Line 2 is `\t{"Port": tru}`: the tab is one column.
    assert_eq!((e.line, e.column), (2, 11));
}

#[test]
fn non_ascii_error_columns_count_characters() {
    let text = r#"[{"ServerId":"华北", ü: 1}]"#;
    let e = parse_err(text);
    assert_eq!(unexpected(&e), 'ü');
    assert_eq!((e.line, e.column), (1, 20));
    assert_eq!(e.offset, 23, "byte offset: two 3-byte characters before");
    assert!(text[e.offset..].starts_with('ü'));

    let text = "[\n{'Description':'前端😀'}\n{}]";
    let e = parse_err(text);
    assert_eq!(unexpected(&e), '{');
    assert_eq!((e.line, e.column), (3, 1));

    let text = "[{'Description':'前端😀'} x]";
    let e = parse_err(text);
    assert_eq!(unexpected(&e), 'x');
    assert_eq!((e.line, e.column), (1, 24));
}

#[test]
fn parse_error_is_a_std_error() {
    let e: Box<dyn std::error::Error> = Box::new(parse_err("["));
    assert!(e.to_string().starts_with("line 1, column 2"));
}

// The one reader reads every strict JSON text: whatever serde_json writes for rows of
// any text (compact or pretty, numbers bare or quoted) comes back as the same rows.
proptest::proptest! {
    #[test]
    fn the_one_reader_reads_what_serde_json_writes(
        rows in proptest::collection::vec(common::arb_server(), 0..6),
        pretty in proptest::bool::ANY,
        bare in proptest::bool::ANY,
    ) {
        let value: Vec<serde_json::Map<String, serde_json::Value>> = rows
            .iter()
            .map(|r| {
                vsg_core::ServerField::ALL
                    .iter()
                    .filter(|&&f| !r.get(f).is_empty())
                    .map(|&f| {
                        let text = r.get(f);
                        let number = text.parse::<u32>().ok().filter(|n| n.to_string() == text);
                        let v = match number {
                            Some(n) if bare => serde_json::Value::from(n),
                            _ => serde_json::Value::from(text),
                        };
                        (f.name().to_string(), v)
                    })
                    .collect()
            })
            .collect();
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let parsed = parse_backend_servers(&text).expect("strict JSON is read");
        proptest::prop_assert_eq!(&parsed.rows, &rows);
        let notes: Vec<_> = parsed
            .notes
            .iter()
            .filter(|n| **n != vsg_core::Note::BareNumbers)
            .collect();
        proptest::prop_assert!(notes.is_empty(), "{:?}", notes);
    }
}
