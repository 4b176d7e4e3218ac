//! What a request shows beside its outcome that costs time and is not always shown:
//! the V3 walkthrough, the snippet, Terraform and ROS. Made the first time something needs them — the
//! panel that shows them or a copy button — and then kept for that request.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use vsg_core::iac::{ros_add, ros_create, terraform_add, terraform_create, Iac};
use vsg_core::params::Response;
use vsg_core::snippets::{snippet, Language};
use vsg_core::{Generated, Request, SignedRequest};

use super::signature::V3;

/// The extras of one request and its nonce and time (the root keeps one per pair).
pub struct Extras {
    request: Rc<Request>,
    generated: Generated,
    v3: OnceCell<V3>,
    snippet: RefCell<Option<(Language, Rc<String>)>>,
    iac: OnceCell<Option<[Iac; 2]>>,
}

impl Extras {
    /// Nothing computed yet.
    pub fn new(request: Rc<Request>, generated: Generated) -> Extras {
        Extras {
            request,
            generated,
            v3: OnceCell::new(),
            snippet: RefCell::new(None),
            iac: OnceCell::new(),
        }
    }

    /// The V3 walkthrough, signed on the first call.
    pub fn v3(&self) -> &V3 {
        self.v3
            .get_or_init(|| V3::of(&self.request, &self.generated))
    }

    /// Terraform and ROS of the request, for the operations they are written for
    /// (Create and Add; `None` for the others): made on the first call.
    pub fn iac(&self) -> Option<&[Iac; 2]> {
        let req = &self.request;
        self.iac
            .get_or_init(|| match req.op.response {
                Response::Created => Some([terraform_create(req), ros_create(req)]),
                Response::Added => Some([terraform_add(req), ros_add(req)]),
                _ => None,
            })
            .as_ref()
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
