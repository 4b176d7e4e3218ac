//! The page's sandboxes: the mock SLB each playground sends its requests to.
//!
//! Playgrounds of one page whose embedder gave them the same `sandbox` name share one
//! ([`Shared::get`], a registry of the page: a name, once used, names the same sandbox
//! for as long as the page lives, whichever elements come and go); a playground
//! without a name has one of its own. A sandbox lives in memory only: a reload starts
//! again from its starting state. Sending ([`Shared::change`]) bumps its version and
//! tells every playground showing it, so that each previews its request against the
//! new state.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use vsg_core::mock::RuntimeError;
use vsg_core::sandbox::{Answer, Pick, Sandbox};
use vsg_core::{Request, TextField};
use yew::prelude::*;

use crate::signing::Derived;

/// A sandbox and the playgrounds showing it.
#[derive(Default)]
pub struct Shared {
    sandbox: RefCell<Sandbox>,
    version: Cell<u32>,
    listeners: RefCell<Vec<(u32, Callback<()>)>>,
    next_listener: Cell<u32>,
}

impl PartialEq for Shared {
    /// The same sandbox (not an equal one: two sandboxes in the same state are two).
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

thread_local! {
    /// The named sandboxes of the page (a few: a list).
    static NAMED: RefCell<Vec<(String, Rc<Shared>)>> = RefCell::default();
}

impl Shared {
    /// The page's sandbox called `name` (made the first time it is asked for), or a
    /// new one of its own for `None`.
    pub fn get(name: Option<&str>) -> Rc<Shared> {
        match name {
            Some(name) => NAMED.with(|named| {
                let mut named = named.borrow_mut();
                if let Some((_, shared)) = named.iter().find(|(n, _)| n == name) {
                    return shared.clone();
                }
                let shared = Rc::<Shared>::default();
                named.push((name.to_string(), shared.clone()));
                shared
            }),
            None => Rc::default(),
        }
    }

    /// The sandbox, to read.
    pub fn sandbox(&self) -> Ref<'_, Sandbox> {
        self.sandbox.borrow()
    }

    /// Changes with every change of the sandbox.
    pub fn version(&self) -> u32 {
        self.version.get()
    }

    /// Changes the sandbox (a send, a reset) and tells every playground showing it.
    pub fn change(&self, change: impl FnOnce(&mut Sandbox)) {
        change(&mut self.sandbox.borrow_mut());
        self.version.set(self.version.get().wrapping_add(1));
        let told: Vec<Callback<()>> = self
            .listeners
            .borrow()
            .iter()
            .map(|l| l.1.clone())
            .collect();
        for listener in told {
            listener.emit(());
        }
    }

    fn listen(&self, listener: Callback<()>) -> u32 {
        let id = self.next_listener.get();
        self.next_listener.set(id.wrapping_add(1));
        self.listeners.borrow_mut().push((id, listener));
        id
    }

    fn forget(&self, id: u32) {
        self.listeners.borrow_mut().retain(|l| l.0 != id);
    }
}

/// The sandbox of the playground (by its embedder's `name`, see [`Shared::get`]) and
/// its version; the playground renders again whenever it changes.
#[hook]
pub fn use_sandbox(name: Option<String>) -> (Rc<Shared>, u32) {
    let shared = use_memo(name, |name| Shared::get(name.as_deref()));
    let update = use_force_update();
    use_effect_with((*shared).clone(), move |shared| {
        let id = shared.listen(Callback::from(move |()| update.force_update()));
        let shared = shared.clone();
        move || shared.forget(id)
    });
    ((*shared).clone(), shared.version())
}

/// What the playground shows of its sandbox: the sandbox, its version, what it answers
/// the request now (nothing changes until it is sent; `None` while a huge request is
/// being signed), and its groups in the request's region, for the `VServerGroupId`
/// picker. Each is computed once per change of what it depends on.
#[derive(Clone, PartialEq)]
pub struct SandboxView {
    /// The sandbox the playground sends to.
    pub shared: Rc<Shared>,
    /// Its version.
    pub version: u32,
    /// Its answer to the request now.
    pub answer: Option<Rc<Answer>>,
    /// Its groups in the request's region.
    pub groups: Rc<Vec<Pick>>,
}

/// The playground's sandbox (see [`use_sandbox`]) and what it answers `request`.
#[hook]
pub fn use_sandbox_view(
    name: Option<String>,
    derived: Derived,
    request: Rc<Request>,
    simulate: Option<&'static RuntimeError>,
) -> SandboxView {
    let (shared, version) = use_sandbox(name);
    let region = request[TextField::RegionId].clone();
    let deps = (derived, request, simulate, shared.clone(), version);
    let answer = use_memo(deps, |(d, r, simulate, shared, _)| match d {
        Derived::Ready(o) => Some(Rc::new(shared.sandbox().answer(
            r,
            &o.signed,
            &o.problems,
            *simulate,
        ))),
        Derived::Pending(_) => None,
    });
    let groups = use_memo((shared.clone(), version, region), |(shared, _, region)| {
        let picks = shared.sandbox().picks();
        Rc::new(
            picks
                .into_iter()
                .filter(|g| g.region == *region)
                .collect::<Vec<_>>(),
        )
    });
    SandboxView {
        shared,
        version,
        answer: (*answer).clone(),
        groups: (*groups).clone(),
    }
}
