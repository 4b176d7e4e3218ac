//! What a request shows beside its outcome that costs time and is not always shown:
//! the V3 walkthrough and the snippet. Made the first time something needs them — the
//! panel that shows them or a copy button — and then kept for that request.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use vsg_core::snippets::{snippet, Language};
use vsg_core::{Generated, Request, SignedRequest};

use super::signature::V3;

/// The extras of one request and its nonce and time (the root keeps one per pair).
pub struct Extras {
    request: Rc<Request>,
    generated: Generated,
    v3: OnceCell<V3>,
    snippet: RefCell<Option<(Language, Rc<String>)>>,
}

impl Extras {
    /// Nothing computed yet.
    pub fn new(request: Rc<Request>, generated: Generated) -> Extras {
        Extras {
            request,
            generated,
            v3: OnceCell::new(),
            snippet: RefCell::new(None),
        }
    }

    /// The V3 walkthrough, signed on the first call.
    pub fn v3(&self) -> &V3 {
        self.v3
            .get_or_init(|| V3::of(&self.request, &self.generated))
    }

    /// The snippet in `language` of the request, `signed` (its v1 signature, which
    /// the request and its nonce and time determine): made when a language is first
    /// asked for, kept until another is.
    pub fn snippet(&self, language: Language, signed: &SignedRequest) -> Rc<String> {
        let mut kept = self.snippet.borrow_mut();
        match &*kept {
            Some((shown, code)) if *shown == language => code.clone(),
            _ => {
                let code = Rc::new(snippet(language, &self.request, signed));
                *kept = Some((language, code.clone()));
                code
            }
        }
    }
}

impl PartialEq for Extras {
    /// The same extras are the same value (one per request, see [`Extras`]).
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
