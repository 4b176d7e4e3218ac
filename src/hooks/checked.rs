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
pub struct ProblemsView {
    /// One line saying what the problems come to.
    pub headline: AttrValue,
    /// Each part of the form's problems.
    pub parts: Parts,
    /// Every problem.
    pub problems: Rc<Vec<Problem>>,
}

/// The problems of `derived` (while a huge request is being signed, the same list at
/// every slice), computed again only when they, the operation, the lists' lengths or
/// the language change: not on an edit that changes the signed request alone.
#[hook]
pub fn use_checked(
    derived: &Derived,
    op: &'static vsg_core::Operation,
    rows: [usize; 2],
    lang: Lang,
) -> Rc<ProblemsView> {
    let problems = match derived {
        Derived::Ready(c) => &c.problems,
        Derived::Pending(p) => &*p.problems,
    };
    use_memo(
        (problems.clone(), op, rows, lang),
        |(problems, op, rows, lang)| {
            let problems = Rc::new(problems.clone());
            ProblemsView {
                headline: headline(&problems, *lang),
                parts: Parts::of(&problems, op, *rows),
                problems,
            }
        },
    )
}
