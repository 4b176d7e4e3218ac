//! Deriving what the page shows from the request: at once for a request of ordinary
//! size, a slice at a time for a huge one, so that no keystroke waits for megabytes to
//! be encoded and hashed.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use gloo::timers::callback::Timeout;
use vsg_core::encode::{encoded_len, push_encoded};
use vsg_core::{validate, Checked, Generated, Method, Prepared, Problem, Request, Signing};
use yew::prelude::*;

/// Requests whose canonical query is longer than this are signed a slice at a time.
/// Below it, encoding and hashing take well under a millisecond.
pub const SYNC_LIMIT: usize = 256 * 1024;

/// How much of the work one slice does (bytes of output): about a millisecond.
const SLICE: usize = 128 * 1024;

/// Encoded values longer than this are shown cut in a preview.
const PREVIEW_VALUE: usize = 1024;

/// One parameter of a request being signed: its name, the start of its encoded value,
/// and the encoded value's whole length.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewParam {
    /// Parameter name.
    pub name: String,
    /// The first bytes of the encoded value.
    pub head: String,
    /// The encoded value's length.
    pub len: usize,
}

/// A huge request while it is being signed.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// Its problems (the URL-length warning comes with the signature).
    pub problems: Rc<Vec<Problem>>,
    /// HTTP method.
    pub method: Method,
    /// `https://host/?`.
    pub prefix: String,
    /// Every signed parameter, sorted, encoded values cut.
    pub params: Vec<PreviewParam>,
    /// How far the signing is: bytes done, bytes in all.
    pub progress: (usize, usize),
}

/// What the page shows for the current request.
#[derive(Clone, Debug, PartialEq)]
pub enum Derived {
    /// Everything is known.
    Ready(Rc<Checked>),
    /// A huge request is being signed.
    Pending(Rc<Pending>),
}

/// The serial number of the next sliced job.
static NEXT_SERIAL: AtomicUsize = AtomicUsize::new(1);

/// What a request needs: its check now, or a job.
enum Plan {
    Ready(Rc<Checked>),
    Slices {
        /// Which job this is (a serial number: an address could be reused by the next
        /// job once this one is dropped, and its result taken for the new one's).
        serial: usize,
        problems: Rc<Vec<Problem>>,
        preview: Pending,
        job: Rc<RefCell<Option<Job>>>,
    },
}

/// A signing under way and the problems it will be shown with.
struct Job {
    signing: Signing,
    problems: Vec<Problem>,
}

fn preview(prepared: &Prepared, problems: Rc<Vec<Problem>>) -> Pending {
    let params = prepared
        .params()
        .map(|(name, value)| {
            let mut head = String::new();
            let mut end = value.len().min(PREVIEW_VALUE / 3);
            while !value.is_char_boundary(end) {
                end -= 1;
            }
            push_encoded(&mut head, &value.as_bytes()[..end]);
            PreviewParam {
                name: name.to_string(),
                head,
                len: encoded_len(value),
            }
        })
        .collect();
    Pending {
        problems,
        method: prepared.method(),
        prefix: format!("{}://{}/?", prepared.scheme(), prepared.host()),
        params,
        progress: (0, prepared.canonical_len()),
    }
}

fn plan(request: &Rc<Request>, generated: &Generated) -> Plan {
    let problems = validate(request);
    let prepared = Prepared::new(request, generated);
    if prepared.canonical_len() <= SYNC_LIMIT {
        return Plan::Ready(Rc::new(Checked::new(problems, prepared.sign())));
    }
    let shared = Rc::new(problems.clone());
    let preview = preview(&prepared, shared.clone());
    Plan::Slices {
        serial: NEXT_SERIAL.fetch_add(1, Ordering::Relaxed),
        problems: shared,
        preview,
        job: Rc::new(RefCell::new(Some(Job {
            signing: prepared.signing(),
            problems,
        }))),
    }
}

/// Runs one slice of the job; schedules the next, or reports the result.
fn tick(
    plan: usize,
    job: Rc<RefCell<Option<Job>>>,
    timer: Rc<RefCell<Option<Timeout>>>,
    progress: UseStateSetter<(usize, usize)>,
    done: UseStateSetter<Option<(usize, Rc<Checked>)>>,
) {
    let mut slot = job.borrow_mut();
    let Some(j) = slot.as_mut() else {
        return;
    };
    match j.signing.step(SLICE) {
        Some(signed) => {
            if let Some(j) = slot.take() {
                done.set(Some((plan, Rc::new(Checked::new(j.problems, signed)))));
            }
        }
        None => {
            progress.set(j.signing.progress());
            drop(slot);
            let next = {
                let (job, timer) = (job.clone(), timer.clone());
                move || tick(plan, job, timer, progress, done)
            };
            *timer.borrow_mut() = Some(Timeout::new(0, next));
        }
    }
}

/// What the page shows for `request`: computed at once when it is small, else signed
/// in slices after each change (a newer request cancels the slices of the older).
#[hook]
pub fn use_derived(request: Rc<Request>, generated: Generated) -> Derived {
    // The finished job: which plan it was for (its serial number), and its result.
    let done = use_state(|| None::<(usize, Rc<Checked>)>);
    let progress = use_state(|| (0usize, 0usize));
    let plan = use_memo((request, generated), |(r, g)| plan(r, g));
    let id = match &*plan {
        Plan::Ready(_) => 0,
        Plan::Slices { serial, .. } => *serial,
    };
    {
        let (done, progress) = (done.setter(), progress.setter());
        let plan = plan.clone();
        use_effect_with(id, move |&id| {
            let timer: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
            if let Plan::Slices { job, .. } = &*plan {
                let (job, t) = (job.clone(), timer.clone());
                *timer.borrow_mut() =
                    Some(Timeout::new(0, move || tick(id, job, t, progress, done)));
            }
            move || {
                timer.borrow_mut().take();
            }
        });
    }
    match &*plan {
        Plan::Ready(checked) => Derived::Ready(checked.clone()),
        Plan::Slices {
            problems, preview, ..
        } => match &*done {
            // (Serial numbers start at 1; 0 is the plan that needs no job.)
            Some((of, checked)) if *of == id => Derived::Ready(checked.clone()),
            _ => Derived::Pending(Rc::new(Pending {
                problems: problems.clone(),
                progress: *progress,
                ..preview.clone()
            })),
        },
    }
}
