//! Everything the page derives from one request, in one call.

use crate::form::Request;
use crate::mock::{self, MockResponse, RuntimeError};
use crate::request::{Generated, Prepared, SignedRequest};
use crate::validate::{first_local_error, validate, Field, Problem, Rule, MAX_URL};

/// What a request comes to: checked, and the response the stateless service would
/// give ([`evaluate`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Its problems and the signed request.
    pub checked: Checked,
    /// The mock response: a simulated runtime error when one is chosen, else the
    /// error of the first problem the service checks, else success. `None` when the
    /// page finds a local error: the request cannot be sent at all (an invalid custom
    /// endpoint), or no answer to it could be shown (a character XML cannot carry in
    /// a value a response echoes).
    pub response: Option<MockResponse>,
}

/// What the page shows of a request before anything answers it: its problems and
/// the signed request. The answer is the sandbox's ([`crate::Sandbox::answer`]) or,
/// without a sandbox, [`Checked::respond`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// Every problem, in form order, then those of the request as a whole.
    pub problems: Vec<Problem>,
    /// The signed request (signature v1).
    pub signed: SignedRequest,
}

impl Checked {
    /// `problems` (from [`validate`]) and `signed`, with the URL-length warning added.
    /// For callers that sign a slice at a time ([`crate::Signing`]).
    pub fn new(mut problems: Vec<Problem>, signed: SignedRequest) -> Checked {
        problems.extend(url_length(&signed));
        Checked { problems, signed }
    }

    /// The answer of the stateless service to `req`, checked as `self` (see
    /// [`Outcome::response`]).
    pub fn respond(&self, req: &Request, simulate: Option<&RuntimeError>) -> Option<MockResponse> {
        match gate(req, &self.problems, &self.signed, simulate) {
            Gate::Unsent => None,
            Gate::Refused(failure) => Some(failure),
            Gate::Passed => Some(mock::success(req, &self.signed.content_digest)),
        }
    }
}

/// Validates and signs `req` (the work of one keystroke).
///
/// ```
/// use vsg_core::{check, Generated, Request};
/// let c = check(&Request::seed(), &Generated::default());
/// assert!(c.signed.url.contains("Action=CreateVServerGroup"));
/// ```
pub fn check(req: &Request, generated: &Generated) -> Checked {
    Checked::new(validate(req), Prepared::new(req, generated).sign())
}

/// Validates, signs and answers `req` as the stateless service would.
///
/// ```
/// use vsg_core::{evaluate, Generated, Request};
/// let out = evaluate(&Request::seed(), &Generated::default(), None);
/// assert_eq!(out.response.unwrap().status, 200);
/// ```
pub fn evaluate(req: &Request, generated: &Generated, simulate: Option<&RuntimeError>) -> Outcome {
    let checked = check(req, generated);
    let response = checked.respond(req, simulate);
    Outcome { checked, response }
}

/// What a request meets before its operation runs, in the order every answer
/// follows (the stateless one, [`Checked::respond`], and the sandbox's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Gate {
    /// A local error: the request cannot be sent, or no answer to it could be shown.
    Unsent,
    /// The service refuses it: the simulated runtime error when one is chosen, else
    /// the error of the first problem the service checks.
    Refused(MockResponse),
    /// Nothing stops it: the operation runs.
    Passed,
}

/// Where `req` stops before its operation runs (see [`Gate`]).
pub(crate) fn gate(
    req: &Request,
    problems: &[Problem],
    signed: &SignedRequest,
    simulate: Option<&RuntimeError>,
) -> Gate {
    if first_local_error(problems).is_some() {
        return Gate::Unsent;
    }
    let simulated = simulate.map(|e| e.for_request(req));
    let error = simulated
        .as_ref()
        .or_else(|| problems.iter().find_map(|p| p.api.as_ref()));
    match error {
        Some(e) => Gate::Refused(mock::failure(e, &signed.host, &signed.content_digest)),
        None => Gate::Passed,
    }
}

/// A warning when the signed URL is longer than [`MAX_URL`].
fn url_length(signed: &SignedRequest) -> Option<Problem> {
    (signed.url.len() > MAX_URL).then(|| {
        Problem::warning(
            Field::Request,
            Rule::UrlTooLong {
                length: signed.url.len(),
                max: MAX_URL,
            },
        )
    })
}
