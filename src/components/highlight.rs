//! Syntax colouring for the snippets: strings, comments, numbers and keywords, as
//! spans with a `data-k` kind. Not a parser: enough to read the code at a glance.

use vsg_core::snippets::Language;
use yew::prelude::*;

/// What a piece of code is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Anything else.
    Plain,
    /// A string literal.
    Str,
    /// A comment.
    Comment,
    /// A number.
    Num,
    /// A keyword.
    Keyword,
    /// A flag of a command line (`--RegionId`).
    Flag,
}

impl Kind {
    fn name(self) -> Option<&'static str> {
        match self {
            Kind::Plain => None,
            Kind::Str => Some("str"),
            Kind::Comment => Some("com"),
            Kind::Num => Some("num"),
            Kind::Keyword => Some("kw"),
            Kind::Flag => Some("flag"),
        }
    }
}

fn keywords(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::AliyunCli | Language::Curl => &["aliyun", "curl", "export"],
        Language::PythonV2 | Language::PythonV1 => {
            &["import", "from", "as", "print", "None", "True", "False"]
        }
        Language::Java => &[
            "import", "public", "class", "static", "void", "new", "throws", "return",
        ],
        Language::Go => &["package", "import", "func", "var", "if", "nil", "return"],
        Language::NodeTs => &[
            "import", "from", "const", "new", "async", "await", "function", "return",
        ],
    }
}

/// Splits `code` into pieces of one kind each (their concatenation is `code`).
pub fn tokens(code: &str, lang: Language) -> Vec<(Kind, &str)> {
    let shell = matches!(lang, Language::AliyunCli | Language::Curl);
    let python = matches!(lang, Language::PythonV2 | Language::PythonV1);
    let b = code.as_bytes();
    let mut out: Vec<(Kind, &str)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let rest = &code[i..];
        let comment = (c == b'#' && (shell || python)) || rest.starts_with("//");
        let (kind, len) = if comment {
            (Kind::Comment, rest.find('\n').unwrap_or(rest.len()))
        } else if c == b'"' || c == b'\'' || c == b'`' {
            (Kind::Str, string_len(rest, c, shell))
        } else if c == b'$' && rest.starts_with("$'") {
            (Kind::Str, 1 + string_len(&rest[1..], b'\'', false))
        } else if c.is_ascii_digit() && (i == 0 || !is_word(b[i - 1])) {
            (
                Kind::Num,
                rest.bytes()
                    .take_while(|x| x.is_ascii_alphanumeric())
                    .count(),
            )
        } else if c == b'-' && shell && rest.starts_with("--") && (i == 0 || b[i - 1] == b' ') {
            (
                Kind::Flag,
                rest.bytes()
                    .take_while(|&x| x != b' ' && x != b'=' && x != b'\n')
                    .count(),
            )
        } else if is_word(c) {
            let len = rest.bytes().take_while(|&x| is_word(x)).count();
            let word = &rest[..len];
            let kind = if keywords(lang).contains(&word) {
                Kind::Keyword
            } else {
                Kind::Plain
            };
            (kind, len)
        } else {
            (Kind::Plain, rest.chars().next().map_or(1, char::len_utf8))
        };
        let len = len.max(1).min(rest.len());
        // Never split a character.
        let mut end = i + len;
        while !code.is_char_boundary(end) {
            end += 1;
        }
        push(&mut out, code, kind, i, end);
        i = end;
    }
    out
}

/// Appends `code[start..end]` as a piece of `kind`, joining runs of plain text.
fn push<'a>(out: &mut Vec<(Kind, &'a str)>, code: &'a str, kind: Kind, start: usize, end: usize) {
    if let Some(last) = out
        .last_mut()
        .filter(|l| l.0 == Kind::Plain && kind == Kind::Plain)
    {
        let from = last.1.as_ptr() as usize - code.as_ptr() as usize;
        last.1 = &code[from..end];
    } else if end > start {
        out.push((kind, &code[start..end]));
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The length of the string literal that opens `s` with `quote` (to its closing quote,
/// or the end of the line when none): backslash escapes count except in shell single
/// quotes.
fn string_len(s: &str, quote: u8, shell: bool) -> usize {
    let b = s.as_bytes();
    let escapes = !(shell && quote == b'\'');
    let mut i = 1;
    while i < b.len() {
        match b[i] {
            b'\\' if escapes => i += 2,
            x if x == quote => return i + 1,
            b'\n' if quote != b'`' => return i,
            _ => i += 1,
        }
    }
    b.len()
}

/// The code as coloured spans.
pub fn highlight(code: &str, lang: Language) -> Html {
    html! {
        { for tokens(code, lang).into_iter().map(|(kind, text)| match kind.name() {
            None => html! { { text.to_string() } },
            Some(k) => html! { <span data-k={k}>{ text.to_string() }</span> },
        }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_the_code_exactly() {
        let code = "# comment\naliyun slb CreateVServerGroup \\\n  --RegionId 'cn-hangzhou' \\\n  --Tag.1.Value $'a\\nb' 中文\n";
        let t = tokens(code, Language::AliyunCli);
        assert_eq!(t.iter().map(|(_, s)| *s).collect::<String>(), code);
        assert_eq!(t[0], (Kind::Comment, "# comment"));
        assert!(t.contains(&(Kind::Keyword, "aliyun")));
        assert!(t.contains(&(Kind::Flag, "--RegionId")));
        assert!(t.contains(&(Kind::Str, "'cn-hangzhou'")));
        assert!(t.contains(&(Kind::Str, "$'a\\nb'")));
    }

    #[test]
    fn strings_with_escapes_and_unclosed_strings() {
        let code = "x = 'it\\'s' + \"unclosed\nnext = 42";
        let t = tokens(code, Language::PythonV2);
        assert_eq!(t.iter().map(|(_, s)| *s).collect::<String>(), code);
        assert!(t.contains(&(Kind::Str, "'it\\'s'")));
        assert!(t.contains(&(Kind::Str, "\"unclosed")));
        assert!(t.contains(&(Kind::Num, "42")));
    }

    #[test]
    fn any_text_is_covered() {
        for code in [
            "", "'", "\\", "`", "$'", "--", "a--b", "中'文", "1e5x", "\"\\",
        ] {
            for lang in Language::ALL {
                let t = tokens(code, lang);
                assert_eq!(
                    t.iter().map(|(_, s)| *s).collect::<String>(),
                    code,
                    "{code:?} {lang:?}"
                );
            }
        }
    }
}
