//! The problems of the request and what they come to: the headline, and each part of
//! the form's share.

use std::rc::Rc;

use vsg_core::Problem;
use yew::prelude::*;

use crate::components::form::Parts;
use crate::components::summary::headline;
use crate::i18n::Lang;
use crate::signing::Derived;

/// The problems, their headline and their split among the form's parts.
pub struct Checked {
    /// One line saying what the problems come to.
    pub headline: AttrValue,
    /// Each part of the form's problems.
    pub parts: Parts,
    /// Every problem.
    pub problems: Rc<Vec<Problem>>,
}

/// The problems of `derived` (taken once from each outcome; while a huge request is
/// being signed, the same list at every slice), computed again only when they, the
/// operation, the lists' lengths or the language change.
#[hook]
pub fn use_checked(
    derived: &Derived,
    op: &'static vsg_core::Operation,
    rows: [usize; 2],
    lang: Lang,
) -> Rc<Checked> {
    let found = match derived {
        Derived::Ready(o) => Ok(o.clone()),
        Derived::Pending(p) => Err(p.problems.clone()),
    };
    use_memo((found, op, rows, lang), |(found, op, rows, lang)| {
        let problems = match found {
            Ok(o) => Rc::new(o.problems.clone()),
            Err(p) => p.clone(),
        };
        Checked {
            headline: headline(&problems, *lang),
            parts: Parts::of(&problems, op, *rows),
            problems,
        }
    })
}
